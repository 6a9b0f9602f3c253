extension TextEditor {
    /// The text soft-wrapped as it is drawn at `width` columns, one string per visual row.
    public func wrappedRows(width: Int) -> [String] {
        EditorLayout(self, width: width).rows.map { String(chars[$0.range]) }
    }

    /// The cursor's position inside a rect of `size` (column, row), after scrolling to keep it visible.
    public func cursorPosition(in size: Size) -> Point {
        let layout = EditorLayout(self, width: size.width)
        return cursorPosition(layout, top: layout.top(from: top, cursor: cursor, height: size.height))
    }

    private func cursorPosition(_ layout: EditorLayout, top t: Int) -> Point {
        let (row, x) = layout.position(of: cursor)
        return Point(x: x, y: row - t)
    }

    /// Draws the wrapped text scrolled to show the cursor; when focused, sets `canvas.cursor`.
    public func render(into canvas: inout Canvas, in rect: Rect, focused: Bool) {
        guard !rect.isEmpty else { return }
        let style = Style(.input)
        canvas.fill(rect, style: style)
        var cursorAt = Point(x: 0, y: 0)
        if chars.isEmpty, !placeholder.isEmpty {
            let lines = Wrap.lines(placeholder, width: rect.width)
            for (i, line) in lines.prefix(rect.height).enumerated() {
                canvas.put(line, x: rect.x, y: rect.y + i, style: Style(.dim), maxWidth: rect.width)
            }
        } else {
            let layout = EditorLayout(self, width: rect.width)
            let t = layout.top(from: top, cursor: cursor, height: rect.height)
            for i in 0..<rect.height where t + i < layout.rows.count {
                let r = layout.rows[t + i].range
                canvas.put(String(chars[r]), x: rect.x, y: rect.y + i, style: style, maxWidth: rect.width)
            }
            cursorAt = cursorPosition(layout, top: t)
        }
        if focused {
            canvas.cursor = Point(x: rect.x + cursorAt.x, y: rect.y + cursorAt.y)
        }
    }
}
