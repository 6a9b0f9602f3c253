import Foundation

/// Something wrong with one field's value, with the sentence to show.
public struct FieldProblem: Equatable, Hashable, Sendable {
    public enum Kind: String, Equatable, Hashable, Sendable {
        /// A required field is not filled.
        case missing
        /// The value does not have the definition's format (an e-mail address).
        case format
        /// A radio or checkbox value that is not among the definition's options (e.g. an old draft).
        case notAnOption
    }
    public var key: String
    /// The field's form label.
    public var label: String
    public var kind: Kind
    /// The definition's own message (sanitized), or a sentence of ours when it has none.
    public var message: String

    public init(key: String, label: String, kind: Kind, message: String) {
        self.key = key
        self.label = label
        self.kind = kind
        self.message = message
    }

    /// "Label: message", for lists where several fields' problems are shown together.
    public var sentence: String { "\(label): \(message)" }
}

/// The rules every face (screens, line mode, `create --field`) applies before sending. Pure.
public enum FieldRules {
    /// Required fields not filled and `validationFormat: email` values that are not e-mail addresses,
    /// in the order of `definitions`.
    public static func problems(_ values: [String: FieldValue], definitions: [FieldDefinition]) -> [FieldProblem] {
        definitions.compactMap { definition in
            let value = values[definition.key]
            guard let value, value.isFilled else {
                guard definition.isRequired else { return nil }
                return FieldProblem(key: definition.key, label: definition.formLabel, kind: .missing,
                                    message: definition.input?.requiredErrorMessage
                                        ?? "\(definition.formLabel) must be filled in.")
            }
            if definition.input?.wantsEmail == true, case .text(let text) = value, !isEmailAddress(text) {
                return FieldProblem(key: definition.key, label: definition.formLabel, kind: .format,
                                    message: definition.input?.validationErrorMessage
                                        ?? "\(definition.formLabel) must be an e-mail address, like name@example.com.")
            }
            if let stray = strayOption(value, definition) {
                let choices = definition.options.map { "\"\($0)\"" }.joined(separator: ", ")
                return FieldProblem(key: definition.key, label: definition.formLabel, kind: .notAnOption,
                                    message: "\"\(stray)\" is not one of the choices (\(choices)); choose again.")
            }
            return nil
        }
    }

    /// The first chosen option that the definition does not offer (only radios and checkboxes have options).
    static func strayOption(_ value: FieldValue, _ definition: FieldDefinition) -> String? {
        guard definition.kind == .radio || definition.kind == .checkbox, !definition.options.isEmpty else { return nil }
        switch value {
        case .option(let o): return definition.options.contains(o) ? nil : o
        case .options(let list): return list.first { !definition.options.contains($0) }
        case .text(let t): return definition.options.contains(t) ? nil : t
        case .department: return nil
        }
    }

    /// Whether `text` (trimmed) looks like an e-mail address: one "@" with text before it, a domain
    /// after it with a dot inside (not at either end), and no blanks or control characters.
    public static func isEmailAddress(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = t.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, t.count <= 254 else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else {
            return false
        }
        return !t.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
            || "()<>[]\\,;:\"".unicodeScalars.contains($0) }
    }
}
