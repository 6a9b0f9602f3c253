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

    /// How many recent contacts are kept, in memory and on disk.
    public static let kept = 20

    /// `list` with `contact` first, older entries with the same id dropped, at most `kept` long.
    public static func remembering(_ contact: RecentContact, in list: [RecentContact]) -> [RecentContact] {
        Array(([contact] + list.filter { $0.id != contact.id }).prefix(kept))
    }
}
