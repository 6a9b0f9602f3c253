import AcquireKit
import TerminalUI

/// The key maps of every screen: they dispatch keys in `update` and write the help line and overlay,
/// so the help can never disagree with what the keys do.
public enum KeyMaps {
    /// The bindings in force for the state (overlay first, else the screen and its focus).
    public static func bindings(for s: AppState) -> [CommandBinding] {
        if let overlay = s.overlay {
            switch overlay {
            case .help:
                return [CommandBinding(.closeOverlay, [.escape, .function(1), .char("?"), .enter], "close"),
                        CommandBinding(.quit, [.ctrl("c")], "quit")]
            case .quitConfirm:
                return [
                    CommandBinding(.quitKeepDraft, [.char("y")], "quit, keep the draft"),
                    CommandBinding(.quitDiscardDraft, [.char("d")], "discard and quit"),
                    CommandBinding(.stay, [.char("n"), .escape], "stay"),
                    CommandBinding(.quitKeepDraft, [.ctrl("c")], "quit", inHelpLine: false),
                ]
            case .draftOffer:
                return [
                    CommandBinding(.restoreDraft, [.char("r"), .enter], "restore"),
                    CommandBinding(.discardDraft, [.ctrl("d")], "discard"),   // no word starts with it: typing never discards
                    CommandBinding(.quit, [.ctrl("c")], "quit"),
                ]
            }
        }
        var b: [CommandBinding]
        switch s.screen {
        case .contact: b = contact(s)
        case .newContact: b = newContact(s)
        case .compose: b = compose(s)
        case .review: b = review(s)
        case .sending: b = sending(s)
        case .result: b = result
        }
        b.append(CommandBinding(.help, s.textInputFocused ? [.function(1)] : [.char("?"), .function(1)], "help"))
        b.append(CommandBinding(.quit, [.ctrl("c")], "quit", inHelpLine: s.screen != .result))
        b.append(CommandBinding(.suspend, [.ctrl("z")], "suspend", inHelpLine: false))
        return b
    }

    /// The key map (help line and overlay) for the state.
    public static func keyMap(for s: AppState) -> KeyMap {
        KeyMap(bindings(for: s).map(\.binding))
    }

