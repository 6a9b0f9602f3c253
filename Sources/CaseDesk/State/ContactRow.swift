import AcquireKit

/// One row of the contact list, made from a search result or a recent contact: id, name and the columns shown.
public struct ContactRow: Equatable, Sendable {
    public var id: Int
    public var name: String
    public var email: String
    public var phone: String
    public var company: String

    public init(id: Int, name: String, email: String = "", phone: String = "", company: String = "") {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.company = company
    }

    /// The row for a search result.
    public init(_ c: Contact) {
        self.init(id: c.id, name: c.displayName, email: c.email ?? "", phone: c.phone ?? "", company: c.company ?? "")
    }

    /// The row for a recent contact.
    public init(_ r: RecentContact) {
        self.init(id: r.id, name: r.name, email: r.email ?? "", phone: r.phone ?? "", company: r.company ?? "")
    }
}
