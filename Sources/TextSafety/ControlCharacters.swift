/// The one table of characters that must not reach a terminal as they are: what both the
/// server-text sanitizer (AcquireKit) and the editors' input filter (TerminalUI) decide by.
///
/// A pure module with no dependencies, so that neither of those two has to depend on the other.
public enum ControlCharacters {
    /// What a scalar is, as far as a terminal is concerned.
    public enum Kind: Equatable, Sendable {
        /// Shown as it is.
        case visible
        /// C0 (U+0000-001F) or DEL: terminal controls with a caret form (`^[`, `^?`).
        case c0
        /// C1 (U+0080-009F): terminal controls with no caret form.
        case c1
        /// Invisible or reordering: bidi controls, separators, zero-width and filler characters.
        case invisible
        /// ZWJ (needed between emoji) or ZWNJ (needed in Arabic-script and Indic words); invisible elsewhere.
        case joiner
        /// A tag character (U+E0000-E007F): only part of an emoji flag sequence such as England's.
        case tag
    }

    /// The kind of `scalar`.
    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        let v = scalar.value
        switch v {
        case 0x00..<0x20, 0x7F: return .c0
        case 0x80...0x9F: return .c1
        case 0x200C, 0x200D: return .joiner
        case 0xE0000...0xE007F: return .tag
        case 0x00AD,                    // soft hyphen: invisible unless a line breaks there
             0x061C,                    // Arabic letter mark (bidi)
             0x115F, 0x1160, 0x3164, 0xFFA0, // Hangul fillers: blank-looking "letters"
             0x180E,                    // Mongolian vowel separator (was a space, now format)
             0x200B, 0x200E, 0x200F,    // zero-width space, LRM, RLM
             0x2028, 0x2029,            // line and paragraph separators
             0x202A...0x202E,           // bidi embeddings and overrides
             0x2060...0x2064,           // word joiner, invisible operators
             0x2066...0x206F,           // bidi isolates, deprecated format characters
             0xFEFF,                    // zero-width no-break space (BOM)
             0xFFF9...0xFFFB:           // interlinear annotation
            return .invisible
        default: return .visible
        }
    }

    /// Whether the scalar at `i` may be shown as it is, given its neighbours: `.visible` always;
    /// a joiner only where it joins (see `joins`); a tag only inside an emoji tag sequence.
    public static func isShownRaw(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        switch kind(of: scalars[i]) {
        case .visible: return true
        case .c0, .c1, .invisible: return false
        case .joiner: return joins(scalars, at: i)
        case .tag: return inEmojiTagSequence(scalars, at: i)
        }
    }

    /// A ZWJ between two emoji (variation selectors, skin tones and a flag's tags skipped before
    /// it); a ZWNJ after a virama (Indic) or after a letter or mark of a joining script (Persian
    /// "می‌خواهم"). Anywhere else it only hides something. The ZWNJ rule looks only backwards, so a
    /// text cut after one stays clean.
    public static func joins(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        if scalars[i].value == 0x200D { return joinsEmoji(scalars, at: i) }
        guard i > 0 else { return false }
        let before = scalars[i - 1]
        if before.properties.canonicalCombiningClass.rawValue == 9 { return true }
        return (isLetter(before) || isMark(before)) && isJoiningScript(before)
    }

    /// A tag inside `U+1F3F4, tags U+E0020-E007E..., U+E007F` (the subdivision flags).
    public static func inEmojiTagSequence(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        func isTagSpec(_ s: Unicode.Scalar) -> Bool { (0xE0020...0xE007E).contains(s.value) }
        var end = i
        if scalars[i].value != 0xE007F {
            guard isTagSpec(scalars[i]) else { return false }
            while end < scalars.count, isTagSpec(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end].value == 0xE007F else { return false }
        }
        var j = end - 1
        while j >= 0, isTagSpec(scalars[j]) { j -= 1 }
        return j >= 0 && j < end - 1 && scalars[j].value == 0x1F3F4
    }

    // MARK: - Helpers

    /// A ZWJ is kept between two emoji (skipping variation selectors and skin tones before it).
    private static func joinsEmoji(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count, isPictographic(scalars[i + 1]) else { return false }
        var j = i - 1
        while j >= 0 {
            let v = scalars[j].value
            if v == 0xFE0F || v == 0xFE0E || (0x1F3FB...0x1F3FF).contains(v) {
                j -= 1
                continue
            }
            // A subdivision flag ends with its cancel tag; any other tag is escaped, so joins nothing.
            if (0xE0000...0xE007F).contains(v) { return v == 0xE007F && inEmojiTagSequence(scalars, at: j) }
            return isPictographic(scalars[j])
        }
        return false
    }

    /// An emoji a ZWJ may join to. Regional indicators are emoji but never join through a ZWJ
    /// (a grapheme break follows the ZWJ), so a kept ZWJ could end a truncated text on its own.
    private static func isPictographic(_ s: Unicode.Scalar) -> Bool {
        s.value > 0x7F && !(0x1F1E6...0x1F1FF).contains(s.value) && s.properties.isEmoji
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Scripts whose letters change shape by joining: Arabic, Syriac, N'Ko, Mandaic, Mongolian,
    /// Phags-pa, Manichaean, Psalter Pahlavi, Hanifi Rohingya, Sogdian, Adlam.
    private static func isJoiningScript(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0600...0x08FF, 0x1800...0x18AF, 0xA840...0xA87F, 0xFB50...0xFDFF, 0xFE70...0xFEFC,
             0x10AC0...0x10AFF, 0x10B80...0x10BAF, 0x10D00...0x10D3F, 0x10F30...0x10F6F, 0x1E900...0x1E95F:
            return true
        default: return false
        }
    }
}
