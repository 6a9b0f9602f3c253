import Foundation

/// Why `KEY=VALUE` pairs from the command line were refused: one sentence per problem, each
/// saying what is wrong and what to do.
public struct FieldArgumentError: Error, Equatable, Sendable {
    public var problems: [String]
    public init(problems: [String]) {
        self.problems = problems
    }
    /// All problems, one per line.
    public var message: String { problems.joined(separator: "\n") }
}

/// Reads `KEY=VALUE` pairs (`create --field KEY=VALUE`, repeatable) against the definitions. Pure.
public enum FieldArguments {
    /// The values by key. A checkbox may be given several times (one option each); every other field
    /// once. Keys match exactly, else case-insensitively. Options match exactly, else case-insensitively.
    /// Departments match by id or by name. `flag` names the option in messages.
    public static func parse(_ pairs: [String], definitions: [FieldDefinition], departments: [Department] = [],
                             object: FieldObject = .case, flag: String = "--field") throws(FieldArgumentError)
        -> [String: FieldValue] {
        var values: [String: FieldValue] = [:]
        var problems: [String] = []
        var given: [String: [String]] = [:]
        var order: [String] = []
        for pair in pairs {
            guard let eq = pair.firstIndex(of: "=") else {
                problems.append("\(flag) \(quoted(pair)) has no \"=\"; write \(flag) KEY=VALUE.")
                continue
            }
            let rawKey = pair[..<eq].trimmingCharacters(in: .whitespaces)
            let value = String(pair[pair.index(after: eq)...])
            guard let definition = find(rawKey, in: definitions) else {
                problems.append(unknownKey(rawKey, definitions: definitions, object: object, flag: flag))
                continue
            }
            if given[definition.key] == nil { order.append(definition.key) }
            given[definition.key, default: []].append(value)
        }
        for key in order {
            guard let definition = definitions.first(where: { $0.key == key }), let raw = given[key] else { continue }
            switch value(raw, for: definition, departments: departments, flag: flag) {
            case .success(let v): values[key] = v
            case .failure(let e): problems.append(e.problems.joined(separator: " "))
            }
        }
        if !problems.isEmpty { throw FieldArgumentError(problems: problems) }
        return values
    }

    private static func find(_ key: String, in definitions: [FieldDefinition]) -> FieldDefinition? {
        if let exact = definitions.first(where: { $0.key == key }) { return exact }
        let folded = definitions.filter { $0.key.lowercased() == key.lowercased() }
        return folded.count == 1 ? folded[0] : nil
    }

    private static func unknownKey(_ key: String, definitions: [FieldDefinition], object: FieldObject,
                                   flag: String) -> String {
        let what = object == .case ? "case" : object.rawValue
        guard !definitions.isEmpty else {
            return "This workspace has no \(what) fields, so \(flag) \(quoted(key)) cannot be used; leave it out."
        }
        let keys = definitions.map(\.key).joined(separator: ", ")
        let name = key.isEmpty ? "an empty key" : "no \(what) field \(quoted(key))"
        return "There is \(name); the \(what) fields are: \(keys)."
    }

    private static func value(_ raw: [String], for d: FieldDefinition, departments: [Department],
                              flag: String) -> Result<FieldValue, FieldArgumentError> {
        func fail(_ s: String) -> Result<FieldValue, FieldArgumentError> { .failure(FieldArgumentError(problems: [s])) }
        let name = "\(d.key) (\(d.label))"
        if d.kind != .checkbox, raw.count > 1 {
            return fail("\(name) takes one value but was given \(raw.count) (\(raw.map(quoted).joined(separator: ", "))); give \(flag) \(d.key)=VALUE once.")
        }
        switch d.kind {
        case .text:
            return .success(.text(raw[0]))
        case .radio:
            guard let option = option(raw[0], d.options) else { return fail(notAnOption(raw[0], d, name)) }
            return .success(.option(option))
        case .checkbox:
            var chosen: [String] = []
            for item in raw {
                guard let option = option(item, d.options) else {
                    return fail(notAnOption(item, d, name) + " Give \(flag) \(d.key)=OPTION once per option.")
                }
                if !chosen.contains(option) { chosen.append(option) }
            }
            return .success(.options(chosen))
        case .department:
            let text = raw[0].trimmingCharacters(in: .whitespaces)
            if let dep = departments.first(where: { String($0.id) == text })
                ?? departments.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == text.lowercased() }) {
                return .success(.department(id: dep.id, name: dep.name))
            }
            if departments.isEmpty, let id = Int(text) { return .success(.department(id: id, name: "#\(id)")) }
            let choices = departments.map { "\($0.id) (\($0.name.trimmingCharacters(in: .whitespaces)))" }.joined(separator: ", ")
            return fail(departments.isEmpty
                ? "\(name) wants a department id; \(quoted(text)) is not one, and the departments could not be read."
                : "\(quoted(text)) is not a department for \(name); give an id or a name: \(choices).")
        }
    }

    private static func option(_ value: String, _ options: [String]) -> String? {
        if options.contains(value) { return value }
        let folded = options.filter { $0.lowercased() == value.trimmingCharacters(in: .whitespaces).lowercased() }
        return folded.count == 1 ? folded[0] : nil
    }

    private static func notAnOption(_ value: String, _ d: FieldDefinition, _ name: String) -> String {
        let choices = d.options.map(quoted).joined(separator: ", ")
        if value.isEmpty { return "\(name) needs a value; choose one of: \(choices)." }
        return "\(quoted(value)) is not an option of \(name); choose one of: \(choices)."
    }

    private static func quoted(_ s: String) -> String { "\"\(Sanitizer.clean(s))\"" }
}
