import Foundation

// The clean types the app sees. Every String here has been sanitized at the decode
// boundary (see Sanitizer): no control, bidi or line-separator character survives.
// Decoding (in Decoding/) turns the server's inconsistent shapes into these.

/// A contact field with its label, in the server's order. `value` is the display text ("" when null).
public struct LabelledField: Equatable, Hashable, Sendable {
    public var key: String
    public var label: String
    public var value: String
    public init(key: String, label: String, value: String) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// One page visit on the contact's timeline.
public struct Visit: Equatable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var title: String
    public var url: String
    public var source: String
    public var date: Date?
    public init(id: Int, title: String, url: String, source: String = "", date: Date?) {
        self.id = id
        self.title = title
        self.url = url
        self.source = source
        self.date = date
    }
}

/// A contact, with a display name (name, else email, else phone, else "#id").
public struct Contact: Equatable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var name: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    /// Labelled fields in the server's order (for the preview and result panes).
    public var fields: [LabelledField]
    /// Visits as the server sent them; use `timeline` for newest first.
    public var visits: [Visit]
    public var dateCreated: Date?

    public init(id: Int, name: String? = nil, email: String? = nil, phone: String? = nil, company: String? = nil,
                fields: [LabelledField] = [], visits: [Visit] = [], dateCreated: Date? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.company = company
        self.fields = fields
        self.visits = visits
        self.dateCreated = dateCreated
    }

    public var displayName: String {
        if let name, !name.isEmpty { return name }
        if let email, !email.isEmpty { return email }
        if let phone, !phone.isEmpty { return phone }
        return "#\(id)"
    }

    /// Visits newest first (see `newestFirst`).
    public var timeline: [Visit] { newestFirst(visits, date: \.date, id: \.id) }
}

/// One page of contacts from a search or a listing.
public struct ContactPage: Equatable, Sendable {
    public var contacts: [Contact]
    /// Total matches the server reported, when it did.
    public var total: Int?
    public var page: Int
    public var limit: Int
    public init(contacts: [Contact], total: Int?, page: Int, limit: Int) {
        self.contacts = contacts
        self.total = total
        self.page = page
        self.limit = limit
    }
    /// Whether another page may follow.
    public var hasMore: Bool {
        if let total { return (page + 1) * limit < total }
        return contacts.count >= limit && limit > 0
    }
}

/// An agent (an Acquire user) that a case can be routed to.
public struct Agent: Equatable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var name: String
    public var email: String?
    /// "online", "offline", "away", ... as the server says.
    public var status: String
    public var type: String?
    public init(id: Int, name: String, email: String? = nil, status: String, type: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.status = status
        self.type = type
    }
}

/// A department, with the ids of its agents.
public struct Department: Equatable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var name: String
    public var status: String
    public var userIDs: [Int]
    public init(id: Int, name: String, status: String, userIDs: [Int]) {
        self.id = id
        self.name = name
        self.status = status
        self.userIDs = userIDs
    }

    /// Whether a department field may be set to it: not when Acquire calls it inactive (or
    /// disabled, archived, deleted); an unknown or empty status is offered.
    public var isOffered: Bool {
        !["inactive", "disabled", "archived", "deleted"].contains(status.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// A channel a case can be opened on: chat, mail, sms, voip, audio-call, video-call, private-form.
public struct Channel: Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var enabled: Bool
    public init(id: String, name: String, enabled: Bool) {
        self.id = id
        self.name = name
        self.enabled = enabled
    }
}

/// A canned reply that can be inserted into a message.
public struct MessageShortcut: Equatable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var name: String
    public var message: String
    public var group: String?
    public init(id: Int, name: String, message: String, group: String? = nil) {
        self.id = id
        self.name = name
        self.message = message
        self.group = group
    }
}

/// A user assigned to a case.
public struct CaseUser: Equatable, Hashable, Sendable {
    public var id: Int
    public var name: String
    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// A case as the server describes it after create or get.
public struct CaseRecord: Equatable, Sendable, Identifiable {
    public var id: Int
    public var threadId: Int?
    public var title: String
    /// The message text.
    public var description: String
    public var channel: String
    public var status: String
    public var dateQueue: Date?
    public var dateCreated: Date?
    public var datePending: Date?
    public var dateActive: Date?
    public var dateClosed: Date?
    public var dateUpdated: Date?
    public var users: [CaseUser]
    public var userId: Int?
    public var contactId: Int?
    /// The whole contact with fields and visits, when the server sent it.
    public var contact: Contact?
    public var fields: [LabelledField]
    /// `parentId`: on a reopened case, the case (thread) it continues.
    public var parentId: Int?
    /// `meta.sessionId`, when the case has one (sent along when reopening it).
    public var sessionId: Int?

    public init(id: Int, threadId: Int? = nil, title: String, description: String, channel: String, status: String,
                dateQueue: Date? = nil, dateCreated: Date? = nil, datePending: Date? = nil, dateActive: Date? = nil,
                dateClosed: Date? = nil, dateUpdated: Date? = nil, users: [CaseUser] = [], userId: Int? = nil,
                contactId: Int? = nil, contact: Contact? = nil, fields: [LabelledField] = [], parentId: Int? = nil,
                sessionId: Int? = nil) {
        self.id = id
        self.threadId = threadId
        self.title = title
        self.description = description
        self.channel = channel
        self.status = status
        self.dateQueue = dateQueue
        self.dateCreated = dateCreated
        self.datePending = datePending
        self.dateActive = dateActive
        self.dateClosed = dateClosed
        self.dateUpdated = dateUpdated
        self.users = users
        self.userId = userId
        self.contactId = contactId
        self.contact = contact
        self.fields = fields
        self.parentId = parentId
        self.sessionId = sessionId
    }
}

/// What the agent sends to create a case. Encodes to the body of create-case.md;
/// `contactId` travels in the query string.
public struct CreateCaseRequest: Equatable, Hashable, Sendable, Codable {
    public var contactId: Int
    public var title: String
    public var message: String
    /// Whether the first entry goes to the customer (`message`) or stays internal (`note`).
    public var messageType: MessageType
    public var channel: String
    /// The agent to route to; 0 means automatic routing.
    public var routeAgentId: Int
    public var agentId: Int
    /// Agents mentioned in the message: their ids as strings (`["19", "20"]`).
    public var mentionUsers: [String]
    public var source: String
    public var isFromCobrowse: Bool
    /// Custom case fields keyed by definition key (see `FieldEncoding.body`).
    public var fields: [String: FieldWireValue]
    /// Set to reopen a closed case: its thread (the answer is a new case on the same thread).
    public var threadId: Int?
    /// Sent with `threadId` when the closed case has one in its `meta`.
    public var sessionId: Int?

    public init(contactId: Int, title: String, message: String, channel: String, routeAgentId: Int = 0,
                agentId: Int = 0, mentionUsers: [String] = [], source: String = "firstMessage",
                isFromCobrowse: Bool = false, fields: [String: FieldWireValue] = [:],
                messageType: MessageType = .message, threadId: Int? = nil, sessionId: Int? = nil) {
        self.contactId = contactId
        self.title = title
        self.message = message
        self.messageType = messageType
        self.channel = channel
        self.routeAgentId = routeAgentId
        self.agentId = agentId
        self.mentionUsers = mentionUsers
        self.source = source
        self.isFromCobrowse = isFromCobrowse
        self.fields = fields
        self.threadId = threadId
        self.sessionId = sessionId
    }
}

/// The kind of a case's first entry (`message.type`).
public enum MessageType: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
    /// Sent to the customer (the default).
    case message
    /// An internal note, seen by agents only.
    case note
}
