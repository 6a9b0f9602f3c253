/// Turns untrusted server text into text that is safe to put on a terminal.
///
/// C0 controls become caret escapes (`^[`), DEL becomes `^?`, C1 controls, bidi
/// controls, line/paragraph separators and zero-width characters become `\u{XXXX}`.
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

    /// Whether `scalar` may never appear in cleaned text (ZWJ aside, which depends on its neighbours).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || isInvisibleFormat(v)
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
        case 0x80...0x9F:
            return .escape
        case 0x200D:
            return joinsEmoji(scalars, at: i) ? nil : .escape
        default:
            return isInvisibleFormat(v) ? .escape : nil
        }
    }

    /// Bidi controls, line/paragraph separators, zero-width and invisible formatting characters.
    private static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF: return true
        case 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F: return true
        default: return false
        }
    }

    /// A ZWJ is kept only between two emoji (skipping variation selectors and skin tones before it).
    private static func joinsEmoji(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count, isPictographic(scalars[i + 1]) else { return false }
        var j = i - 1
        while j >= 0 {
            let v = scalars[j].value
            if v == 0xFE0F || v == 0xFE0E || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) {
                j -= 1
                continue
            }
            return isPictographic(scalars[j])
        }
        return false
    }

    /// An emoji a ZWJ may join to. Regional indicators are emoji but never join through a ZWJ
    /// (a grapheme break follows the ZWJ), so a kept ZWJ could end a truncated text on its own.
    private static func isPictographic(_ s: Unicode.Scalar) -> Bool {
        s.value > 0x7F && !(0x1F1E6...0x1F1FF).contains(s.value) && s.properties.isEmoji
    }

    private static func escaped(_ v: UInt32) -> String {
        var hex = String(v, radix: 16, uppercase: true)
        if hex.count < 2 { hex = "0" + hex }
        return "\\u{\(hex)}"
    }
}
