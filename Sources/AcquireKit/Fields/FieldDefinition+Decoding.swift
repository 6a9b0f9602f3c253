import Foundation

// Definitions from `GET /api/v1/crm/objects/object-field`: `config` is an object or a
// JSON-encoded string of one; company fields may have no `input`; `online_order` may be absent.

extension FieldInput {
    /// The form from `config.input`; nil when it is not an object.
    init?(json: JSONValue?) {
        guard let json, json.objectMembers != nil else { return nil }
        let type = json["type"]?.cleanText ?? ""
        let options = (json["options"]?.arrayValue ?? []).compactMap { option -> String? in
            // An option may be a plain string or an object with a label/value.
            if let text = option.cleanText { return text }
            let text = option.displayText
            return text.isEmpty ? nil : text
        }
        self.init(kind: FieldInputKind(serverType: type), serverType: type, label: json["label"]?.nonEmptyText,
                  required: json["required"]?.boolValue ?? false, placeholder: json["placeholder"]?.nonEmptyText,
                  validationFormat: json["validationFormat"]?.nonEmptyText ?? "any",
                  requiredErrorMessage: json["requiredErrorMessage"]?.nonEmptyText,
                  validationErrorMessage: json["validationErrorMessage"]?.nonEmptyText, options: options)
    }
}

extension FieldDefinition {
    /// A definition from `{id, object, key, type, config, system}`; nil without an id or a key.
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue, let key = json["key"]?.nonEmptyText else { return nil }
        let config = json["config"]?.decodedConfig
        let input = FieldInput(json: config?["input"])
        let label = config?["label"]?.nonEmptyText ?? input?.label ?? key
        self.init(id: id, object: json["object"]?.cleanText?.lowercased() ?? "", key: key,
                  type: json["type"]?.cleanText ?? "text", label: label, input: input,
                  order: config?["online_order"]?.intValue, system: json["system"]?.boolValue ?? false)
    }
}

/// One page of field definitions as answered: `data.page`, `offset`, `limit`, `count`, `data[]`.
public struct FieldDefinitionPage: Equatable, Sendable {
    public var definitions: [FieldDefinition]
    public var page: Int?
    public var offset: Int?
    public var limit: Int?
    /// How many definitions there are in all, when the server said.
    public var count: Int?

    public init(definitions: [FieldDefinition], page: Int? = nil, offset: Int? = nil, limit: Int? = nil, count: Int? = nil) {
        self.definitions = definitions
        self.page = page
        self.offset = offset
        self.limit = limit
        self.count = count
    }
}

extension ResponseDecoder {
    /// `GET /api/v1/crm/objects/object-field` (`data.data[]` with `page`, `offset`, `limit`, `count`).
    public func fieldDefinitionPage(_ body: Data) throws(AcquireError) -> FieldDefinitionPage {
        let (items, data) = try list(body, [["data"], ["list"], ["rows"]])
        return FieldDefinitionPage(definitions: items.compactMap(FieldDefinition.init(json:)),
                                   page: data["page"]?.intValue, offset: data["offset"]?.intValue,
                                   limit: data["limit"]?.intValue, count: data["count"]?.intValue)
    }
}
