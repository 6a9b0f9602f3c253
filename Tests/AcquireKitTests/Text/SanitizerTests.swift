import Testing
import PropertyBased
@testable import AcquireKit

/// Pieces of text the generators draw from.
enum TextPieces {
    static let printable: [String] = [
        "a", "Z", "7", " ", "~", "\\", "^", "{", "é", "ß", "Ω", "Ж", "ש", "ع", "中", "文", "한", "ア", "ก",
        "e\u{301}", "n\u{303}", "क्ष", "👋", "😍", "🇮🇳", "1️⃣", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "👩🏽‍💻", "❤️", "©", "…", "—", "€",
    ]
    static let forbidden: [String] = (0x00...0x1F).map { String(UnicodeScalar($0)!) } + ["\u{7F}"]
        + (0x80...0x9F).map { String(UnicodeScalar($0)!) }
        + ["\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
           "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{200C}",
           "\u{200D}", "\u{2060}", "\u{FEFF}", "\r\n", "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{9B}2J"]

    /// Strings mixing printable and forbidden pieces.
    static let mixed = Gen.int(in: 0...(printable.count + forbidden.count - 1)).array(of: 0...30).map { picks in
        picks.map { $0 < printable.count ? printable[$0] : forbidden[$0 - printable.count] }.joined()
    }
    /// Strings of printable pieces only.
    static let clean = Gen.int(in: 0...(printable.count - 1)).array(of: 0...30).map { picks in
        picks.map { printable[$0] }.joined()
    }
}

/// A scalar that must not survive, allowing "\n" when `multiline`, and ZWJ between two emoji.
func forbiddenSurvivor(in s: String, multiline: Bool) -> Unicode.Scalar? {
    let scalars = Array(s.unicodeScalars)
    for (i, c) in scalars.enumerated() {
        if multiline && c == "\n" { continue }
        if c.value == 0x200D {
            let before = scalars[..<i].last(where: { $0.value != 0xFE0F && !(0x1F3FB...0x1F3FF).contains($0.value) })
            let after = i + 1 < scalars.count ? scalars[i + 1] : nil
            if let b = before, let a = after, b.value > 0x7F, a.value > 0x7F, b.properties.isEmoji, a.properties.isEmoji { continue }
            return c
        }
        if Sanitizer.isForbidden(c) { return c }
    }
    return nil
}

@Suite struct SanitizerTests {
    @Test func escapesControlsVisibly() {
        #expect(Sanitizer.clean("a\u{1B}[31mb") == "a^[[31mb")
        #expect(Sanitizer.clean("bell\u{07}") == "bell^G")
        #expect(Sanitizer.clean("nul\u{0}") == "nul^@")
        #expect(Sanitizer.clean("del\u{7F}") == "del^?")
        #expect(Sanitizer.clean("csi\u{9B}2J") == "csi\\u{9B}2J")
        #expect(Sanitizer.clean("evil\u{202E}txt.exe") == "evil\\u{202E}txt.exe")
        #expect(Sanitizer.clean("zw\u{200B}j\u{FEFF}") == "zw\\u{200B}j\\u{FEFF}")
        #expect(Sanitizer.clean("line\u{2028}sep") == "line\\u{2028}sep")
        #expect(Sanitizer.clean("two\nlines\r") == "two^Jlines^M")
        #expect(Sanitizer.clean("tab\there") == "tab here")
    }

    @Test func multilineKeepsNewlines() {
        #expect(Sanitizer.cleanMultiline("a\r\nb\rc\nd\te\u{1B}") == "a\nb\nc\nd    e^[")
    }

    @Test func zeroWidthJoinerKeptOnlyInsideEmoji() {
        let family = "👨‍👩‍👧"
        #expect(Sanitizer.clean(family) == family)
        #expect(Sanitizer.clean("👩🏽‍💻") == "👩🏽‍💻")
        #expect(Sanitizer.clean("a\u{200D}b") == "a\\u{200D}b")
        #expect(Sanitizer.clean("👋\u{200D}") == "👋\\u{200D}")
        #expect(Sanitizer.clean("\u{200D}👋") == "\\u{200D}👋")
    }

    @Test func leavesPrintableTextAlone() {
        let text = "Zoë 中文 עברית العربية e\u{301} 👍🏽 🇮🇳 1️⃣ {} \\ ^["
        #expect(Sanitizer.clean(text) == text)
    }

    @Test func nothingForbiddenSurvives() async {
        await propertyCheck(count: 500, input: TextPieces.mixed) { s in
            #expect(forbiddenSurvivor(in: Sanitizer.clean(s), multiline: false) == nil)
            let m = Sanitizer.cleanMultiline(s)
            #expect(forbiddenSurvivor(in: m, multiline: true) == nil)
            #expect(!m.unicodeScalars.contains("\r") && !m.unicodeScalars.contains("\t"))
        }
    }

    @Test func cleaningTwiceChangesNothing() async {
        await propertyCheck(count: 500, input: TextPieces.mixed) { s in
            let once = Sanitizer.clean(s)
            #expect(Sanitizer.clean(once) == once)
            let m = Sanitizer.cleanMultiline(s)
            #expect(Sanitizer.cleanMultiline(m) == m)
        }
    }

    @Test func printableTextIsUntouched() async {
        await propertyCheck(count: 500, input: TextPieces.clean) { s in
            #expect(Sanitizer.clean(s) == s)
            #expect(Sanitizer.cleanMultiline(s) == s)
        }
    }

    @Test func everyScalarOfTheBMPIsSafeAfterCleaning() {
        var failures: [UInt32] = []
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let out = Sanitizer.clean("x" + String(scalar) + "y")
            if forbiddenSurvivor(in: out, multiline: false) != nil || Sanitizer.clean(out) != out { failures.append(v) }
        }
        #expect(failures.isEmpty)
    }
}
