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

    /// Why the key cannot be an HTTP header value (`Bearer KEY`), or nil when it can: only
    /// visible ASCII, no spaces. Says where, never what.
    public var headerProblem: String? {
        for (i, u) in secret.unicodeScalars.enumerated() {
            let at = "character \(i + 1) of \(secret.unicodeScalars.count)"
            switch u.value {
            case 0x0A, 0x0D: return "it has more than one line (a line break at \(at))"
            case 0x20, 0x09: return "it contains a space or tab (\(at))"
            case 0x00..<0x20, 0x7F: return "it contains a control character (\(at))"
            case 0x80...: return "it contains a non-ASCII character (\(at))"
            default: continue
            }
        }
        return nil
    }

    public var description: String { masked }
    public var debugDescription: String { "APIKey(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
