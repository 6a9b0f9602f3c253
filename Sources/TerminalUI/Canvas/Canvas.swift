/// A grid of cells that `view()` draws into and the terminal driver copies to the screen.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes after drawing; nil hides it.
    public var cursor: Point?
    public var glyphs: BoxGlyphs

    /// A blank canvas of `size` cells drawing boxes with `glyphs`.
    public init(size: Size, glyphs: BoxGlyphs = .unicode) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
        self.cursor = nil
        self.glyphs = glyphs
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at (x, y); a blank cell outside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        var cell = cell
        if cell.width == 1, let standIn = glyphs.symbols[cell.text] { cell.text = standIn }
        let i = y * width + x
        let old = cells[i]
        if old.width == 0, x > 0 { cells[i - 1] = Cell(" ", style: cells[i - 1].style) }
        if old.width == 2, x + 1 < width { cells[i + 1] = Cell(" ", style: cells[i + 1].style) }
        if cell.width == 2 {
            if x + 1 >= width {
                cells[i] = Cell(" ", style: cell.style)
                return
            }
            let next = cells[i + 1]
            if next.width == 2, x + 2 < width { cells[i + 2] = Cell(" ", style: cells[i + 2].style) }
            cells[i] = cell
            cells[i + 1] = Cell("", width: 0, style: cell.style)
        } else {
            cells[i] = cell
        }
    }

    /// Writes `text` from (x, y), clipped to `maxWidth` columns and the canvas edge.
    /// Returns the number of columns written. Text is expected to be sanitized already.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        var col = 0
        // Cell by cell: a cluster with several spacing characters (a Devanagari conjunct) takes several.
        let parts = text.lazy.flatMap { TextWidth.cells(of: $0) }
        for (part, w) in parts {
            if w == 0 {
                // A lone combining mark: attach it to the previous cell if there is one.
                if col > 0 {
                    var px = x + col - 1
                    if self[px, y].width == 0 { px -= 1 }
                    if px >= 0 {
                        var prev = self[px, y]
                        prev.text += part
                        cells[y * width + px] = prev
                    }
                }
                continue
            }
            if col + w > limit {
                if w == 2 && col < limit, x + col >= 0 { set(x: x + col, y: y, Cell(" ", style: style)); col += 1 }
                break
            }
            if x + col >= 0 {
                set(x: x + col, y: y, Cell(part, width: UInt8(w), style: style))
            }
            col += w
        }
        return max(0, col)
    }

    /// Writes `text` cut with an ellipsis to fit `maxWidth` columns.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int) -> Int {
        let cut = TextWidth.truncate(text, to: maxWidth)
        return put(cut, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY {
            for xx in r.x..<r.maxX { set(x: xx, y: yy, Cell(" ", style: style)) }
        }
    }

    /// Draws a box around `rect` with an optional title in the top line.
    public mutating func box(_ rect: Rect, style: Style = Style(.border), title: String? = nil, titleStyle: Style = Style(.title, bold: true)) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = glyphs
        let h = String(g.horizontal)
        for xx in (rect.x + 1)..<(rect.maxX - 1) {
            put(h, x: xx, y: rect.y, style: style)
            put(h, x: xx, y: rect.maxY - 1, style: style)
        }
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            put(String(g.vertical), x: rect.x, y: yy, style: style)
            put(String(g.vertical), x: rect.maxX - 1, y: yy, style: style)
        }
        put(String(g.topLeft), x: rect.x, y: rect.y, style: style)
        put(String(g.topRight), x: rect.maxX - 1, y: rect.y, style: style)
        put(String(g.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
        put(String(g.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            putTruncated(" \(title) ", x: rect.x + 1, y: rect.y, style: titleStyle, maxWidth: rect.width - 2)
        }
    }

    /// The screen as plain text, one line per row, trailing blanks removed (for snapshots).
    public func plainText() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for yy in 0..<height {
            var line = ""
            for xx in 0..<width {
                let c = cells[yy * width + xx]
                if c.width == 0 { continue }
                line += c.text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        let x1 = min(width, r.maxX), y1 = min(height, r.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
