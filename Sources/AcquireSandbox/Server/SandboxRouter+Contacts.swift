import Foundation

extension SandboxRouter {
    /// `GET /api/v1/crm/objects/object-field`: the definitions, at most 20 a page (as documented),
    /// by `page` (from 0) or `offset`.
    func fieldDefinitions(_ incoming: Incoming, renderer: Renderer) -> Reply {
        let requested = Self.integer(incoming.query["limit"]) ?? 20
        let limit = min(requested <= 0 ? 20 : requested, 20)
        let page = max(Self.integer(incoming.query["page"]) ?? 0, 0)
        let offset = Self.integer(incoming.query["offset"]).map { max($0, 0) } ?? page * limit
        return .data(renderer.fieldPage(page: page, offset: offset, limit: limit))
    }

    /// The email of a contact-create body (the subject faults match).
    func contactEmail(_ incoming: Incoming) -> String? {
        let body = Self.object(incoming.body) ?? [:]
        return ((body["fields"] as? [String: Any]) ?? body)["email"] as? String
    }

    /// `POST /api/v1/crm/objects/contact` with `{"fields": {...}}` (contact-create.request.json); top-level
    /// field keys are taken too (the page's table). Refuses unknown keys, a contact with nothing to know
    /// it by, and an email or phone some contact already has (400 ERROR_DUPLICATE_RECORD_FOUND).
    func createContact(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let body = Self.object(incoming.body), !body.isEmpty else {
            return .error(400, "The body must be a JSON object with \"fields\".")
        }
        let raw: [String: Any]
        if let nested = body["fields"] as? [String: Any] {
            raw = nested
        } else {
            raw = body.filter { SandboxFields.spec(object: "contact", key: $0.key) != nil }
        }
        let fields: [String: SentValue]
        switch Self.checkFields(raw, object: "contact") {
        case .success(let checked): fields = checked
        case .failure(let refusal): return refusal.reply
        }
        let candidate = CreatedContact(id: 0, fields: fields, created: Date())
        guard candidate.name != nil || candidate.email != nil || candidate.phone != nil else {
            return .error(400, "A contact needs at least a name, an email or a phone.")
        }
        if let twin = generatedTwin(of: candidate) {
            return Self.duplicate(twin, candidate)
        }
        switch await state.addContact(fields, now: Date()) {
        case .success(let stored): return .data(renderer.createdContactObject(stored))
        case .failure(let duplicate):
            let twin = duplicate.twin
            return Self.duplicate(twin.id, candidate, sameEmail: candidate.isDuplicate(email: twin.email, phone: nil))
        }
    }

    /// A generated contact with the candidate's email or phone: (id, whether it was the email).
    private func generatedTwin(of candidate: CreatedContact) -> (Int, Bool)? {
        if let email = candidate.email {
            for index in directory.search(email) where directory.contacts[index].email?.lowercased() == email.lowercased() {
                return (directory.contacts[index].id, true)
            }
        }
        if let phone = candidate.phone {
            let digits = TextFolding.digits(phone)
            guard !digits.isEmpty else { return nil }
            for index in directory.search(digits) {
                if let other = directory.contacts[index].phone, TextFolding.digits(other) == digits {
                    return (directory.contacts[index].id, false)
                }
            }
        }
        return nil
    }

    private static func duplicate(_ twin: (Int, Bool), _ candidate: CreatedContact) -> Reply {
        duplicate(twin.0, candidate, sameEmail: twin.1)
    }

    private static func duplicate(_ id: Int, _ candidate: CreatedContact, sameEmail: Bool) -> Reply {
        let what = sameEmail ? "email \(candidate.email ?? "")" : "phone \(candidate.phone ?? "")"
        return .error(400, "Contact #\(id) already has the \(what).", type: "ERROR_DUPLICATE_RECORD_FOUND")
    }
}
