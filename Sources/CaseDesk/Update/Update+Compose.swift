import AcquireKit
import Foundation
import TerminalUI

/// A key the compose key map did not take: the open picker, else the focused field.
func composeKey(_ s: inout AppState, _ key: Key) -> [Effect] {
    if s.compose.picker != nil { return pickerKey(&s, key) }
    switch s.compose.focus {
    case .title:
        guard s.compose.title.handle(key) == .edited else { return [] }
        return draftChanged(&s)
    case .message:
        let vp = Layout.messageViewport(s.size, hasError: s.compose.hasError)
        if case .wheelUp = key { for _ in 0..<3 { _ = s.compose.message.handle(.up, viewport: vp) }; return [] }
        if case .wheelDown = key { for _ in 0..<3 { _ = s.compose.message.handle(.down, viewport: vp) }; return [] }
        guard s.compose.message.handle(key, viewport: vp) == .edited else { return [] }
        return draftChanged(&s)
    case .channel, .agent:
        return []
    }
}

/// Tab / Shift-Tab (and Enter in the title): the next or previous field.
func moveFocus(_ s: inout AppState, forward: Bool) -> [Effect] {
    guard s.screen == .compose, s.compose.picker == nil else { return [] }
    let all = ComposeField.allCases
    let i = all.firstIndex(of: s.compose.focus) ?? 0
    s.compose.focus = all[(i + (forward ? 1 : all.count - 1)) % all.count]
    return []
}

/// Opens a chooser with the current choice highlighted; shortcuts are loaded the first time.
func openPicker(_ s: inout AppState, _ kind: PickerKind) -> [Effect] {
    s.compose.picker = PickerState(kind: kind)
    let pickerRows = s.pickerCount
    s.compose.picker?.list = ListState(count: pickerRows)
    var out: [Effect] = []
    switch kind {
    case .channel:
        if let i = s.channelChoices.firstIndex(where: { $0.id == s.compose.channel }) { s.compose.picker?.list.selected = i }
    case .agent:
        if let i = s.agentChoices.firstIndex(where: { $0.id == s.compose.agentId }) { s.compose.picker?.list.selected = i }
        if s.agents == nil, !s.agentsLoading { s.agentsLoading = true; out.append(.loadAgents) }
    case .shortcut:
        if s.shortcuts == nil { out.append(.loadShortcuts(search: "")) }
    }
    let page = Layout.pickerPageSize(s.size, rows: s.pickerCount)
    s.compose.picker?.list.scrollToSelection(pageSize: page)
    return out
}

/// Keys in an open picker: movement, else the filter.
func pickerKey(_ s: inout AppState, _ key: Key) -> [Effect] {
    guard var p = s.compose.picker else { return [] }
    if p.list.handle(key, pageSize: Layout.pickerPageSize(s.size, rows: s.pickerCount)) {
        s.compose.picker = p
        return []
    }
    guard p.kind != .channel, p.filter.handle(key) == .edited else { return [] }
    s.compose.picker = p
    let pickerRows = s.pickerCount
    s.compose.picker?.list = ListState(count: pickerRows)
    return []
}

/// Enter in a picker: take the highlighted entry.
func choose(_ s: inout AppState) -> [Effect] {
    guard let p = s.compose.picker else { return [] }
    let i = p.list.selected
    switch p.kind {
    case .channel:
        let list = s.channelChoices
        guard i < list.count else { return [] }
        s.compose.channel = list[i].id
    case .agent:
        let list = s.agentChoices
        guard i < list.count else { return [] }
        s.compose.agentId = list[i].id
    case .shortcut:
        let list = s.shortcutChoices
        guard i < list.count else { return [] }
        s.compose.message.insert(list[i].message)
        s.compose.focus = .message
    }
    s.compose.picker = nil
    return draftChanged(&s)
}

/// ← / → on the channel field.
func cycleChannel(_ s: inout AppState, forward: Bool) -> [Effect] {
    let list = s.channelChoices
    guard !list.isEmpty else { return [] }
    let i = list.firstIndex(where: { $0.id == s.compose.channel }) ?? (forward ? -1 : 0)
    s.compose.channel = list[(i + (forward ? 1 : list.count - 1) + list.count) % list.count].id
    return draftChanged(&s)
}

/// The external editor is done: its text replaces the message (a failure leaves it as it was).
func editorAnswered(_ s: inout AppState, _ result: Result<String, EditorFailure>) -> [Effect] {
    switch result {
    case .success(let text):
        var t = text.replacingOccurrences(of: "\r\n", with: "\n")
        while t.hasSuffix("\n") { t.removeLast() }   // editors add a final newline
        s.compose.editorError = nil
        guard t != s.compose.message.text else { return [] }
        s.compose.message.text = t
        s.compose.focus = .message
        return draftChanged(&s)
    case .failure(let f):
        s.compose.editorError = f
        return []
    }
}

/// A draft from an earlier run is restored into the form.
func restoreDraft(_ s: inout AppState) -> [Effect] {
    guard case .draftOffer(let d) = s.overlay else { return [] }
    s.overlay = nil
    if let id = d.contactId { s.contact = ContactRef(id: id, name: d.contactName ?? "#\(id)") }
    s.compose.title.text = d.title
    s.compose.message.text = d.message
    s.compose.channel = d.channel.isEmpty ? "chat" : d.channel
    s.compose.agentId = d.agentId
    s.compose.focus = d.title.isEmpty ? .title : .message
    s.screen = s.contact == nil ? .contact : .compose
    return []
}

extension ComposeState {
    /// True when an error line is shown under the form.
    var hasError: Bool { error != nil || editorError != nil }
}
