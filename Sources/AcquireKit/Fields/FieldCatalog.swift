import Foundation

/// Every field definition the server sent, and the forms built from them.
public struct FieldCatalog: Equatable, Sendable, Codable {
    /// All definitions (case, contact and company) in the order the server sent them.
    public var definitions: [FieldDefinition]
    /// Set when not every definition could be read (the form still works with those that were).
    public var warning: String?

    public init(definitions: [FieldDefinition], warning: String? = nil) {
        self.definitions = definitions
        self.warning = warning
    }

    /// The fields an agent fills in for `object`: definitions with an input, in the server's order
    /// (see `ordered`), without those whose keys are in `excludingKeys` (compared case-insensitively).
    public func formFields(for object: FieldObject, excludingKeys: Set<String> = []) -> [FieldDefinition] {
        let excluded = Set(excludingKeys.map { $0.lowercased() })
        return Self.ordered(definitions.filter {
            $0.fieldObject == object && $0.input != nil && !excluded.contains($0.key.lowercased())
        })
    }

    /// The definition of `key` for `object`, if there is one.
    public func definition(key: String, object: FieldObject) -> FieldDefinition? {
        definitions.first { $0.fieldObject == object && $0.key == key }
    }

    /// The server's order: by `online_order` ascending where present (the order the web app shows),
    /// definitions without one after those with one; ties and the rest keep the order they came in.
    public static func ordered(_ definitions: [FieldDefinition]) -> [FieldDefinition] {
        definitions.enumerated().sorted { a, b in
            switch (a.element.order, b.element.order) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
