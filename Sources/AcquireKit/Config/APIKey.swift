/// The API key. Printing it, interpolating it or dumping it shows only a masked form;
/// `secret` is read in exactly one place, where the Authorization header is built.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself. Never log, print or put it into an error.
    public let secret: String

    /// Wraps a key (surrounding whitespace removed).
    public init(_ secret: String) {
        self.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `••••••••1a2b` for a long key (its last four characters), `••••••••` for a short one.
    public var masked: String {
        secret.count >= 16 ? "••••••••" + secret.suffix(4) : "••••••••"
    }

    public var description: String { masked }
    public var debugDescription: String { "APIKey(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
