/// What a cell means, not how it looks: the terminal driver maps each role to colours
/// (8 or 256 colours) or to plain attributes (monochrome, `NO_COLOR`, `TERM=vt100`).
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case header        // the top bar
    case sandbox       // the SANDBOX badge
    case title         // pane and section titles
    case border        // box lines of unfocused panes
    case focusBorder   // box lines of the focused pane
    case label         // field labels
    case input         // text being edited
    case selected      // the highlighted row of a list
    case dim           // secondary text
    case help          // the key help line
    case error
    case warning
    case success
    case accent        // numbers, ids, keys in help
}

/// The look of one cell: a role plus attributes that hold in colour and in monochrome.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let normal = Style()
    /// A key named in help or a hint ("Esc", "r"); nothing else is drawn in this style, so a test
    /// can find every key a screen names.
    public static let key = Style(.accent, bold: true)
}
