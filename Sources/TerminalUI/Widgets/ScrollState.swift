/// The scroll position of a read-only pane of lines.
public struct ScrollState: Equatable, Sendable {
    /// First visible line.
    public private(set) var offset: Int

    /// Scrolled to the top.
    public init() { offset = 0 }

    /// What a key does in a scrolling pane.
    public enum Action: Hashable, Sendable, CaseIterable {
        case up, down, pageUp, pageDown, top, bottom, wheelUp, wheelDown
    }

    /// The pane's keys, as `handle` dispatches them and the help lists them.
    public static let keyMap = ActionMap<Action>([
        .init(.up, [.up, .ctrl("p")], "scroll up a line"),
        .init(.down, [.down, .ctrl("n")], "scroll down a line"),
        .init(.pageUp, [.pageUp], "up a page"),
        .init(.pageDown, [.pageDown], "down a page"),
        .init(.top, [.home], "top"),
        .init(.bottom, [.end], "bottom"),
        .init(.wheelUp, [.wheelUp(Point(x: 0, y: 0))], "scroll up"),
        .init(.wheelDown, [.wheelDown(Point(x: 0, y: 0))], "scroll down"),
    ])

    /// Scrolls for a key of `ScrollState.keyMap`; true if the offset changed.
    public mutating func handle(_ key: Key, contentHeight: Int, viewportHeight: Int) -> Bool {
        guard let action = Self.keyMap.action(for: key) else { return false }
        let before = offset
        let page = max(1, viewportHeight - 1)
        switch action {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .top: offset = 0
        case .bottom: offset = Int.max / 2
        case .wheelUp: offset -= ListState.wheelStep
        case .wheelDown: offset += ListState.wheelStep
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
