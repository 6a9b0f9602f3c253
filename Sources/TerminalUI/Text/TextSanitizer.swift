import TextSafety

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
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\r": out.unicodeScalars.append("\n")
            case "\n": if !lastWasCR { out.unicodeScalars.append("\n") }
            case "\t": out += tab
            default: if !isDropped(scalars, at: i) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Text for a one-line field: line breaks and tabs become spaces.
    static func singleLine(_ s: String) -> String {
        var out = ""
        var lastWasCR = false
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\r", "\t": out.unicodeScalars.append(" ")
            case "\n": if !lastWasCR { out.unicodeScalars.append(" ") }
            default: if !isDropped(scalars, at: i) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Whether the scalar at `i` is left out: whatever `ControlCharacters` never shows raw (C0,
    /// DEL, C1, bidi controls, separators, zero-width and filler characters, tags outside a flag).
    /// ZWJ and ZWNJ stay wherever they are typed: the next key may be the letter they join.
    static func isDropped(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        switch ControlCharacters.kind(of: scalars[i]) {
        case .visible, .joiner: return false
        case .c0, .c1, .invisible: return true
        case .tag: return !ControlCharacters.inEmojiTagSequence(scalars, at: i)
        }
    }
}
