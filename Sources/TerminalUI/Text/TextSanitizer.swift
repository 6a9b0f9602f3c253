/// Cleans typed or pasted text for the editors: line breaks normalized, tabs expanded,
/// other control characters dropped.
enum TextSanitizer {
    /// Spaces a tab becomes.
    static let tab = "    "

    /// Text for a multi-line editor: "\r\n" and "\r" become "\n".
    static func multiLine(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\r": out.unicodeScalars.append("\n")
            case "\n": if !lastWasCR { out.unicodeScalars.append("\n") }
            case "\t": out += tab
            default: if !isControl(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Text for a one-line field: line breaks and tabs become spaces.
    static func singleLine(_ s: String) -> String {
        var out = ""
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\r", "\t": out.unicodeScalars.append(" ")
            case "\n": if !lastWasCR { out.unicodeScalars.append(" ") }
            default: if !isControl(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// C0, DEL, C1, line/paragraph separators, bidi controls and invisible zero-width characters
    /// (ZWJ and ZWNJ stay: they join emoji and scripts).
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
