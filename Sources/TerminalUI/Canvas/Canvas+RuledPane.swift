/// A pane drawn as a title rule over its lines, with no side or bottom border: a pane as wide as
/// the screen then has whole screen rows, which the terminal can scroll (curses' `idlok` uses the
/// scroll region), so a line scrolled costs about the new line's text.
public enum RuledPane {
    /// The rows under the rule: where the lines go.
    public static func content(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    }

    /// The rule's position label, "12/80 ": the last visible item and the number of items, where
    /// an item is `linesPerItem` lines (a visit is two); nil when everything fits.
    public static func position(top: Int, visible: Int, lines: Int, linesPerItem: Int = 1) -> String? {
        guard lines > visible else { return nil }
        let per = max(1, linesPerItem)
        let last = min(lines, top + visible)
        return "\((last + per - 1) / per)/\((lines + per - 1) / per)"
    }
}

extension Canvas {
    /// Draws `lines` scrolled to `scroll` under a rule "─ Title ──── 12/80 ─" (`RuledPane.position`).
    /// The focused pane's rule has the focus colour (bold in monochrome) and a `▸` before its title.
    /// The position is drawn in the normal style: moving a line changes a digit or two and no
    /// attribute.
    public mutating func ruledPane(_ lines: [StyledText], in rect: Rect, scroll: ScrollState, title: String,
                                   focused: Bool, linesPerItem: Int = 1) {
        guard rect.width >= 4, rect.height >= 1 else { return }
        fill(rect)
        let rule = Style(focused ? .focusBorder : .border)
        let h = String(glyphs.horizontal)
        for x in rect.x..<rect.maxX { put(h, x: x, y: rect.y, style: rule) }
        let content = RuledPane.content(rect)
        let top = scroll.clampedOffset(contentHeight: lines.count, viewportHeight: content.height)
        var right = rect.maxX - 1
        if let label = RuledPane.position(top: top, visible: content.height, lines: lines.count, linesPerItem: linesPerItem) {
            let w = TextWidth.of(label) + 2
            if w <= rect.width / 2 {
                right -= w
                put(" \(label) ", x: right, y: rect.y, maxWidth: w)
            }
        }
        put(focused ? "▸" : " ", x: rect.x + 1, y: rect.y, style: rule)
        putTruncated(title + " ", x: rect.x + 2, y: rect.y, style: Style(.title, bold: true), maxWidth: max(0, right - rect.x - 2))
        for row in 0..<content.height where top + row < lines.count {
            put(lines[top + row], x: content.x, y: content.y + row, maxWidth: content.width)
        }
    }
}
