/// A one-line text input that scrolls horizontally to keep the cursor in view.
public struct TextField: Equatable, Sendable {
    private var chars: [Character]
    /// Cursor position as a grapheme index in `0...text.count`.
    public private(set) var cursor: Int
    /// Shown dimmed while the field is empty.
    public var placeholder: String

    /// A field holding `text` with the cursor at its end.
    public init(_ text: String = "", placeholder: String = "") {
        chars = Array(TextSanitizer.singleLine(text))
        cursor = chars.count
        self.placeholder = placeholder
    }

    /// The text; setting it moves the cursor to the end.
    public var text: String {
        get { String(chars) }
        set {
            chars = Array(TextSanitizer.singleLine(newValue))
            cursor = chars.count
        }
    }

    /// True when there is no text.
    public var isEmpty: Bool { chars.isEmpty }

    /// Moves the cursor to grapheme index `i`, clamped to the text.
    public mutating func moveCursor(to i: Int) {
        cursor = min(max(0, i), chars.count)
    }

    /// Inserts text at the cursor; newlines and tabs become spaces, control characters are dropped.
    public mutating func insert(_ s: String) {
        let clean = TextSanitizer.singleLine(s)
        guard !clean.isEmpty else { return }
        let head = String(chars[..<cursor]) + clean
        let merged = Array(head + String(chars[cursor...]))
        cursor = min(Array(head).count, merged.count)
        chars = merged
    }

    /// Typed characters are inserted; every other key goes through `TextField.keyMap`.
    public mutating func handle(_ key: Key) -> EditResult {
        if case .char(let c) = key {
            let before = chars
            insert(String(c))
            return chars == before ? .ignored : .edited
        }
        guard let action = Self.keyMap.action(for: key) else { return .ignored }
        return perform(action)
    }

    /// Does one action of the key map.
    public mutating func perform(_ action: Action) -> EditResult {
        switch action {
        case .deleteBack:
            guard cursor > 0 else { return .ignored }
            chars.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .deleteForward:
            guard cursor < chars.count else { return .ignored }
            chars.remove(at: cursor)
            return .edited
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home: return move(to: 0)
        case .end: return move(to: chars.count)
        case .wordLeft: return move(to: Words.start(before: cursor, in: chars))
        case .wordRight: return move(to: Words.end(after: cursor, in: chars))
        case .cutToEnd:
            guard cursor < chars.count else { return .ignored }
            chars.removeSubrange(cursor...)
            return .edited
        case .cutToStart:
            guard cursor > 0 else { return .ignored }
            chars.removeSubrange(..<cursor)
            cursor = 0
            return .edited
        case .deleteWordBack:
            let start = Words.start(before: cursor, in: chars)
            guard start < cursor else { return .ignored }
            chars.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        }
    }

    private mutating func move(to i: Int) -> EditResult {
        let target = min(max(0, i), chars.count)
        guard target != cursor else { return .ignored }
        cursor = target
        return .moved
    }

    /// The first grapheme index shown in a field `width` columns wide: the cursor stays visible,
    /// with up to a third of the width of text after it when the text overflows.
    public func scrollOffset(width: Int) -> Int {
        guard width > 0 else { return cursor }
        let widths = chars.map { TextWidth.of($0) }
        let tail = widths[cursor...].reduce(0, +)
        let cursorCell = cursor < chars.count ? max(1, widths[cursor]) : 1
        let right = max(cursorCell, min(tail + 1, width / 3))  // +1: the cell after the text
        var start = cursor
        var used = right
        while start > 0, used + widths[start - 1] <= width {
            used += widths[start - 1]
            start -= 1
        }
        return start
    }

    /// The style of the field's empty part: underlined blanks mark where typing goes.
    public static let blankStyle = Style(.input, underline: true)

    /// Draws the field on the first row of `rect` and, when focused, puts the terminal cursor in it;
    /// `fromStart` shows the text's start whatever the cursor (an unfocused field in a form).
    /// The text is drawn in plain `.input` (the terminal's own attributes) and only the empty rest
    /// of the field is underlined: a typed character then replaces an underlined blank with a
    /// plain character, which costs the terminal that one character and no attribute changes.
    public func render(into canvas: inout Canvas, in rect: Rect, focused: Bool, fromStart: Bool = false) {
        guard !rect.isEmpty else { return }
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: Self.blankStyle)
        if chars.isEmpty, !placeholder.isEmpty {
            canvas.putTruncated(placeholder, x: rect.x, y: rect.y, style: Style(.dim), maxWidth: rect.width)
        } else {
            let start = fromStart ? 0 : scrollOffset(width: rect.width)
            canvas.put(String(chars[start...]), x: rect.x, y: rect.y, style: Style(.input), maxWidth: rect.width)
        }
        if focused {
            let start = scrollOffset(width: rect.width)
            let x = chars[start..<cursor].reduce(0) { $0 + TextWidth.of($1) }
            canvas.cursor = Point(x: rect.x + min(x, rect.width - 1), y: rect.y)
        }
    }
}
