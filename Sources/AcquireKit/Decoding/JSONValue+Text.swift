import Foundation

extension JSONValue {
    /// The sanitized one-line text of a scalar value; nil for null, arrays and objects.
    var cleanText: String? { stringValue.map(Sanitizer.clean) }

    /// The sanitized one-line text, with empty text counted as absent.
    var nonEmptyText: String? {
        guard let t = cleanText, !t.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return t
    }

    /// The sanitized multi-line text of a scalar value.
    var cleanMultilineText: String? { stringValue.map(Sanitizer.cleanMultiline) }

    /// A date in one of the server's formats.
    var dateValue: Date? {
        guard case .string(let s) = self else { return nil }
        return ServerDate.parse(s)
    }

    /// What a support agent should see for a field value: text as is, "" for null,
    /// an object's `name` (e.g. a country), an array joined with ", ". Sanitized.
    var displayText: String {
        switch self {
        case .null: return ""
        case .string, .int, .double, .bool: return cleanText ?? ""
        case .array(let items):
            return items.map(\.displayText).filter { !$0.isEmpty }.joined(separator: ", ")
        case .object:
            for key in ["name", "label", "title", "value"] {
                if let t = self[key]?.cleanText { return t }
            }
            return ""
        }
    }

    /// `config` may be an object or a JSON-encoded string of one.
    var decodedConfig: JSONValue? {
        switch self {
        case .object: return self
        case .string(let s):
            guard let data = s.data(using: .utf8) else { return nil }
            return try? JSONParser(maxBytes: 256 * 1024, maxDepth: 16).parse(data)
        default: return nil
        }
    }

    /// The label in a field config: `label`, else `input.label`.
    var configLabel: String? {
        guard let config = decodedConfig else { return nil }
        return config["label"]?.nonEmptyText ?? config.value(at: "input", "label")?.nonEmptyText
    }
}
