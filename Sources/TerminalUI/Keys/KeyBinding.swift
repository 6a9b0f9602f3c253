/// One entry of a key map: the keys, what they do, and whether the help line shows it.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var help: String
    public var inHelpLine: Bool

    /// A binding of `keys` described by `help` ("submit", "back").
    public init(_ keys: [Key], _ help: String, inHelpLine: Bool = true) {
        self.keys = keys
        self.help = help
        self.inHelpLine = inHelpLine
    }

    /// True if `key` is one of the keys; mouse events match whatever their position.
    public func matches(_ key: Key) -> Bool {
        keys.contains { Self.same($0, key) }
    }

    /// The keys as shown in help: "Enter", "↑/↓", "^C".
    public var keysLabel: String {
        keys.map(\.displayName).joined(separator: "/")
    }

    static func same(_ a: Key, _ b: Key) -> Bool {
        switch (a, b) {
        case (.wheelUp, .wheelUp), (.wheelDown, .wheelDown), (.click, .click): return true
        default: return a == b
        }
    }
}
