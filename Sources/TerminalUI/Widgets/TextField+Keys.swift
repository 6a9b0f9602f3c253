extension TextField {
    /// What a key does in a text field (typed characters are inserted and are not in the map).
    public enum Action: Hashable, Sendable, CaseIterable {
        case left, right, wordLeft, wordRight, home, end
        case deleteBack, deleteForward, cutToEnd, cutToStart, deleteWordBack
    }

    /// The field's keys, as `handle` dispatches them and the help lists them.
    public static let keyMap = ActionMap<Action>([
        .init(.left, [.left, .ctrl("b")], "back a character"),
        .init(.right, [.right, .ctrl("f")], "forward a character"),
        .init(.wordLeft, [.wordLeft, .alt("b")], "back a word"),
        .init(.wordRight, [.wordRight, .alt("f")], "forward a word"),
        .init(.home, [.home, .ctrl("a")], "start of the line"),
        .init(.end, [.end, .ctrl("e")], "end of the line"),
        .init(.deleteBack, [.backspace, .ctrl("h")], "delete back"),
        .init(.deleteForward, [.delete, .ctrl("d")], "delete forward"),
        .init(.cutToEnd, [.ctrl("k")], "cut to the end"),
        .init(.cutToStart, [.ctrl("u")], "cut to the start"),
        .init(.deleteWordBack, [.ctrl("w"), .alt("\u{7F}")], "delete a word back"),
    ])
}
