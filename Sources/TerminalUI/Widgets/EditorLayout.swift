/// The text of a `TextEditor` soft-wrapped into visual rows for one width.
struct EditorLayout {
    /// One visual row: grapheme indices into the editor's text, and whether it ends a logical line.
    struct Row: Equatable {
        var range: Range<Int>
        var endsLine: Bool
    }

    let rows: [Row]
    let widths: [Int]
    let width: Int

    /// Wraps each logical line at spaces when it can, never splitting a character. When a line's
    /// last row is full, an empty row follows it so the cursor at the line's end stays inside.
    init(_ editor: TextEditor, width: Int) {
        let chars = editor.chars
        let w = max(1, width)
        self.width = w
        let widths = editor.widths
        self.widths = widths
        var rows: [Row] = []
        var start = 0
        while true {
            let end = chars[start...].firstIndex(of: "\n") ?? chars.count
            let line = Array(chars[start..<end])
            let lineWidths = Array(widths[start..<end])
            var ranges = Wrap.rowRanges(line, widths: lineWidths, width: w)
                .map { ($0.lowerBound + start)..<($0.upperBound + start) }
            if ranges.isEmpty { ranges = [start..<start] }
            if let last = ranges.last, !last.isEmpty, widths[last].reduce(0, +) + 1 > w {
                ranges.append(end..<end)
            }
            for (k, r) in ranges.enumerated() {
                rows.append(Row(range: r, endsLine: k == ranges.count - 1))
            }
            if end == chars.count { break }
            start = end + 1
        }
        self.rows = rows
    }

    /// The visual row holding grapheme index `i`, and the cursor's display column in it.
    func position(of i: Int) -> (row: Int, x: Int) {
        // The last row starting at or before i (rows are in text order).
        var lo = 0, hi = rows.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if rows[mid].range.lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        let start = rows[lo].range.lowerBound
        let x = widths[start..<min(i, widths.count)].reduce(0, +)
        return (lo, x)
    }

    /// The last index the cursor can take in a row: its end for the last row of a line,
    /// else just before the row's last character (which then shows at the row's end).
    func lastIndex(row: Int) -> Int {
        let r = rows[row]
        return r.endsLine || r.range.isEmpty ? r.range.upperBound : r.range.upperBound - 1
    }

    /// The index in `row` closest to display column `x` without passing it.
    func index(row: Int, x: Int) -> Int {
        let r = rows[row]
        let limit = lastIndex(row: row)
        var i = r.range.lowerBound
        var used = 0
        while i < limit, used + widths[i] <= x, !(widths[i] == 0 && used == x && i > r.range.lowerBound) {
            used += widths[i]
            i += 1
        }
        return i
    }

    /// The first visible row for a viewport of `height` rows: as close to `current` as possible
    /// while showing the cursor and not scrolling past the end.
    func top(from current: Int, cursor: Int, height: Int) -> Int {
        let h = max(1, height)
        let row = position(of: cursor).row
        var t = min(max(0, current), max(0, rows.count - h))
        if row < t { t = row }
        if row >= t + h { t = row - h + 1 }
        return t
    }
}