    /// The bottom help line: the first key of each binding, most useful first (the main action,
    /// the way back, help), then the rest as they fit, quit last.
    public static func helpLine(for s: AppState, width: Int) -> StyledText {
        let all = bindings(for: s)
        func rank(_ i: Int, _ b: CommandBinding) -> Int {
            switch b.command {
            case .back, .closeOverlay, .stay: return 1
            case .help: return 2
            case .quit, .quitNow: return 4
            default: return i == 0 ? 0 : 3
            }
        }
        let ordered = all.enumerated().sorted { a, b in
            let ra = rank(a.offset, a.element), rb = rank(b.offset, b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }
        let short = ordered.map { KeyBinding(Array($0.element.binding.keys.prefix(1)), $0.element.binding.help,
                                             inHelpLine: $0.element.binding.inHelpLine) }
        return KeyMap(short).helpLine(width: width)
    }

    /// The command a key triggers in this state, if any.
    public static func command(for key: Key, in s: AppState) -> Command? {
        let b = bindings(for: s)
        if let hit = b.first(where: { $0.binding.matches(key) }) { return hit.command }
        // Letter commands work with Caps Lock or Shift too, where no text input takes them.
        if case .char(let c) = key, c.isUppercase, !s.textInputFocused {
            let lower = Key.char(Character(c.lowercased()))
            return b.first(where: { $0.binding.matches(lower) })?.command
        }
        return nil
    }

    static func contact(_ s: AppState) -> [CommandBinding] {
        // A search that found nobody: Enter opens the new contact form (started from the query).
        let nobody = !s.search.showsRecent && s.search.rows.isEmpty && s.search.request == .none
            && s.search.failedQuery == nil && s.search.found != nil && !s.search.isWaitingForPause
            && s.search.typedId?.explicit != true
        return [
            nobody ? CommandBinding(.newContact, [.enter], "new contact") : CommandBinding(.pick, [.enter], "pick"),
            CommandBinding(.clearQuery, [.escape], "clear"),
            CommandBinding(.newContact, [.function(2), .ctrl("n")], "new contact", inHelpLine: !nobody),
        ]
    }

    static func newContact(_ s: AppState) -> [CommandBinding] {
        guard let nc = s.newContact else { return [CommandBinding(.back, [.escape], "back")] }
        switch nc.phase {
        case .editing:
            if let d = FieldFormStep.pickerDefinition(nc.form, s.newContactFields) { return fieldPicker(d) }
            var b = [
                CommandBinding(.createContact, [.ctrl("r"), .function(10)], "create"),
                CommandBinding(.nextField, [.tab], "next"),
                CommandBinding(.previousField, [.backTab], "previous", inHelpLine: false),
            ]
            b += fieldRow(s.newContactFields, focus: nc.form.focus)
            b.append(CommandBinding(.back, [.escape], "back"))
            return b
        case .matches:
            return [CommandBinding(.choose, [.enter], "use this contact"), CommandBinding(.back, [.escape], "back to the form")]
        case .notSettled:
            return [CommandBinding(.lookAgain, [.char("l")], "look again"), CommandBinding(.back, [.escape], "back to the form")]
        case .failed:
            return [CommandBinding(.back, [.escape], "back to the form")]
        case .checking, .creating, .settling:
            return []
        }
    }

    /// The keys of a focused field row: a list on radio, checkbox and department rows, Enter moves on from text.
    static func fieldRow(_ fields: [FieldDefinition], focus: Int) -> [CommandBinding] {
        guard fields.indices.contains(focus) else { return [] }
        if fields[focus].kind == .text { return [CommandBinding(.nextField, [.enter], "next field", inHelpLine: false)] }
        return [CommandBinding(.openPicker, [.enter, .char(" ")], fields[focus].kind == .checkbox ? "tick options" : "choose")]
    }

    /// The keys of a field's open list: a checkbox ticks with Space and closes with Enter.
    static func fieldPicker(_ d: FieldDefinition) -> [CommandBinding] {
        if d.kind == .checkbox {
            return [CommandBinding(.choose, [.enter], "done"), CommandBinding(.toggleOption, [.char(" ")], "tick"),
                    CommandBinding(.closeOverlay, [.escape], "close")]
        }
        return [CommandBinding(.choose, [.enter], "choose"), CommandBinding(.closeOverlay, [.escape], "close")]
    }

    static func compose(_ s: AppState) -> [CommandBinding] {
        if let d = FieldFormStep.pickerDefinition(s.compose.fields, s.caseFields) { return fieldPicker(d) }
        if let picker = s.compose.picker {
            var b = [
                CommandBinding(.choose, [.enter], picker.kind == .shortcut ? "insert" : picker.kind == .reopen ? "reopen this"
                                   : picker.kind == .mention ? "mention" : "choose"),
                CommandBinding(.closeOverlay, [.escape], "close"),
            ]
            return b
        }
        var b: [CommandBinding] = [
            CommandBinding(.review, [.ctrl("r"), .function(10)], "review"),
            CommandBinding(.nextField, [.tab], "next"),
            CommandBinding(.previousField, [.backTab], "previous", inHelpLine: false),
        ]
        switch s.compose.focus {
        case .title:
            b.append(CommandBinding(.nextField, [.enter], "next field", inHelpLine: false))
        case .message:
            break
        case .channel:
            b.append(CommandBinding(.openPicker, [.enter, .char(" ")], "list"))
            b.append(CommandBinding(.nextChannel, [.right], "→ next channel", inHelpLine: false))
            b.append(CommandBinding(.previousChannel, [.left], "← previous channel", inHelpLine: false))
        case .agent:
            b.append(CommandBinding(.openPicker, [.enter, .char(" ")], "choose agent"))
        case .fields:
            b += fieldRow(s.caseFields, focus: s.compose.fields.focus)
        }
        // The editor opens from any field (the empty message box says so); the help line shows it in the message.
        b.append(CommandBinding(.openEditor, [.function(4), .ctrl("o")], "editor", inHelpLine: s.compose.focus == .message))
        b.append(CommandBinding(.insertShortcut, [.function(3), .ctrl("t")], "shortcut"))
        b.append(CommandBinding(.toggleNote, [.function(6)], s.compose.messageType == .note ? "send as message" : "send as note"))
        b.append(CommandBinding(.chooseReopen, [.function(7)], "reopen a case"))
        b.append(CommandBinding(.back, [.escape], "back"))
        return b
    }

    static func review(_ s: AppState) -> [CommandBinding] {
        var b: [CommandBinding] = []
        if s.problems.isEmpty, s.sending.countdown == 0 {
            b.append(CommandBinding(.submit, [.enter], s.sending.unconfirmed ? "send again" : "submit"))
        }
        b.append(CommandBinding(.back, [.escape], s.problems.isEmpty ? "back" : "back to fix"))
        return b
    }

    static func sending(_ s: AppState) -> [CommandBinding] {
        switch s.sending.phase {
        case .inFlight:
            return [CommandBinding(.cancelSend, [.escape, .ctrl("x")], "cancel")]
        case .checking, .idle:
            return []
        case .notConfirmed:
            return [
                CommandBinding(.retry, [.char("r")], "resend"),
                CommandBinding(.lookAgain, [.char("l")], "look again"),
                CommandBinding(.back, [.escape], "back"),
            ]
        case .failed:
            var b: [CommandBinding] = []
            if s.sending.retryAllowed { b.append(CommandBinding(.retry, [.char("r")], "retry")) }
            b.append(CommandBinding(.back, [.escape], "back"))
            return b
        }
    }

    static let result: [CommandBinding] = [
        CommandBinding(.newSameContact, [.char("n")], "new case"),
        CommandBinding(.newOtherContact, [.char("a")], "other contact"),
        CommandBinding(.nextPane, [.tab], "pane"),
        CommandBinding(.previousPane, [.backTab], "previous pane", inHelpLine: false),
        CommandBinding(.quitNow, [.char("q")], "quit"),
    ]
}
