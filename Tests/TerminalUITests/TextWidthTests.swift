import TerminalUI
import Testing

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("ñ", 1), ("Я", 1), ("ｱ", 1),  // halfwidth katakana
        ("字", 2), ("한", 2), ("\u{1100}\u{1161}", 2), ("カ", 2), ("ｗ", 2), ("\u{3000}", 2),  // ideographic space
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("1️⃣", 2), ("⌚", 2),
        ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 2),  // England flag (tag sequence)
        ("❤", 1), ("©", 1), ("🌡", 1), ("\u{1F1EB}", 1),  // text presentation by default; a lone regional indicator
        ("\u{4DC0}", 2), ("\u{0600}", 1),  // Yijing hexagram (wide since Unicode 16), prepended sign
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0), ("\u{1B}", 0),
    ] as [(Character, Int)])
    func widthOfOneCharacter(_ c: Character, _ width: Int) {
        #expect(TextWidth.of(c) == width, "\(c.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func widthOfAStringIsTheSumOfItsCharacters() {
        #expect(TextWidth.of("ab字😀e\u{301}") == 7)
        #expect(TextWidth.of("") == 0)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(TextWidth.prefix("ab字c", fitting: 3) == ("ab", 2))
        #expect(TextWidth.prefix("ab字c", fitting: 4) == ("ab字", 4))
        #expect(TextWidth.prefix("e\u{301}x", fitting: 1) == ("e\u{301}", 1))
    }

    @Test func truncateAddsAnEllipsisOnlyWhenCut() {
        #expect(TextWidth.truncate("hello", to: 5) == "hello")
        #expect(TextWidth.truncate("hello!", to: 5) == "hell…")
        #expect(TextWidth.truncate("hello!", to: 5, ascii: true) == "hell~")
        #expect(TextWidth.truncate("字字字", to: 4) == "字…")
        #expect(TextWidth.of(TextWidth.truncate("字字字", to: 4)) <= 4)
        #expect(TextWidth.truncate("abc", to: 0) == "")
    }
}
