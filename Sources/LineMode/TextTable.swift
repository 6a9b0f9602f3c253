import AcquireKit
import TerminalUI

/// An aligned plain-text table for listings: columns padded by display width (CJK and emoji are
/// two columns, combining marks none), each cell made safe and cut to a width with an ellipsis.
public struct TextTable: Sendable {
    /// Column titles, printed in capitals as the first row.
    public var headers: [String]
    public var rows: [[String]]
    /// The widest a cell may be, in columns.
    public var maxCellWidth: Int

    public init(headers: [String], rows: [[String]], maxCellWidth: Int = 40) {
        self.headers = headers
        self.rows = rows
        self.maxCellWidth = maxCellWidth
    }

    /// The table as lines (no trailing blanks), header first; two spaces between columns.
    public var lines: [String] {
        let cells = ([headers.map { $0.uppercased() }] + rows).map { row in
            row.map { TextWidth.truncate(Sanitizer.clean($0), to: maxCellWidth) }
        }
        let count = headers.count
        var widths = [Int](repeating: 0, count: count)
        for row in cells {
            for (i, cell) in row.prefix(count).enumerated() { widths[i] = max(widths[i], TextWidth.of(cell)) }
        }
        return cells.map { row in
            var line = ""
            for i in 0..<count {
                let cell = i < row.count ? row[i] : ""
                line += cell
                if i < count - 1 { line += String(repeating: " ", count: widths[i] - TextWidth.of(cell) + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The table as one string ending in a newline.
    public var text: String { lines.map { $0 + "\n" }.joined() }
}
