import Foundation

/// Finding a contact that already has a new contact's email or phone: before creating (offer the
/// match instead), and after an uncertain create (the created one is found, never sent again). Pure.
public enum ContactMatching {
    /// The texts to search for: the email, then the phone (each only when given).
    public static func searches(for request: ContactCreateRequest) -> [String] {
        [request.trimmedEmail, request.trimmedPhone].filter { !$0.isEmpty }
    }

    /// Contacts among `found` that have the request's email (case-insensitive) or phone (same
    /// digits; or, with 7 digits or more, one number ending in the other: +91 98.. and 98..),
    /// each once, in the order found.
    public static func duplicates(of request: ContactCreateRequest, in found: [Contact]) -> [Contact] {
        var seen = Set<Int>()
        return found.filter { contact in
            (sameEmail(request.trimmedEmail, contact.email) || samePhone(request.trimmedPhone, contact.phone))
                && seen.insert(contact.id).inserted
        }
    }

    /// After an uncertain create: the contact that create made, if the search found it. It must have
    /// every identifier sent (the email and the phone, when given), must not be one that existed
    /// before (`existingIDs`, from the duplicate check), and is the newest (highest id) of those.
    public static func created(by request: ContactCreateRequest, in found: [Contact], existingIDs: Set<Int>) -> Contact? {
        let email = request.trimmedEmail, phone = request.trimmedPhone
        guard !email.isEmpty || !phone.isEmpty else { return nil }
        return found.filter { contact in
            !existingIDs.contains(contact.id)
                && (email.isEmpty || sameEmail(email, contact.email))
                && (phone.isEmpty || samePhone(phone, contact.phone))
        }.max { $0.id < $1.id }
    }

    static func sameEmail(_ a: String, _ b: String?) -> Bool {
        guard !a.isEmpty, let b else { return false }
        return a.lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func samePhone(_ a: String, _ b: String?) -> Bool {
        let x = digits(a), y = digits(b ?? "")
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        return min(x.count, y.count) >= 7 && (x.hasSuffix(y) || y.hasSuffix(x))
    }

    static func digits(_ s: String) -> String { String(s.filter { $0.isASCII && $0.isNumber }) }
}
