import AcquireKit
import Testing
import TextSafety
@testable import TerminalUI

/// One table decides what never reaches the terminal raw: server text (Sanitizer) escapes it,
/// typed text (TextSanitizer) drops it, and the two agree on every Unicode scalar.
@Suite struct ControlCharactersTests {
    /// Every scalar: U+0000-10FFFF without the surrogates.
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))

    @Test func serverTextAndTypedTextAgreeOnEveryScalar() {
        var disagreements: [String] = []
        for u in Self.allScalars where !["\t", "\n", "\r"].contains(u) {
            let alone = String(u)
            let escaped = Sanitizer.clean(alone) != alone
            let dropped = TextSanitizer.singleLine(alone).isEmpty
            let kind = ControlCharacters.kind(of: u)
            // A joiner alone joins nothing: the Sanitizer escapes it, the editor keeps it (the next
            // key may be the letter it joins). Everything else: escaped exactly when dropped.
            let agree = kind == .joiner ? (escaped && !dropped) : (escaped == dropped && escaped == (kind != .visible))
            if !agree, disagreements.count < 20 { disagreements.append("U+" + String(u.value, radix: 16, uppercase: true)) }
        }
        #expect(disagreements.isEmpty, "they disagree on \(disagreements)")
    }

    @Test(arguments: [0xE0000, 0xE0001, 0xE0041, 0xE007F, 0x00AD, 0x180E, 0x3164, 0x115F, 0x1160, 0xFFA0,
                      0xFFF9, 0xFFFA, 0xFFFB, 0x061C, 0x206A, 0x206F, 0x200B, 0x202E])
    func invisibleCharactersShowTheirEscapes(value: UInt32) throws {
        let u = try #require(Unicode.Scalar(value))
        let hex = String(value, radix: 16, uppercase: true)
        // Text that looks like "alice" or looks empty shows what is in it.
        #expect(Sanitizer.clean("ali\(u)ce") == "ali\\u{\(hex)}ce")
        #expect(Sanitizer.clean(String(u)) == "\\u{\(hex)}")
        #expect(TextSanitizer.multiLine("ali\(u)ce") == "alice")
    }

    @Test func persianWithZWNJComesBackAsTyped() {
        let title = "می\u{200C}خواهم خانه\u{200C}ها را ببینم"
        #expect(Sanitizer.clean(title) == title)
        #expect(TextSanitizer.singleLine(title) == title)
        // After a virama (Devanagari) a ZWNJ shapes the conjunct: kept too.
        #expect(Sanitizer.clean("क्\u{200C}ष") == "क्\u{200C}ष")
    }

    @Test func aZWNJThatJoinsNothingIsShown() {
        #expect(Sanitizer.clean("pay\u{200C}pal") == "pay\\u{200C}pal")
        #expect(Sanitizer.clean("\u{200C}علی") == "\\u{200C}علی")
    }

    @Test func subdivisionFlagsKeepTheirTagsAndNothingElseDoes() {
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        #expect(Sanitizer.clean("go " + england + "!") == "go " + england + "!")
        #expect(TextSanitizer.singleLine(england) == england)
        // Tags without the black flag, or without the cancel tag, hide text: escaped.
        #expect(Sanitizer.clean("a\u{E0067}\u{E0062}\u{E007F}") == "a\\u{E0067}\\u{E0062}\\u{E007F}")
        #expect(Sanitizer.clean("\u{1F3F4}\u{E0067}\u{E0062}") == "\u{1F3F4}\\u{E0067}\\u{E0062}")
        // A ZWJ after a flag's cancel tag joins; after a stray tag it is escaped too (cleaning twice changes nothing).
        let stray = Sanitizer.clean("👋\u{E0041}\u{200D}👋")
        #expect(stray == "👋\\u{E0041}\\u{200D}👋")
        #expect(Sanitizer.clean(stray) == stray)
    }
}
