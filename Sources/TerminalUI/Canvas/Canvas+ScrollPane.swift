extension Canvas {
    /// Draws a boxed pane of lines scrolled to `scroll`, with a " 12/80 " position in the bottom
    /// border (last visible line / total) when the content is taller than the pane.
    public mutating func scrollPane(_ lines: [StyledText], in rect: Rect, scroll: ScrollState, title: String?, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(rect)
        // Not bold: in colour the focused border differs by its colour, and leaving bold takes a
        // full attribute reset on every scrolled line (monochrome makes `.focusBorder` bold itself).
        let border = Style(focused ? .focusBorder : .border)
        box(rect, style: border, title: title)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let top = scroll.clampedOffset(contentHeight: lines.count, viewportHeight: inner.height)
        for row in 0..<inner.height where top + row < lines.count {
            put(lines[top + row], x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        if lines.count > inner.height {
            let last = min(lines.count, top + inner.height)
            let label = " \(last)/\(lines.count) "
            let w = TextWidth.of(label)
            if w <= rect.width - 2 {
                put(label, x: rect.maxX - 1 - w, y: rect.maxY - 1, style: Style(.accent), maxWidth: w)
            }
        }
    }
}
