import AcquireKit
import TerminalUI

extension AppState {
    /// The case custom fields on compose, in the server's order (a field keyed `title` is one of
    /// them, kept apart from the case's own title). Empty until the definitions are loaded.
    public var caseFields: [FieldDefinition] { fieldCatalog.value?.formFields(for: .case) ?? [] }

    /// Name, email and phone: asked by the new contact form itself, whatever the definitions say.
    public static let standardContactFields: [FieldDefinition] = [
        FieldDefinition(id: -1, object: "contact", key: "name", label: "Name", input: FieldInput(kind: .text)),
        FieldDefinition(id: -2, object: "contact", key: "email", label: "Email",
                        input: FieldInput(kind: .text, validationFormat: "email")),
        FieldDefinition(id: -3, object: "contact", key: "phone", label: "Phone", input: FieldInput(kind: .text)),
    ]

    /// The contact custom fields on the new contact form: those with an input, without name, email
    /// and phone (asked first) and without system fields (ip, city: filled by Acquire itself).
    public var contactCustomFields: [FieldDefinition] {
        (fieldCatalog.value?.formFields(for: .contact, excludingKeys: ContactCreateRequest.standardKeys) ?? [])
            .filter { !$0.system }
    }

    /// Every row of the new contact form.
    public var newContactFields: [FieldDefinition] { Self.standardContactFields + contactCustomFields }

    /// The definitions of the form being shown (compose: the case's; the new contact screen: its own).
    var activeFormFields: [FieldDefinition] { screen == .newContact ? newContactFields : caseFields }

    /// The contact the new contact form would create.
    public var newContactRequest: ContactCreateRequest? {
        guard let form = newContact?.form else { return nil }
        func text(_ key: String) -> String { form.values[key]?.displayText ?? "" }
        return ContactCreateRequest(name: text("name"), email: text("email"), phone: text("phone"),
                                    fields: FieldEncoding.body(form.values, definitions: contactCustomFields))
    }

    /// What stops the new contact from being created: nothing to know it by, a bad email, and the
    /// contact fields' own required and format messages.
    public var newContactProblems: [FieldProblem] {
        guard let request = newContactRequest, let form = newContact?.form else { return [] }
        return request.problems + FieldRules.problems(form.values, definitions: contactCustomFields)
    }

    /// The warning shown over the field rows when the definitions could not be (fully) read.
    public var fieldsWarning: String? {
        switch fieldCatalog {
        case .failed(let e): return "Custom fields could not be loaded (\(e.message)); the form works without them."
        case .loaded(let catalog): return catalog.warning
        case .idle, .loading: return nil
        }
    }

    /// The agents mentioned whose `@Name` is still in the message, each once, as ids.
    public var mentionIDs: [Int] {
        let text = compose.message.text
        var seen = Set<Int>()
        return compose.mentions.filter { text.contains("@" + $0.name) && seen.insert($0.id).inserted }.map(\.id)
    }
}
