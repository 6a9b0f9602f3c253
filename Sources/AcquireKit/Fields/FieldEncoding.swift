import Foundation

/// How entered values go into a create body's `fields`, keyed by each definition's `key`.
/// The contact-create page says: key by the attribute's key, radio values must match the options.
/// What a checkbox and a department send is not documented: each guess is one function below.
public enum FieldEncoding {
    /// The body's `fields` for these values: only filled values of known definitions, keyed by `key`.
    /// A key `title` stays inside `fields` and never touches the case's own `title`.
    public static func body(_ values: [String: FieldValue], definitions: [FieldDefinition]) -> [String: FieldWireValue] {
        var out: [String: FieldWireValue] = [:]
        for definition in definitions {
            guard let value = values[definition.key], value.isFilled else { continue }
            out[definition.key] = wire(value, for: definition)
        }
        return out
    }

    /// One value as sent.
    public static func wire(_ value: FieldValue, for definition: FieldDefinition) -> FieldWireValue {
        switch value {
        case .text(let t): return .string(t.trimmingCharacters(in: .whitespacesAndNewlines))
        case .option(let o): return .string(o)
        case .options(let chosen): return checkbox(chosen, options: definition.options)
        case .department(let id, let name): return department(id: id, name: name)
        }
    }

    /// A checkbox's chosen options (UNDOCUMENTED; a guess): a JSON array of the option strings, in the
    /// definition's option order, each once. An array, because each element then matches an option
    /// exactly (as the docs ask of radios) and an option holding a comma stays one option.
    public static func checkbox(_ chosen: [String], options: [String]) -> FieldWireValue {
        let picked = Set(chosen)
        let known = options.filter { picked.contains($0) }
        let unknown = chosen.filter { !options.contains($0) }
        var seen = Set<String>()
        return .list((known + unknown).filter { seen.insert($0).inserted })
    }

    /// A department field's value (UNDOCUMENTED; a guess): the department's id as a string, as
    /// other ids travel in bodies (`mentionUsers`). `name` is unused by this guess.
    public static func department(id: Int, name: String) -> FieldWireValue {
        .string(String(id))
    }
}
