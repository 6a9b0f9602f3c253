/// A line made of styled runs of text.
public struct StyledText: Equatable, Sendable {
    /// One run of text in one style.
    public struct Run: Equatable, Sendable {
        public var text: String
        public var style: Style
        /// A run of `text` drawn in `style`.
        public init(_ text: String, _ style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    /// The runs, left to right.
    public var runs: [Run]

    /// A line from (text, style) pairs, in order.
    public init(_ runs: [(String, Style)]) {
        self.runs = runs.map { Run($0.0, $0.1) }
    }

    /// A line from runs.
    public init(runs: [Run]) {
        self.runs = runs
    }

    /// A line in one style.
    public init(_ text: String, style: Style = .normal) {
        self.runs = [Run(text, style)]
    }

    /// An empty line.
    public static let empty = StyledText(runs: [])

    /// Display width in terminal columns.
    public var width: Int { runs.reduce(0) { $0 + TextWidth.of($1.text) } }

    /// The text without styles.
    public var plain: String { runs.map(\.text).joined() }

    /// Appends a run.
    public mutating func append(_ text: String, style: Style = .normal) {
        runs.append(Run(text, style))
    }

    /// Appends all runs of another line.
    public mutating func append(_ other: StyledText) {
        runs += other.runs
    }

    /// Two lines one after the other.
    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        StyledText(runs: lhs.runs + rhs.runs)
    }
}
