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

    public init(contactId: Int?, contactName: String?, title: String, message: String, channel: String,
                agentId: Int, messageType: MessageType? = nil, updatedAt: Date, fields: [String: FieldValue]? = nil) {
        self.fields = fields
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
