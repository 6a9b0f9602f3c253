/// One terminal cell: a grapheme cluster, its width, and its style.
/// A wide character occupies its cell (width 2) and the next one (width 0, text "").
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
}
