import Foundation

/// A new contact: `POST /api/v1/crm/objects/contact` with `{"fields": {...}}`, as the documented
/// example nests them (contact-create.request.json).
public struct ContactCreateRequest: Equatable, Hashable, Sendable, Codable {
    /// The keys the form asks for itself; contact custom fields with these keys are not shown twice.
    public static let standardKeys: Set<String> = ["name", "email", "phone"]

    public var name: String
    public var email: String
    public var phone: String
    /// Contact custom fields keyed by definition key (see `FieldEncoding.body`).
    public var fields: [String: FieldWireValue]

    public init(name: String = "", email: String = "", phone: String = "", fields: [String: FieldWireValue] = [:]) {
        self.name = name
        self.email = email
        self.phone = phone
        self.fields = fields
    }

    /// Name, email and phone without surrounding blanks.
    public var trimmedName: String { name.trimmingCharacters(in: .whitespacesAndNewlines) }
    public var trimmedEmail: String { email.trimmingCharacters(in: .whitespacesAndNewlines) }
    public var trimmedPhone: String { phone.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The body: `{"fields": {name, email, phone, custom keys...}}`; empty values are left out and
    /// name, email and phone always come from their own inputs (a custom key cannot replace them).
    public func encodedBody() throws(AcquireError) -> Data {
        var all = fields.filter { !Self.standardKeys.contains($0.key.lowercased()) }
        for (key, value) in [("name", trimmedName), ("email", trimmedEmail), ("phone", trimmedPhone)] where !value.isEmpty {
            all[key] = .string(value)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(["fields": all]) } catch { throw .invalidInput("the contact could not be encoded") }
    }

    /// What stops this contact from being created, before any custom field: nothing to know it by
    /// (no name, email or phone), or an email that is not an e-mail address.
    public var problems: [FieldProblem] {
        var out: [FieldProblem] = []
        if trimmedName.isEmpty && trimmedEmail.isEmpty && trimmedPhone.isEmpty {
            out.append(FieldProblem(key: "name", label: "Name", kind: .missing,
                                    message: "Give at least a name, an email or a phone number."))
        }
        if !trimmedEmail.isEmpty && !FieldRules.isEmailAddress(trimmedEmail) {
            out.append(FieldProblem(key: "email", label: "Email", kind: .format,
                                    message: "\"\(Sanitizer.clean(trimmedEmail))\" is not an e-mail address; write it like name@example.com."))
        }
        return out
    }
}
