import Foundation

/// A contact created through `POST /api/v1/crm/objects/contact` since start.
struct CreatedContact: Sendable {
    var id: Int
    /// The fields as sent (name, email, phone and custom keys).
    var fields: [String: SentValue]
    var created: Date

    func text(_ key: String) -> String? {
        guard case .text(let t)? = fields[key], !t.isEmpty else { return nil }
        return t
    }
    var name: String? { text("name") }
    var email: String? { text("email") }
    var phone: String? { text("phone") }

    /// Whether `needle` (folded) occurs in the name, email or phone, as search matches generated contacts.
    func matches(_ needle: String) -> Bool {
        let folded = TextFolding.fold(needle).trimmingCharacters(in: .whitespaces)
        if folded.isEmpty { return true }
        let digits = TextFolding.digits(needle)
        return [name, email, phone].compactMap { $0 }.contains { TextFolding.fold($0).contains(folded) }
            || (!digits.isEmpty && digits.count == folded.filter { !$0.isWhitespace }.count
                && phone.map { TextFolding.digits($0).contains(digits) } == true)
    }
}

extension CreatedContact {
    /// Whether a contact with this email (case-insensitive) or phone (same digits) would be a duplicate.
    func isDuplicate(email other: String?, phone otherPhone: String?) -> Bool {
        if let email, let other, email.lowercased() == other.lowercased() { return true }
        if let phone, let otherPhone {
            let a = TextFolding.digits(phone), b = TextFolding.digits(otherPhone)
            return !a.isEmpty && a == b
        }
        return false
    }
}
