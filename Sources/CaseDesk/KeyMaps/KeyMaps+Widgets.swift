import TerminalUI

extension KeyMaps {
    /// The keys the focused widgets take in this state (the list, the query, the title field, the
    /// message editor, a scrolling pane), from the widgets' own key maps, for the help overlay.
    /// `update` hands these keys to the same widgets.
    public static func widgetBindings(for s: AppState) -> [KeyBinding] {
        if s.overlay != nil { return [] }
        switch s.screen {
        case .contact:
            // Home/End move in the list while the query is empty, and edit the query otherwise.
            let list = ListState.keyMap.without(s.search.query.isEmpty ? [] : [.first, .last])
            let query = TextField.keyMap.without(s.search.query.isEmpty ? [.home, .end] : [])
            return list.bindings + query.bindings
        case .newContact:
            guard let nc = s.newContact else { return [] }
            if case .matches = nc.phase { return ListState.keyMap.bindings }
            if nc.form.picker != nil { return ListState.keyMap.bindings }
            guard case .editing = nc.phase, s.newContactFields.indices.contains(nc.form.focus),
                  s.newContactFields[nc.form.focus].kind == .text else { return [] }
            return TextField.keyMap.bindings
        case .compose:
            if s.compose.fields.picker != nil { return ListState.keyMap.bindings }
            if let picker = s.compose.picker {
                let list = ListState.keyMap.bindings
                guard picker.kind.hasFilter else { return list }
                return list + TextField.keyMap.without([.home, .end]).bindings
            }
            switch s.compose.focus {
            case .title: return TextField.keyMap.bindings
            case .message: return TextEditor.keyMap.bindings
            case .channel, .agent: return []
            case .fields:
                let f = s.caseFields
                return f.indices.contains(s.compose.fields.focus) && f[s.compose.fields.focus].kind == .text
                    ? TextField.keyMap.bindings : []
            }
        case .review, .result: return ScrollState.keyMap.bindings
        case .sending: return []
        }
    }

    /// The first key of the command on the screen (under any overlay), as the help line names it
    /// ("Esc"); nil when no key triggers it there.
    public static func key(_ command: Command, in s: AppState) -> String? {
        var screen = s
        screen.overlay = nil
        return bindings(for: screen).first { $0.command == command }?.binding.keys.first?.displayName
    }

    /// Every key of the command in this state, as "Esc, F1, ? or Enter"; nil when unbound.
    public static func keys(_ command: Command, in s: AppState) -> String? {
        guard let b = bindings(for: s).first(where: { $0.command == command }) else { return nil }
        let names = b.binding.keys.map(\.displayName)
        guard names.count > 1 else { return names.first }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }

    /// A hint inside a screen: each command's first key in the key style and its words after it
    /// ("r resends, l looks again"), the parts joined by `separator`, ending with `end`. A command
    /// that is not bound in this state is left out, so a hint never names a key that does nothing.
    public static func hint(_ parts: [(Command, String)], in s: AppState, separator: String = ", ", end: String = "",
                            style: Style = .normal) -> [StyledText] {
        var out: [StyledText] = []
        let bound = parts.compactMap { part in key(part.0, in: s).map { ($0, part.1) } }
        for (i, (k, words)) in bound.enumerated() {
            out.append(StyledText([(k, .key), (" " + words + (i == bound.count - 1 ? end : separator), style)]))
        }
        return out
    }
}
