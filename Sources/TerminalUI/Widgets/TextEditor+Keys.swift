extension TextEditor {
    /// What a key does in the editor (typed characters are inserted and are not in the map).
    public enum Action: Hashable, Sendable, CaseIterable {
        case newline, left, right, wordLeft, wordRight, up, down, pageUp, pageDown
        case rowStart, rowEnd, lineStart, lineEnd
        case deleteBack, deleteForward, cutToEnd, cutToStart, deleteWordBack
    }

    /// The editor's keys, as `handle` dispatches them and the help lists them.
    public static let keyMap = ActionMap<Action>([
        .init(.newline, [.enter, .ctrl("j"), .ctrl("m")], "new line"),
        .init(.left, [.left, .ctrl("b")], "back a character"),
        .init(.right, [.right, .ctrl("f")], "forward a character"),
        .init(.wordLeft, [.wordLeft, .alt("b")], "back a word"),
        .init(.wordRight, [.wordRight, .alt("f")], "forward a word"),
        .init(.up, [.up, .ctrl("p")], "up a row"),
        .init(.down, [.down, .ctrl("n")], "down a row"),
        .init(.pageUp, [.pageUp], "up a page"),
        .init(.pageDown, [.pageDown], "down a page"),
        .init(.rowStart, [.home], "start of the row"),
        .init(.rowEnd, [.end], "end of the row"),
        .init(.lineStart, [.ctrl("a")], "start of the line"),
        .init(.lineEnd, [.ctrl("e")], "end of the line"),
        .init(.deleteBack, [.backspace, .ctrl("h")], "delete back"),
        .init(.deleteForward, [.delete, .ctrl("d")], "delete forward"),
        .init(.cutToEnd, [.ctrl("k")], "cut to line end"),
        .init(.cutToStart, [.ctrl("u")], "cut to line start"),
        .init(.deleteWordBack, [.ctrl("w"), .alt("\u{7F}")], "delete a word back"),
    ])

    /// Edits or moves for one key; `viewport` is the size the editor is drawn in (for wrapping,
    /// ↑/↓ by visual row and PgUp/PgDn). Typed characters are inserted; other keys go through
    /// `TextEditor.keyMap` (Tab, Esc and keys not in it are ignored).
    public mutating func handle(_ key: Key, viewport: Size) -> EditResult {
        let result: EditResult
        if case .char(let c) = key {
            result = insertClean(TextSanitizer.multiLine(String(c))) ? .edited : .ignored
        } else if let action = Self.keyMap.action(for: key) {
            result = apply(action, viewport: viewport)
        } else {
            result = .ignored
        }
        if result != .ignored { scrollToCursor(viewport: viewport) }
        return result
    }

    private mutating func apply(_ action: Action, viewport: Size) -> EditResult {
        switch action {
        case .newline:
            _ = insertClean("\n")
            return .edited
        case .deleteBack:
            guard cursor > 0 else { return .ignored }
            delete(cursor - 1..<cursor)
            return .edited
        case .deleteForward:
            guard cursor < chars.count else { return .ignored }
            delete(cursor..<cursor + 1)
            return .edited
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .wordLeft: return move(to: Words.start(before: cursor, in: chars))
        case .wordRight: return move(to: Words.end(after: cursor, in: chars))
        case .lineStart: return move(to: lineStart(cursor))
        case .lineEnd: return move(to: lineEnd(cursor))
        case .rowStart: return move(to: rowHome(width: viewport.width))
        case .rowEnd: return move(to: rowEnd(width: viewport.width))
        case .up: return moveRows(-1, width: viewport.width)
        case .down: return moveRows(1, width: viewport.width)
        case .pageUp:
            top = max(0, top - max(1, viewport.height))
            return moveRows(-max(1, viewport.height), width: viewport.width)
        case .pageDown:
            top += max(1, viewport.height)
            return moveRows(max(1, viewport.height), width: viewport.width)
        case .cutToEnd:
            let end = lineEnd(cursor)
            if end > cursor { delete(cursor..<end); return .edited }
            guard end < chars.count else { return .ignored }
            delete(cursor..<cursor + 1)  // at the end of a line: join the next one
            return .edited
        case .cutToStart:
            let start = lineStart(cursor)
            guard start < cursor else { return .ignored }
            delete(start..<cursor)
            return .edited
        case .deleteWordBack:
            let start = Words.start(before: cursor, in: chars)
            guard start < cursor else { return .ignored }
            delete(start..<cursor)
            return .edited
        }
    }

    private mutating func move(to i: Int) -> EditResult {
        let target = min(max(0, i), chars.count)
        goalX = nil
        guard target != cursor else { return .ignored }
        cursor = target
        return .moved
    }

    /// Moves by `delta` visual rows, keeping the goal column; past the first or last row,
    /// goes to the start or end of the text.
    private mutating func moveRows(_ delta: Int, width: Int) -> EditResult {
        let layout = EditorLayout(self, width: width)
        let (row, x) = layout.position(of: cursor)
        let goal = goalX ?? x
        let target = row + delta
        let old = cursor
        if target < 0 {
            cursor = 0
            goalX = nil
        } else if target >= layout.rows.count {
            cursor = chars.count
            goalX = nil
        } else {
            cursor = layout.index(row: target, x: goal)
            goalX = goal
        }
        return cursor == old ? .ignored : .moved
    }

    private func rowHome(width: Int) -> Int {
        let layout = EditorLayout(self, width: width)
        return layout.rows[layout.position(of: cursor).row].range.lowerBound
    }

    private func rowEnd(width: Int) -> Int {
        let layout = EditorLayout(self, width: width)
        return layout.lastIndex(row: layout.position(of: cursor).row)
    }

    /// Scrolls the stored top row the least needed to show the cursor in `viewport`.
    mutating func scrollToCursor(viewport: Size) {
        let layout = EditorLayout(self, width: viewport.width)
        top = layout.top(from: top, cursor: cursor, height: viewport.height)
    }
}
