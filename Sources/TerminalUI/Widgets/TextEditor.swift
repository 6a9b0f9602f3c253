/// A multi-line text editor with soft wrap at the width it is drawn in.
/// The text is kept as one array of grapheme clusters with "\n" between lines.
public struct TextEditor: Equatable, Sendable {
    private(set) var chars: [Character]
    /// Display width of each character, kept in step with `chars`.
    private(set) var widths: [Int]
    /// Cursor as an index into `chars` (0...chars.count).
    var cursor: Int
    /// Display column kept by ↑/↓ and PgUp/PgDn across shorter rows.
    var goalX: Int?
    /// First visible visual row, as of the last `handle`.
    var top: Int
    /// Shown dimmed while the editor is empty.
    public var placeholder: String

    /// An editor holding `text` with the cursor at its end.
    public init(_ text: String = "", placeholder: String = "") {
        chars = Array(TextSanitizer.multiLine(text))
        widths = chars.map { TextWidth.of($0) }
        cursor = chars.count
        goalX = nil
        top = 0
        self.placeholder = placeholder
    }

    /// The text, lines separated by "\n"; setting it moves the cursor to the end.
    public var text: String {
        get { String(chars) }
        set {
            chars = Array(TextSanitizer.multiLine(newValue))
            widths = chars.map { TextWidth.of($0) }
            cursor = chars.count
            goalX = nil
        }
    }

    /// The logical line of the cursor (0-based).
    public var cursorLine: Int { chars[..<cursor].reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }

    /// The cursor's grapheme index in its line.
    public var cursorColumn: Int { cursor - lineStart(cursor) }

    /// Number of logical lines (an empty editor has one).
    public var lineCount: Int { chars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }

    /// True when there is no text at all.
    public var isEmpty: Bool { chars.isEmpty }

    /// The logical lines.
    public var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Moves the cursor to a logical line and column, clamped to the text.
    public mutating func moveCursor(line: Int, column: Int) {
        var start = 0
        var l = 0
        while l < line, let nl = chars[start...].firstIndex(of: "\n") {
            start = nl + 1
            l += 1
        }
        let end = chars[start...].firstIndex(of: "\n") ?? chars.count
        cursor = start + min(max(0, column), end - start)
        goalX = nil
    }

    /// Inserts text at the cursor, as a paste: "\r\n" and "\r" become "\n", tabs become spaces.
    public mutating func insert(_ s: String) {
        _ = insertClean(TextSanitizer.multiLine(s))
    }

    /// Inserts already sanitized text; false if there was nothing to insert.
    mutating func insertClean(_ clean: String) -> Bool {
        guard !clean.isEmpty else { return false }
        goalX = nil
        // Splice with one neighbour on each side so that combining marks join their base.
        let lo = max(0, cursor - 1)
        let hi = min(chars.count, cursor + 1)
        let head = String(chars[lo..<cursor]) + clean
        let merged = Array(head + String(chars[cursor..<hi]))
        replace(lo..<hi, with: merged)
        cursor = min(lo + head.count, lo + merged.count)
        return true
    }

    /// Deletes `range` of grapheme indices and puts the cursor at its start.
    mutating func delete(_ range: Range<Int>) {
        replace(range, with: [])
        cursor = range.lowerBound
        goalX = nil
        // The characters now side by side may form one cluster (a base and a lone combining mark).
        let i = range.lowerBound
        if i > 0, i < chars.count {
            let joined = Array(String(chars[i - 1]) + String(chars[i]))
            if joined.count == 1 {
                replace(i - 1..<i + 1, with: joined)
                cursor = i - 1
            }
        }
    }

    /// Replaces characters and their widths together.
    private mutating func replace(_ range: Range<Int>, with new: [Character]) {
        chars.replaceSubrange(range, with: new)
        widths.replaceSubrange(range, with: new.map { TextWidth.of($0) })
    }

    func lineStart(_ i: Int) -> Int {
        var k = min(i, chars.count)
        while k > 0, chars[k - 1] != "\n" { k -= 1 }
        return k
    }

    func lineEnd(_ i: Int) -> Int {
        var k = max(0, i)
        while k < chars.count, chars[k] != "\n" { k += 1 }
        return k
    }
}
