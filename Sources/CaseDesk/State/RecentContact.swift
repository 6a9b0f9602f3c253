import AcquireKit
import Foundation

/// A contact picked recently, kept on disk by the runtime and offered before anything is typed.
public struct RecentContact: Codable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var email: String?
    public var phone: String?
    public var company: String?
    /// When it was last picked.
    public var usedAt: Date

    public init(id: Int, name: String, email: String? = nil, phone: String? = nil, company: String? = nil, usedAt: Date) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.company = company
        self.usedAt = usedAt
    }

    /// The recent entry for a contact picked at `date`.
    public init(_ contact: Contact, usedAt date: Date) {
        self.init(id: contact.id, name: contact.displayName, email: contact.email, phone: contact.phone,
                  company: contact.company, usedAt: date)
    }
}
