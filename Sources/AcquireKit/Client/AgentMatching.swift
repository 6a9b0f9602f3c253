import Foundation

/// Finding agents by what an agent types: for mentions (`@` in the editor, `create --mention AGENT`). Pure.
public enum AgentMatching {
    /// Agents whose name or email contains `typed` (case- and accent-insensitively), those whose name
    /// starts with it first; all agents, in their order, when `typed` is blank.
    public static func filter(_ agents: [Agent], _ typed: String) -> [Agent] {
        let needle = fold(typed)
        guard !needle.isEmpty else { return agents }
        let hits = agents.filter { fold($0.name).contains(needle) || fold($0.email ?? "").contains(needle) }
        return hits.filter { fold($0.name).hasPrefix(needle) } + hits.filter { !fold($0.name).hasPrefix(needle) }
    }

    /// The one agent `text` names: by id, by email, by whole name, else the only one whose name or
    /// email contains it. Otherwise a sentence saying what went wrong and which agents there are.
    public static func resolve(_ text: String, in agents: [Agent]) -> Result<Agent, MentionError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        let raw = t.hasPrefix("@") ? String(t.dropFirst()) : t
        if let id = Int(raw), let agent = agents.first(where: { $0.id == id }) { return .success(agent) }
        let needle = fold(raw)
        if let agent = agents.first(where: { fold($0.email ?? "") == needle && !needle.isEmpty }) { return .success(agent) }
        let whole = agents.filter { fold($0.name) == needle }
        if whole.count == 1 { return .success(whole[0]) }
        let partial = whole.isEmpty ? filter(agents, raw) : whole
        if partial.count == 1, !needle.isEmpty { return .success(partial[0]) }
        let shown = Sanitizer.clean(raw)
        func list(_ a: [Agent]) -> String { a.prefix(8).map { "\($0.name) (\($0.id))" }.joined(separator: ", ") }
        if needle.isEmpty || partial.isEmpty {
            return .failure(MentionError(message: "No agent matches \"\(shown)\"; give an id, an email or a name: \(list(agents))."))
        }
        return .failure(MentionError(message: "\"\(shown)\" matches \(partial.count) agents (\(list(partial))); give the id or the email."))
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }
}

/// Why a mention could not be resolved to one agent.
public struct MentionError: Error, Equatable, Sendable {
    public var message: String
    public init(message: String) {
        self.message = message
    }
}
