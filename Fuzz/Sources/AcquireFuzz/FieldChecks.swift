import Foundation
import AcquireKit

/// The custom-field rules on arbitrary input: definitions decoded from the input go through the
/// rules and the encoding, and the input's lines go through the `KEY=VALUE` parser; every sentence
/// that comes out is clean, and nothing traps.
enum FieldChecks {
    /// Definitions of every kind, for the parser.
    static let definitions: [FieldDefinition] = [
        FieldDefinition(id: 1, object: "case", key: "text", label: "Text", input: FieldInput(kind: .text, required: true)),
        FieldDefinition(id: 2, object: "case", key: "radio", label: "Radio", input: FieldInput(kind: .radio, options: ["a", "B", "b"])),
        FieldDefinition(id: 3, object: "case", key: "checks", label: "Checks", input: FieldInput(kind: .checkbox, options: ["1", "2"])),
        FieldDefinition(id: 4, object: "case", key: "team", label: "Team", input: FieldInput(kind: .department)),
        FieldDefinition(id: 5, object: "case", key: "mail", label: "Mail", input: FieldInput(kind: .text, validationFormat: "email")),
    ]
    static let departments = [Department(id: 6, name: "Sales ", status: "active", userIDs: [])]

    static func run(_ data: Data, text: String) {
        let pairs = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
        var values: [String: FieldValue] = [:]
        do {
            values = try FieldArguments.parse(pairs, definitions: definitions, departments: departments)
        } catch {
            for problem in error.problems { checkClean(problem, "FieldArguments") }
        }
        for problem in FieldRules.problems(values, definitions: definitions) { checkClean(problem.message, "FieldRules") }
        _ = FieldEncoding.body(values, definitions: definitions)
        if let page = try? ResponseDecoder().fieldDefinitionPage(data) {
            let defs = FieldCatalog(definitions: page.definitions).formFields(for: .case)
            for problem in FieldRules.problems([:], definitions: defs) { checkClean(problem.sentence, "FieldRules (decoded)") }
            var pager = FieldPager()
            pager.take(page)
            pager.take(page)
            invariant(pager.next == nil || !page.definitions.isEmpty, "FieldPager goes on after an empty page")
        }
    }

    static func checkClean(_ text: String, _ context: String) {
        invariant(!Sanitizer.needsCleaning(text), "\(context): needs cleaning: \(escapedDebug(text))")
        invariant(SanitizerChecks.dangerous(in: text, multiline: false) == nil, "\(context): holds a control: \(escapedDebug(text))")
    }
}
