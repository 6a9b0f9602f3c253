import AcquireKit
import Foundation
import LineMode

/// Acquire's agents, read once, and `--agent` / `--mention` values picked from them.
struct AgentList {
    let api: any AcquireAPI
    private var loaded: [Agent]?

    init(api: any AcquireAPI) {
        self.api = api
    }

    /// The one agent `text` names, or exit 2 listing the candidates.
    mutating func pick(_ text: String, flag: String) async throws -> Int {
        let agents: [Agent]
        if let loaded { agents = loaded } else {
            let api = self.api
            agents = try await call { try await api.agents() }
            loaded = agents
        }
        switch CaseChoices.agent(text, in: agents) {
        case .one(let a): return a.id
        case .none:
            throw ScriptFailure.usage("\(flag): no agent matches \"\(Sanitizer.clean(text))\". Give an id, e-mail or name (`acquire-cases agents` lists them)\(flag == "--agent" ? ", or auto" : "").")
        case .several(let many):
            let table = TextTable(headers: ["id", "name", "email"], rows: many.prefix(CreateResolver.maxCandidates).map { [String($0.id), $0.name, $0.email ?? ""] })
            throw ScriptFailure.usage("\(flag): \(many.count) agents match \"\(Sanitizer.clean(text))\"; give one by id or e-mail:\n"
                                      + indent(table.lines) + more(many.count))
        }
    }
}

/// `--field KEY=VALUE` read against the workspace's case field definitions with the shared rules:
/// unknown keys, options and departments, required fields left out and malformed e-mail addresses
/// all exit 2 with the definitions' own messages.
struct CreateFields {
    let api: any AcquireAPI

    /// The body's `fields`.
    func resolve(_ pairs: [String]) async throws -> [String: FieldWireValue] {
        let catalog: FieldCatalog
        do { catalog = try await api.fieldDefinitions() } catch let e as AcquireError {
            // Definitions that cannot be read are a warning, not a blocked create, unless fields were given.
            guard pairs.isEmpty else { throw ScriptFailure(e) }
            printError("warning: the case fields could not be read (\(e.message)); the case is sent without them.")
            return [:]
        }
        if let warning = catalog.warning { printError("warning: \(warning)") }
        let definitions = catalog.formFields(for: .case)
        var departments: [Department] = []
        if !pairs.isEmpty, definitions.contains(where: { $0.kind == .department }) {
            departments = (try? await api.departments()) ?? []
        }
        let values: [String: FieldValue]
        do { values = try FieldArguments.parse(pairs, definitions: definitions, departments: departments) } catch {
            throw ScriptFailure.usage(error.problems.map { "--field: " + $0 }.joined(separator: "\n"))
        }
        let problems = FieldRules.problems(values, definitions: definitions)
        if !problems.isEmpty {
            throw ScriptFailure.usage(problems.map { "--field \($0.key) (\($0.label)): \($0.message)" }.joined(separator: "\n")
                                      + "\nGive them with --field KEY=VALUE.")
        }
        return FieldEncoding.body(values, definitions: definitions)
    }
}
