/// Selection and scroll position for any list of rows; the rows themselves live elsewhere.
public struct ListState: Equatable, Sendable {
    private var _count: Int
    private var _selected: Int
    /// First visible row, as last set by `handle` or `scrollToSelection`.
    public private(set) var offset: Int

    /// A list of `count` rows with the first one selected.
    public init(count: Int = 0) {
        _count = max(0, count)
        _selected = 0
        offset = 0
    }

    /// Number of rows; setting it clamps the selection and the offset.
    public var count: Int {
        get { _count }
        set {
            _count = max(0, newValue)
            _selected = Self.clamp(_selected, _count)
            offset = min(offset, max(0, _count - 1))
        }
    }

    /// The highlighted row, always in `0..<count` (0 when empty).
    public var selected: Int {
        get { _selected }
        set { _selected = Self.clamp(newValue, _count) }
    }

    /// Rows moved by one mouse wheel notch.
    public static let wheelStep = 3

    /// What a key does in a list.
    public enum Action: Hashable, Sendable, CaseIterable {
        case up, down, pageUp, pageDown, first, last, wheelUp, wheelDown
    }

    /// The list's keys, as `handle` dispatches them and the help lists them.
    public static let keyMap = ActionMap<Action>([
        .init(.up, [.up, .ctrl("p")], "previous row"),
        .init(.down, [.down, .ctrl("n")], "next row"),
        .init(.pageUp, [.pageUp], "up a page"),
        .init(.pageDown, [.pageDown], "down a page"),
        .init(.first, [.home], "first row"),
        .init(.last, [.end], "last row"),
        .init(.wheelUp, [.wheelUp(Point(x: 0, y: 0))], "scroll up"),
        .init(.wheelDown, [.wheelDown(Point(x: 0, y: 0))], "scroll down"),
    ])

    /// Moves the selection for a key of `ListState.keyMap`; true if anything moved.
    public mutating func handle(_ key: Key, pageSize: Int) -> Bool {
        guard let action = Self.keyMap.action(for: key) else { return false }
        return perform(action, pageSize: pageSize)
    }

    /// Does one action of the key map; true if anything moved.
    public mutating func perform(_ action: Action, pageSize: Int) -> Bool {
        let before = (_selected, offset)
        let page = max(1, pageSize)
        switch action {
        case .up: selected = _selected - 1
        case .down: selected = _selected + 1
        case .pageUp: selected = _selected - page
        case .pageDown: selected = _selected + page
        case .first: selected = 0
        case .last: selected = _count - 1
        case .wheelUp:
            offset = max(0, offset - Self.wheelStep)
            if _selected >= offset + page { _selected = Self.clamp(offset + page - 1, _count) }
        case .wheelDown:
            offset = max(0, min(offset + Self.wheelStep, _count - page))
            if _selected < offset { _selected = Self.clamp(offset, _count) }
        }
        scrollToSelection(pageSize: page)
        return before != (_selected, offset)
    }

    /// Moves `offset` the least needed to show the selection in a page of `pageSize` rows.
    public mutating func scrollToSelection(pageSize: Int) {
        offset = Self.offset(offset, selected: _selected, count: _count, pageSize: pageSize)
    }

    /// The rows to draw in a page of `pageSize` rows, always including the selection.
    public func visibleRange(pageSize: Int) -> Range<Int> {
        let page = max(0, pageSize)
        let first = Self.offset(offset, selected: _selected, count: _count, pageSize: page)
        return first..<min(_count, first + page)
    }

    static func clamp(_ value: Int, _ count: Int) -> Int {
        count == 0 ? 0 : min(max(0, value), count - 1)
    }

    static func offset(_ current: Int, selected: Int, count: Int, pageSize: Int) -> Int {
        let page = max(1, pageSize)
        var o = min(max(0, current), max(0, count - page))
        if selected < o { o = selected }
        if selected >= o + page { o = selected - page + 1 }
        return max(0, o)
    }
}
