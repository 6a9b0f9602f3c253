import TerminalUI
import Testing

/// Clusters with more than one spacing character (Devanagari conjuncts, spacing vowel signs)
/// take one column per spacing character, as wcwidth terminals draw them, and one cell each.
@Suite struct ConjunctWidthTests {
    @Test(arguments: [
        ("\u{930}\u{94D}\u{91C}\u{941}", 2),  // र्जु: ra, virama, ja, vowel sign u
        ("\u{92E}\u{93E}", 2),  // मा: ma, vowel sign aa (a spacing mark)
        ("\u{930}\u{94D}\u{92E}\u{93E}", 3),  // र्मा
        ("\u{915}\u{94D}\u{937}", 2),  // क्ष
    ] as [(String, Int)])
    func conjunctWidth(_ text: String, _ width: Int) {
        // Whether the conjunct is one Character depends on the Unicode version of the runtime
        // (GB9c, Unicode 15.1): the widths must come out the same either way.
        #expect(TextWidth.of(text) == width)
        let cells = text.flatMap { TextWidth.cells(of: $0) }
        #expect(cells.map(\.width).reduce(0, +) == width)
        #expect(cells.allSatisfy { $0.width == 1 })
        #expect(cells.map(\.text).joined() == text)
    }

    @Test(arguments: ["e\u{301}", "👨‍👩‍👧", "🇫🇷", "1️⃣", "\u{1100}\u{1161}", "字"] as [Character])
    func otherClustersStayWhole(_ c: Character) {
        #expect(TextWidth.cells(of: c).count == 1)
        #expect(TextWidth.cells(of: c).first?.width == TextWidth.of(c))
    }

    @Test func canvasGivesEachSpacingCharacterItsCell() {
        var canvas = Canvas(size: Size(width: 14, height: 1))
        let name = "अर्जुन शर्मा"  // 9 columns in a wcwidth terminal
        let used = canvas.put(name + "|", x: 0, y: 0)
        #expect(used == 10)
        #expect(canvas[9, 0].text == "|")
        #expect(canvas.plainText().hasPrefix(name + "|"))
    }
}
