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

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
    }
}
