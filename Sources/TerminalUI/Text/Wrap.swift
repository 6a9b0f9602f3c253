/// Word wrapping by display width: breaks at spaces when it can, hard-breaks words longer than a line.
public enum Wrap {
    /// `text` cut into lines no wider than `width` (a lone wide character may exceed a width of 1); "\n" always starts a new line.
    public static func lines(_ text: String, width: Int) -> [String] {
        let styled = lines(StyledText(text), width: width)
        return styled.map(\.plain)
    }

    /// Styled text cut into lines no wider than `width`, keeping each character's style.
    public static func lines(_ text: StyledText, width: Int) -> [StyledText] {
        var out: [StyledText] = []
        var paragraph: [(Character, Style)] = []
        for run in text.runs {
            for c in run.text {
                if c == "\n" || c == "\r\n" || c == "\r" {
                    out += wrapParagraph(paragraph, width: width)
                    paragraph = []
                } else {
                    paragraph.append((c, run.style))
                }
            }
        }
        out += wrapParagraph(paragraph, width: width)
        return out
    }

    /// Index ranges of `widths` forming rows no wider than `width`, breaking after spaces when possible.
    /// Each row holds at least one element, so an element wider than `width` gets a row of its own.
    static func rowRanges(_ chars: [Character], widths: [Int], width: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var start = 0
        let n = chars.count
        let limit = max(1, width)
        while start < n {
            var used = 0
            var end = start
            while end < n, used + widths[end] <= limit || end == start {
                used += widths[end]
                end += 1
            }
            if end < n {
                // Break after the last space in the row, if the row has something before it.
                var k = end
                while k > start, !chars[k - 1].isWhitespace { k -= 1 }
                if k > start { end = k }
            }
            rows.append(start..<end)
            start = end
        }
        return rows
    }

    static func wrapParagraph(_ chars: [(Character, Style)], width: Int) -> [StyledText] {
        if chars.isEmpty { return [.empty] }
        let cs = chars.map(\.0)
        let ws = cs.map { TextWidth.of($0) }
        var out: [StyledText] = []
        let rows = rowRanges(cs, widths: ws, width: width)
        for (i, r) in rows.enumerated() {
            var slice = Array(chars[r])
            // Spaces at a soft break are dropped: trailing on every row but the last, leading on later rows.
            if i < rows.count - 1 { while let last = slice.last, last.0 == " " { slice.removeLast() } }
            if i > 0 { while let first = slice.first, first.0 == " " { slice.removeFirst() } }
            var line = StyledText.empty
            for (c, s) in slice {
                if let last = line.runs.last, last.style == s {
                    line.runs[line.runs.count - 1].text.append(c)
                } else {
                    line.runs.append(.init(String(c), s))
                }
            }
            out.append(line)
        }
        return out
    }
}
