import AcquireKit

extension AppState {
    /// The channels offered (enabled ones; "chat" alone until the list is loaded).
    public var channelChoices: [Channel] {
        guard let channels = channels.value else { return [Channel(id: "chat", name: "Chat", enabled: true)] }
        let enabled = channels.filter(\.enabled)
        return enabled.isEmpty ? channels : enabled
    }

    /// "No agent: automatic routing" then the agents matching the picker's filter.
    public var agentChoices: [AgentChoice] {
        let f = compose.picker?.kind == .agent ? compose.picker?.filter.text ?? "" : ""
        var out = [AgentChoice(id: 0, name: AppState.noAgentName, status: "")]
        for a in agents.value ?? [] where matches(f, a.name, a.email ?? "", a.status) {
            out.append(AgentChoice(id: a.id, name: a.name, status: a.status))
        }
        if !f.isEmpty, !matches(f, AppState.noAgentName) { out.removeFirst() }
        return out
    }

    /// The shortcuts matching the picker's filter.
    public var shortcutChoices: [MessageShortcut] {
        let f = compose.picker?.kind == .shortcut ? compose.picker?.filter.text ?? "" : ""
        return (shortcuts.value ?? []).filter { matches(f, $0.name, $0.message, $0.group ?? "") }
    }

    /// The agents to mention, matching the `@` list's filter.
    public var mentionChoices: [AgentChoice] {
        let f = compose.picker?.kind == .mention ? compose.picker?.filter.text ?? "" : ""
        return AgentMatching.filter(agents.value ?? [], f).map { AgentChoice(id: $0.id, name: $0.name, status: $0.status) }
    }

    /// "New case (no reopen)" then the contact's latest cases.
    public var reopenChoices: [CaseRecord?] { [nil] + (compose.cases.value ?? []) }

    /// Rows in the open picker.
    var pickerCount: Int {
        switch compose.picker?.kind {
        case .channel: return channelChoices.count
        case .agent: return agentChoices.count
        case .shortcut: return shortcutChoices.count
        case .reopen: return reopenChoices.count
        case .mention: return mentionChoices.count
        case nil: return 0
        }
    }

    private func matches(_ filter: String, _ texts: String...) -> Bool {
        let f = filter.trimmingCharacters(in: .whitespaces)
        if f.isEmpty { return true }
        return texts.contains { $0.localizedCaseInsensitiveContains(f) }
    }
}
