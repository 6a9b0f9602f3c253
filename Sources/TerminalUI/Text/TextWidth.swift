/// Terminal column widths by wcwidth rules: East Asian wide and emoji take 2 columns,
/// combining marks and zero-width characters 0, everything else 1.
public enum TextWidth {
    /// Columns taken by one grapheme cluster: emoji sequences (presentation selector, ZWJ, skin
    /// tone, keycap, flag) take 2, otherwise the width of the base character; marks add nothing.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII, scalars.count == 1 { return of(scalar: first) }
        if scalars.count > 1, isRegionalIndicator(first.value) { return 2 }  // a flag
        if scalars.count > 1, first.properties.isEmoji {
            for s in scalars.dropFirst() {
                switch s.value {
                case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F: return 2
                default: continue
                }
            }
        }
        // Otherwise what a wcwidth terminal draws: every spacing scalar takes its own columns
        // (a Devanagari conjunct such as र्जु, or a spacing vowel sign as in मा, is 2).
        return scalars.reduce(0) { $0 + of(scalar: $1) }
    }

    /// A cluster split into the terminal cells it takes: one part per spacing scalar, each with
    /// the zero-width scalars around it (curses holds one spacing character per cell). Emoji
    /// sequences and single-spacing clusters stay whole.
    public static func cells(of c: Character) -> [(text: String, width: Int)] {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.count > 1, !isRegionalIndicator(first.value), !first.properties.isEmoji,
              scalars.filter({ of(scalar: $0) > 0 }).count > 1 else { return [(String(c), of(c))] }
        var parts: [(text: String, width: Int)] = []
        for s in scalars {
            let w = of(scalar: s)
            if w > 0, let last = parts.last, last.width > 0 {
                parts.append((String(s), w))
            } else if parts.isEmpty {
                parts.append((String(s), w))
            } else {
                parts[parts.count - 1].text.unicodeScalars.append(s)
                parts[parts.count - 1].width += w
            }
        }
        return parts
    }

    /// Columns taken by one scalar on its own (wcwidth).
    public static func of(scalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch v {
        case 0xAD: return 1  // soft hyphen: terminals show it
        case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0x110BD, 0x110CD: return 1  // prepended signs
        default: break
        }
        if isRegionalIndicator(v) { return 1 }  // alone; a pair (a flag) is one wide cluster
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (v >= 0x1160 && v <= 0x11FF) || (v >= 0xD7B0 && v <= 0xD7FF) { return 0 }  // Hangul vowels/finals
        if isWide(v) { return 2 }
        if s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns taken by a string.
    public static func of(_ s: String) -> Int {
        var n = 0
        for c in s { n += of(c) }
        return n
    }

    /// The longest prefix of `s` that fits in `columns`, plus its width.
    public static func prefix(_ s: String, fitting columns: Int) -> (String, Int) {
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > columns { break }
            out.append(c)
            used += w
        }
        return (out, used)
    }

    /// `s` cut to `columns`, ending in "…" (or "~" when `ascii`) when it had to be cut.
    public static func truncate(_ s: String, to columns: Int, ascii: Bool = false) -> String {
        guard columns > 0 else { return "" }
        if of(s) <= columns { return s }
        let (head, _) = prefix(s, fitting: columns - 1)
        return head + (ascii ? "~" : "…")
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool {
        v >= 0x1F1E6 && v <= 0x1F1FF
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges that are not emoji (emoji with default
    /// emoji presentation are wide by their Unicode property).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DFF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FFF,
             0x17000...0x18DFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD,
             0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
