extension TextEditor {
    /// Edits or moves for one key; `viewport` is the size the editor is drawn in (for wrapping,
    /// ↑/↓ by visual row and PgUp/PgDn). Tab, Esc and other keys are ignored.
    public mutating func handle(_ key: Key, viewport: Size) -> EditResult {
        let result = apply(key, viewport: viewport)
        if result != .ignored { scrollToCursor(viewport: viewport) }
        return result
    }

    private mutating func apply(_ key: Key, viewport: Size) -> EditResult {
        switch key {
        case .char(let c):
            return insertClean(TextSanitizer.multiLine(String(c))) ? .edited : .ignored
        case .enter, .ctrl("j"), .ctrl("m"):
            _ = insertClean("\n")
            return .edited
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return .ignored }
            delete(cursor - 1..<cursor)
            return .edited
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return .ignored }
            delete(cursor..<cursor + 1)
            return .edited
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .wordLeft, .alt("b"): return move(to: Words.start(before: cursor, in: chars))
        case .wordRight, .alt("f"): return move(to: Words.end(after: cursor, in: chars))
        case .ctrl("a"): return move(to: lineStart(cursor))
        case .ctrl("e"): return move(to: lineEnd(cursor))
        case .home: return move(to: rowHome(width: viewport.width))
        case .end: return move(to: rowEnd(width: viewport.width))
        case .up, .ctrl("p"): return moveRows(-1, width: viewport.width)
        case .down, .ctrl("n"): return moveRows(1, width: viewport.width)
        case .pageUp:
            top = max(0, top - max(1, viewport.height))
            return moveRows(-max(1, viewport.height), width: viewport.width)
        case .pageDown:
            top += max(1, viewport.height)
            return moveRows(max(1, viewport.height), width: viewport.width)
        case .ctrl("k"):
            let end = lineEnd(cursor)
            if end > cursor { delete(cursor..<end); return .edited }
            guard end < chars.count else { return .ignored }
            delete(cursor..<cursor + 1)  // at the end of a line: join the next one
            return .edited
        case .ctrl("u"):
            let start = lineStart(cursor)
            guard start < cursor else { return .ignored }
            delete(start..<cursor)
            return .edited
        case .ctrl("w"), .alt("\u{7F}"):
            let start = Words.start(before: cursor, in: chars)
            guard start < cursor else { return .ignored }
            delete(start..<cursor)
            return .edited
        default:
            return .ignored
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
