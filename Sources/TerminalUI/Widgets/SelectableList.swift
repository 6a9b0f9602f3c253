/// Draws the visible rows of a `ListState`: the selected row reversed across the width with a
/// marker in its first column; each row's cells are drawn by `row` from the column after the marker.
public enum SelectableList {
    /// The style of a row, selected or not.
    public static func style(selected: Bool) -> Style {
        selected ? Style(.selected, reverse: true) : .normal
    }

    /// Draws the page of rows that fits `rect` (one row per line), keeping the selection visible.
    public static func draw(_ canvas: inout Canvas, in rect: Rect, list: ListState,
                            row: (inout Canvas, _ index: Int, _ cells: Rect, _ style: Style) -> Void) {
        guard !rect.isEmpty else { return }
        for (i, index) in list.visibleRange(pageSize: rect.height).enumerated() {
            let y = rect.y + i
            let selected = index == list.selected
            let style = style(selected: selected)
            if selected {
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                canvas.put("▸", x: rect.x, y: y, style: style)
            }
            row(&canvas, index, Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1), style)
        }
    }
}
