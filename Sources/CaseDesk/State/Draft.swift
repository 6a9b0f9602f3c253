import AcquireKit
import Foundation

/// What the agent has typed but not sent, saved about a second after each change.
public struct Draft: Codable, Equatable, Sendable {
    /// The chosen contact's id, if one was chosen.
    public var contactId: Int?
    /// The chosen contact's display name, to show when offering the draft.
    public var contactName: String?
    public var title: String
    public var message: String
    public var channel: String
    /// The routing agent; 0 means automatic routing.
    public var agentId: Int
    /// A message to the customer or an internal note (nil in drafts from before notes: a message).
    public var messageType: MessageType?
    /// When the draft was last changed (saved).
    public var updatedAt: Date
    /// Custom case field values by key (nil in drafts written before fields existed).
    public var fields: [String: FieldValue]?
    /// The closed case the create reopens, by id (nil: a new thread; also in drafts from before reopening).
    public var reopenCaseId: Int?
    /// Set (and written) just before the create leaves; cleared when its outcome is known.
    /// A draft found with it was sent with outcome unknown: it is settled by lookup first.
    public var sent: SentMarker?
    /// The format of the file (nil in drafts from before it was written); a draft from a newer
    /// version than `Draft.schemaVersion` is not read but kept aside.
    public var schema: Int?
    /// The draft format this version writes and reads.
    public static let schemaVersion = 1

    public init(contactId: Int?, contactName: String?, title: String, message: String, channel: String,
                agentId: Int, messageType: MessageType? = nil, updatedAt: Date, fields: [String: FieldValue]? = nil,
                sent: SentMarker? = nil) {
        self.fields = fields
        self.sent = sent
        self.schema = Self.schemaVersion
        self.contactId = contactId
        self.contactName = contactName
        self.title = title
        self.message = message
        self.channel = channel
        self.agentId = agentId
        self.messageType = messageType
        self.updatedAt = updatedAt
    }

    /// True when there is nothing worth keeping (no contact and no text).
    public var isEmpty: Bool {
        contactId == nil && title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The draft with `reopenCaseId` set.
    public func reopening(_ caseId: Int?) -> Draft {
        var d = self
        d.reopenCaseId = caseId
        return d
    }
}

/// "Sent at `at`, outcome unknown": what a draft says while its create is (or was) in flight.
public struct SentMarker: Codable, Equatable, Sendable {
    /// When the create left.
    public var at: Date
    /// The contact's case ids listed just before it (only a case not among them can be this one).
    public var knownCaseIds: [Int]

    public init(at: Date, knownCaseIds: [Int]) {
        self.at = at
        self.knownCaseIds = knownCaseIds
    }
}
