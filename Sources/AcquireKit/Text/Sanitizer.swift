import TextSafety

/// Turns untrusted server text into text that is safe to put on a terminal.
///
/// C0 controls become caret escapes (`^[`), DEL becomes `^?`; C1 controls and everything
/// `ControlCharacters` calls invisible (bidi controls, separators, zero-width characters,
/// fillers, tags outside a flag, a joiner that joins nothing) become `\u{XXXX}`.
/// Printable text of any script, combining marks and emoji (with their ZWJ joins)
/// is left alone, and cleaning twice changes nothing.
public enum Sanitizer {
    /// Cleans a one-line value: every control (tabs become a space) is made visible.
    public static func clean(_ s: String) -> String {
        sanitize(s, multiline: false)
    }

    /// Cleans a message body: keeps "\n", turns "\r\n" and "\r" into "\n" and a tab into four spaces.
    public static func cleanMultiline(_ s: String) -> String {
        sanitize(s, multiline: true)
    }

    /// Whether `s` holds a scalar that `clean` would escape (a tab counts; "\n" only when `multiline` is false).
    public static func needsCleaning(_ s: String, multiline: Bool = false) -> Bool {
        let scalars = Array(s.unicodeScalars)
        for i in scalars.indices where action(for: scalars, at: i, multiline: multiline) != nil {
            return true
        }
        return false
    }

    /// Whether `scalar` may never appear in cleaned text (joiners and tags aside, which depend on their neighbours).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let kind = ControlCharacters.kind(of: scalar)
        return kind == .c0 || kind == .c1 || kind == .invisible
    }

    // MARK: - Implementation

    private enum Action: Equatable {
        case caret(Unicode.Scalar)
        case escape
        case replace(String)
        case drop
    }

    private static func sanitize(_ s: String, multiline: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var firstChange: Int?
        for i in scalars.indices where action(for: scalars, at: i, multiline: multiline) != nil {
            firstChange = i
            break
        }
        guard let start = firstChange else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<start])
        for i in start..<scalars.count {
            switch action(for: scalars, at: i, multiline: multiline) {
            case nil: out.append(scalars[i])
            case .caret(let c):
                out.append("^")
                out.append(c)
            case .escape:
                out.append(contentsOf: escaped(scalars[i].value).unicodeScalars)
            case .replace(let text):
                out.append(contentsOf: text.unicodeScalars)
            case .drop:
                break
            }
        }
        return String(out)
    }

    private static func action(for scalars: [Unicode.Scalar], at i: Int, multiline: Bool) -> Action? {
        let v = scalars[i].value
        switch v {
        case 0x0A:
            return multiline ? nil : .caret("J")
        case 0x0D:
            guard multiline else { return .caret("M") }
            if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { return .drop }
            return .replace("\n")
        case 0x09:
            return .replace(multiline ? "    " : " ")
        case 0x00..<0x20:
            return .caret(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            return .caret("?")
        default:
            return ControlCharacters.isShownRaw(scalars, at: i) ? nil : .escape
        }
    }

    private static func escaped(_ v: UInt32) -> String {
        var hex = String(v, radix: 16, uppercase: true)
        if hex.count < 2 { hex = "0" + hex }
        return "\\u{\(hex)}"
    }
}
