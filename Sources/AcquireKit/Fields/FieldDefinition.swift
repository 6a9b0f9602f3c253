import Foundation

/// Which kind of record a custom field belongs to (`object` of a definition).
public enum FieldObject: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
    case `case`
    case contact
    case company
}

/// How a field is filled in, from `config.input.type`; every type not known here is `.text`.
public enum FieldInputKind: String, Equatable, Hashable, Sendable, Codable {
    /// One line of text (also every unknown input type: `date`, `textarea`, `select`, ...).
    case text
    /// Exactly one of `options`.
    case radio
    /// Any number of `options`.
    case checkbox
    /// One department, from the departments list.
    case department

    /// The kind for an input type as the server names it.
    public init(serverType: String?) {
        switch serverType?.lowercased() {
        case "radio"?: self = .radio
        case "checkbox"?: self = .checkbox
        case "department"?: self = .department
        default: self = .text
        }
    }
}

/// The form part of a definition (`config.input`). Every text has been sanitized.
public struct FieldInput: Equatable, Hashable, Sendable, Codable {
    public var kind: FieldInputKind
    /// The input type as the server wrote it ("" when absent), e.g. "date" for a `.text` kind.
    public var serverType: String
    public var label: String?
    public var required: Bool
    public var placeholder: String?
    /// `validationFormat`: "any", "email", ... ("any" when absent).
    public var validationFormat: String
    public var requiredErrorMessage: String?
    public var validationErrorMessage: String?
    /// The choices of a radio or checkbox, in the server's order.
    public var options: [String]

    public init(kind: FieldInputKind, serverType: String = "", label: String? = nil, required: Bool = false,
                placeholder: String? = nil, validationFormat: String = "any", requiredErrorMessage: String? = nil,
                validationErrorMessage: String? = nil, options: [String] = []) {
        self.kind = kind
        self.serverType = serverType
        self.label = label
        self.required = required
        self.placeholder = placeholder
        self.validationFormat = validationFormat
        self.requiredErrorMessage = requiredErrorMessage
        self.validationErrorMessage = validationErrorMessage
        self.options = options
    }

    /// Whether a value must look like an e-mail address (`validationFormat: email`).
    public var wantsEmail: Bool { validationFormat.lowercased() == "email" }
}

/// One custom field definition from `GET /api/v1/crm/objects/object-field`.
public struct FieldDefinition: Equatable, Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    /// `object` as the server wrote it ("case", "contact", "company", or something new).
    public var object: String
    /// What the create body's `fields` is keyed by.
    public var key: String
    /// The definition's `type` (the storage type; the form is `input.kind`).
    public var type: String
    /// `config.label`, else `config.input.label`, else the key.
    public var label: String
    /// The form, when the definition has one (some company fields have none).
    public var input: FieldInput?
    /// `config.online_order`, when present.
    public var order: Int?
    /// `system: "yes"`.
    public var system: Bool

    public init(id: Int, object: String, key: String, type: String = "text", label: String, input: FieldInput?,
                order: Int? = nil, system: Bool = false) {
        self.id = id
        self.object = object
        self.key = key
        self.type = type
        self.label = label
        self.input = input
        self.order = order
        self.system = system
    }

    /// The object as a known kind, if it is one.
    public var fieldObject: FieldObject? { FieldObject(rawValue: object.lowercased()) }
    /// The form kind (`.text` without an input).
    public var kind: FieldInputKind { input?.kind ?? .text }
    public var isRequired: Bool { input?.required ?? false }
    public var options: [String] { input?.options ?? [] }

    /// The label to show on a form. A field that would read as the case's own title (key or label
    /// "title") says that it is a custom field, so an agent never mistakes one for the other.
    public var formLabel: String {
        let clash = key.lowercased() == "title" || label.trimmingCharacters(in: .whitespaces).lowercased() == "title"
        return clash ? "\(label) (custom field)" : label
    }
}
