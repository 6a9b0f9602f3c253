import PropertyBased
import TerminalUI
import Testing

@Suite struct CanvasTests {
    @Test func wideCharacterAtTheLastColumnBecomesASpace() {
        var c = Canvas(size: Size(width: 5, height: 1))
        let n = c.put("abcd字", x: 0, y: 0)
        #expect(n == 5)
        #expect(c[4, 0] == Cell(" "))
        #expect(c.plainText() == "abcd")
        c.set(x: 4, y: 0, Cell("字", width: 2))
        #expect(c[4, 0].width == 1)
    }

    @Test func overwritingHalfOfAWideCharacterRepairsTheOtherHalf() {
        var c = Canvas(size: Size(width: 6, height: 1))
        c.put("字字字", x: 0, y: 0)
        c.put("x", x: 1, y: 0)  // the right half of the first 字
        #expect(c[0, 0] == Cell(" "))
        #expect(c[1, 0].text == "x")
        c.put("y", x: 2, y: 0)  // the left half of the second 字
        #expect(c[3, 0] == Cell(" "))
        c.put("😀", x: 3, y: 0)  // covers the left half of the third 字
        #expect(c[3, 0].width == 2 && c[4, 0].width == 0)
        #expect(c[5, 0] == Cell(" "))
        #expect(c.plainText() == " xy😀")
        for x in 0..<c.width where c[x, 0].width == 0 { #expect(c[x - 1, 0].width == 2) }
    }

    @Test func combiningMarksStayWithTheirBase() {
        var c = Canvas(size: Size(width: 6, height: 1))
        let n = c.put("e\u{301}字\u{301}a", x: 0, y: 0)
        #expect(n == 4)
        #expect(c[0, 0].text == "e\u{301}")
        #expect(c[1, 0].text == "字\u{301}" && c[1, 0].width == 2)
        #expect(c[3, 0].text == "a")
    }

    @Test func putClipsToMaxWidthWithoutSplitting() {
        var c = Canvas(size: Size(width: 10, height: 1))
        let n = c.put("a字字", x: 2, y: 0, maxWidth: 4)
        #expect(n == 4)
        #expect(c.plainText() == "  a字")
        #expect(c[5, 0] == Cell(" "))
    }

    @Test func plainTextOfAKnownDrawing() {
        var c = Canvas(size: Size(width: 12, height: 4))
        c.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "Case")
        c.put("字 ok", x: 1, y: 1)
        c.putTruncated("a long line", x: 1, y: 2, maxWidth: 10)
        #expect(c.plainText() == """
            ┌ Case ────┐
            │字 ok     │
            │a long li…│
            └──────────┘
            """)
        var a = Canvas(size: Size(width: 6, height: 3), glyphs: .ascii)
        a.box(a.bounds)
        #expect(a.plainText() == "+----+\n|    |\n+----+")
    }

    @Test func styledTextKeepsItsRuns() {
        var c = Canvas(size: Size(width: 10, height: 1))
        let line = StyledText([("ab", Style(.accent)), ("字c", Style(.error))])
        #expect(line.width == 5)
        #expect(c.put(line, x: 1, y: 0, maxWidth: 3) == 3)
        #expect(c[1, 0].style.role == .accent)
        #expect(c[3, 0].style.role == .error && c[3, 0].text == " ")  // 字 did not fit: a space in its style
        #expect(c.plainText() == " ab")
    }

    @Test func scrollPaneShowsTheVisibleLinesAndThePosition() {
        var c = Canvas(size: Size(width: 14, height: 5))
        let lines = (1...10).map { StyledText("row \($0)") }
        var scroll = ScrollState()
        _ = scroll.handle(.pageDown, contentHeight: 10, viewportHeight: 3)
        c.scrollPane(lines, in: c.bounds, scroll: scroll, title: "Visits", focused: true)
        #expect(c.plainText() == """
            ┌ Visits ────┐
            │row 3       │
            │row 4       │
            │row 5       │
            └────── 5/10 ┘
            """)
        #expect(c[0, 0].style.role == .focusBorder)
        var short = Canvas(size: Size(width: 14, height: 5))
        short.scrollPane(Array(lines.prefix(2)), in: short.bounds, scroll: scroll, title: nil, focused: false)
        #expect(short.plainText().hasSuffix("└────────────┘"))
        #expect(short.plainText().contains("row 1"))
    }

    @Test func ruledPaneHasARuleAboveItsLinesAndNoSideBorders() {
        var c = Canvas(size: Size(width: 20, height: 4))
        let lines = (1...10).map { StyledText("row \($0)") }
        var scroll = ScrollState()
        _ = scroll.handle(.pageDown, contentHeight: 10, viewportHeight: 3)
        c.ruledPane(lines, in: c.bounds, scroll: scroll, title: "Visits", focused: true, linesPerItem: 2)
        // Rows 3-5 of 10 shown; items of two lines: the last visible is item 3 of 5.
        #expect(c.plainText() == """
            ─▸Visits ───── 3/5 ─
            row 3
            row 4
            row 5
            """)
        #expect(c[0, 0].style.role == .focusBorder && c[1, 0].style.role == .focusBorder)
        // The position is in the normal style: moving by a line changes a digit, no attribute.
        #expect(c[15, 0].style == .normal && c[15, 0].text == "3")
        #expect(c[0, 1].text == "r" && c[0, 1].style == .normal)
        var other = Canvas(size: Size(width: 20, height: 4))
        other.ruledPane(Array(lines.prefix(2)), in: other.bounds, scroll: ScrollState(), title: "Visits", focused: false)
        #expect(other.plainText().components(separatedBy: "\n").first == "─ Visits ───────────")
        #expect(other[0, 0].style.role == .border)
    }

    @Test func ruledPanePositionCountsItems() {
        #expect(RuledPane.position(top: 0, visible: 5, lines: 5) == nil)
        #expect(RuledPane.position(top: 0, visible: 5, lines: 6) == "5/6")
        #expect(RuledPane.position(top: 0, visible: 5, lines: 376, linesPerItem: 2) == "3/188")
        #expect(RuledPane.position(top: 1, visible: 5, lines: 376, linesPerItem: 2) == "3/188")
        #expect(RuledPane.position(top: 2, visible: 5, lines: 376, linesPerItem: 2) == "4/188")
        #expect(RuledPane.position(top: 371, visible: 5, lines: 376, linesPerItem: 2) == "188/188")
    }
}

@Suite struct CanvasPropertyTests {
    static let texts = ["a", "字", "😀x", "e\u{301}", "ab字c", "👨‍👩‍👧", "字字字字字", " ", "\u{301}"]

    @Test func wideCharactersAreNeverSplit() async {
        // Each op: text index, x, y, max width.
        let op = Gen.int(in: 0..<Self.texts.count).array(of: 4)
        await propertyCheck(count: 300, input: op.array(of: 1...30)) { ops in
            var c = Canvas(size: Size(width: 7, height: 2))
            for o in ops {
                let x = o[1] % 9 - 1, y = o[2] % 2, maxWidth = o[3] % 8
                if o[0] % 5 == 0 {
                    c.fill(Rect(x: x, y: y, width: maxWidth % 3, height: 1), style: Style(.selected))
                } else {
                    c.put(Self.texts[o[0]], x: x, y: y, maxWidth: maxWidth)
                }
                for yy in 0..<c.height {
                    for xx in 0..<c.width {
                        if c[xx, yy].width == 2 { #expect(xx + 1 < c.width && c[xx + 1, yy].width == 0) }
                        if c[xx, yy].width == 0 { #expect(xx > 0 && c[xx - 1, yy].width == 2) }
                    }
                }
            }
        }
    }
}
