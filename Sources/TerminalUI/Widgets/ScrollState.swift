/// The scroll position of a read-only pane of lines.
public struct ScrollState: Equatable, Sendable {
    /// First visible line.
    public private(set) var offset: Int

    /// Scrolled to the top.
    public init() { offset = 0 }

    /// Scrolls for ↑/↓, PgUp/PgDn, Home/End and the wheel; true if the offset changed.
    public mutating func handle(_ key: Key, contentHeight: Int, viewportHeight: Int) -> Bool {
        let before = offset
        let page = max(1, viewportHeight - 1)
        switch key {
        case .up, .ctrl("p"): offset -= 1
        case .down, .ctrl("n"): offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .home: offset = 0
        case .end: offset = Int.max / 2
        case .wheelUp: offset -= ListState.wheelStep
        case .wheelDown: offset += ListState.wheelStep
        default: return false
        }
        clamp(contentHeight: contentHeight, viewportHeight: viewportHeight)
        return offset != before
    }

    /// Scrolls so that `line` is the first visible line, as far as the content allows.
    public mutating func scroll(to line: Int, contentHeight: Int, viewportHeight: Int) {
        offset = Self.clamped(line, contentHeight: contentHeight, viewportHeight: viewportHeight)
    }

    /// Keeps the offset in `0...max(0, contentHeight - viewportHeight)`.
    public mutating func clamp(contentHeight: Int, viewportHeight: Int) {
        offset = Self.clamped(offset, contentHeight: contentHeight, viewportHeight: viewportHeight)
    }

    /// `offset` limited to the valid range for this content and viewport.
    public func clampedOffset(contentHeight: Int, viewportHeight: Int) -> Int {
        Self.clamped(offset, contentHeight: contentHeight, viewportHeight: viewportHeight)
    }

    static func clamped(_ o: Int, contentHeight: Int, viewportHeight: Int) -> Int {
        min(max(0, o), max(0, contentHeight - max(0, viewportHeight)))
    }
}
