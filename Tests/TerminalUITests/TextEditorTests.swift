import TerminalUI
import Testing

@Suite struct TextEditorTests {
    let wide = Size(width: 40, height: 5)

    func editor(_ text: String, line: Int, column: Int) -> TextEditor {
        var e = TextEditor(text)
        e.moveCursor(line: line, column: column)
        return e
    }

    @Test func typingAndEnterBuildLines() {
        var e = TextEditor()
        for k: Key in [.char("h"), .char("i"), .enter, .char("字"), .char("😀")] {
            #expect(e.handle(k, viewport: wide) == .edited)
        }
        #expect(e.text == "hi\n字😀")
        #expect(e.lineCount == 2)
        #expect(e.cursorLine == 1 && e.cursorColumn == 2)
        #expect(!e.isEmpty)
    }

    @Test func backspaceAndDeleteJoinLines() {
        var e = editor("ab\ncd", line: 1, column: 0)
        #expect(e.handle(.backspace, viewport: wide) == .edited)
        #expect(e.text == "abcd")
        #expect(e.cursorLine == 0 && e.cursorColumn == 2)
        e.moveCursor(line: 0, column: 4)
        #expect(e.handle(.delete, viewport: wide) == .ignored)
        var f = editor("ab\ncd", line: 0, column: 2)
        #expect(f.handle(.delete, viewport: wide) == .edited)
        #expect(f.text == "abcd")
    }

    @Test func combiningMarkTypedAfterItsBaseJoinsIt() {
        var e = TextEditor("cafe")
        _ = e.handle(.char("\u{301}"), viewport: wide)
        #expect(e.text == "cafe\u{301}")
        #expect(e.cursorColumn == 4)
        _ = e.handle(.backspace, viewport: wide)
        #expect(e.text == "caf")
    }

    @Test func arrowsCrossLines() {
        var e = editor("ab\ncd", line: 0, column: 2)
        #expect(e.handle(.right, viewport: wide) == .moved)
        #expect(e.cursorLine == 1 && e.cursorColumn == 0)
        #expect(e.handle(.left, viewport: wide) == .moved)
        #expect(e.cursorLine == 0 && e.cursorColumn == 2)
        var start = editor("ab", line: 0, column: 0)
        #expect(start.handle(.left, viewport: wide) == .ignored)
    }

    @Test func wordMotion() {
        var e = editor("hello, big world\nnext", line: 0, column: 0)
        _ = e.handle(.wordRight, viewport: wide)
        #expect(e.cursorColumn == 5)
        _ = e.handle(.wordRight, viewport: wide)
        #expect(e.cursorColumn == 10)
        _ = e.handle(.wordRight, viewport: wide)
        #expect(e.cursorColumn == 16)
        _ = e.handle(.wordRight, viewport: wide)
        #expect(e.cursorLine == 1 && e.cursorColumn == 4)
        _ = e.handle(.wordLeft, viewport: wide)
        #expect(e.cursorLine == 1 && e.cursorColumn == 0)
        _ = e.handle(.wordLeft, viewport: wide)
        #expect(e.cursorLine == 0 && e.cursorColumn == 11)
    }

    @Test func homeAndEndWorkOnTheVisualRow() {
        // Width 10: "aaaa bbbb cccc" wraps as "aaaa bbbb " / "cccc".
        let vp = Size(width: 10, height: 5)
        var e = editor("aaaa bbbb cccc", line: 0, column: 7)
        #expect(e.wrappedRows(width: 10) == ["aaaa bbbb ", "cccc"])
        _ = e.handle(.home, viewport: vp)
        #expect(e.cursorColumn == 0)
        _ = e.handle(.end, viewport: vp)
        #expect(e.cursorColumn == 9)  // on the break space, the last cell of the row
        e.moveCursor(line: 0, column: 12)
        _ = e.handle(.home, viewport: vp)
        #expect(e.cursorColumn == 10)
        _ = e.handle(.end, viewport: vp)
        #expect(e.cursorColumn == 14)
        _ = e.handle(.ctrl("a"), viewport: vp)
        #expect(e.cursorColumn == 0)
        _ = e.handle(.ctrl("e"), viewport: vp)
        #expect(e.cursorColumn == 14)
    }

    @Test func upAndDownMoveByVisualRowKeepingTheGoalColumn() {
        let vp = Size(width: 10, height: 5)
        // Rows: "aaaa bbbb " / "cc" / "dddddddd"
        var e = editor("aaaa bbbb cc\ndddddddd", line: 0, column: 7)
        _ = e.handle(.down, viewport: vp)
        #expect(e.cursorLine == 0 && e.cursorColumn == 12)  // end of the short row "cc"
        _ = e.handle(.down, viewport: vp)
        #expect(e.cursorLine == 1 && e.cursorColumn == 7)  // goal column 7 kept
        _ = e.handle(.up, viewport: vp)
        _ = e.handle(.up, viewport: vp)
        #expect(e.cursorLine == 0 && e.cursorColumn == 7)
        #expect(e.handle(.up, viewport: vp) == .moved)  // past the first row: start of the text
        #expect(e.cursorColumn == 0)
        #expect(e.handle(.up, viewport: vp) == .ignored)
    }

    @Test func goalColumnCountsDisplayWidth() {
        let vp = Size(width: 20, height: 5)
        var e = editor("字字字字\nabcdefgh", line: 1, column: 5)
        _ = e.handle(.up, viewport: vp)
        #expect(e.cursorLine == 0 && e.cursorColumn == 2)  // column 5 falls inside the third 字: stop before it
        _ = e.handle(.down, viewport: vp)
        #expect(e.cursorColumn == 5)
    }

    @Test func pageKeysMoveByTheViewportHeight() {
        let vp = Size(width: 20, height: 3)
        let text = (0..<10).map { "line \($0)" }.joined(separator: "\n")
        var e = editor(text, line: 0, column: 2)
        _ = e.handle(.pageDown, viewport: vp)
        #expect(e.cursorLine == 3 && e.cursorColumn == 2)
        _ = e.handle(.pageDown, viewport: vp)
        _ = e.handle(.pageDown, viewport: vp)
        #expect(e.cursorLine == 9)
        #expect(e.handle(.pageDown, viewport: vp) == .moved)  // to the end of the text
        #expect(e.cursorColumn == 6)
        _ = e.handle(.pageUp, viewport: vp)
        #expect(e.cursorLine == 6)
        var canvas = Canvas(size: Size(width: 20, height: 3))
        e.render(into: &canvas, in: canvas.bounds, focused: true)
        #expect(canvas.plainText().split(separator: "\n").contains("line 6"))
    }

    @Test func pasteOfManyLinesWithCRLF() {
        var e = editor("[]", line: 0, column: 1)
        e.insert("one\r\ntwo\r\nthree\rfour\n")
        #expect(e.text == "[one\ntwo\nthree\nfour\n]")
        #expect(e.cursorLine == 4 && e.cursorColumn == 0)
        #expect(e.lineCount == 5)
        e.insert("tab\there\u{1B}[31m")
        #expect(e.lines[4] == "tab    here[31m]")
    }

    @Test func killKeys() {
        let vp = wide
        var e = editor("hello world\nsecond", line: 0, column: 5)
        #expect(e.handle(.ctrl("k"), viewport: vp) == .edited)
        #expect(e.text == "hello\nsecond")
        _ = e.handle(.ctrl("k"), viewport: vp)  // at the end of the line: join
        #expect(e.text == "hellosecond")
        _ = e.handle(.ctrl("u"), viewport: vp)
        #expect(e.text == "second")
        #expect(e.cursorColumn == 0)
        var w = editor("one two  three", line: 0, column: 14)
        _ = w.handle(.ctrl("w"), viewport: vp)
        #expect(w.text == "one two  ")
        _ = w.handle(.ctrl("w"), viewport: vp)
        #expect(w.text == "one ")
    }

    @Test func tabEscAndUnknownKeysAreIgnored() {
        var e = TextEditor("x")
        for k: Key in [.tab, .backTab, .escape, .function(1), .ctrl("c")] {
            #expect(e.handle(k, viewport: wide) == .ignored)
        }
        #expect(e.text == "x")
    }

    @Test func renderWrapsScrollsAndPlacesTheCursor() {
        var e = TextEditor("")
        let vp = Size(width: 8, height: 2)
        for c in "日本語のテキスト abc" { _ = e.handle(.char(c), viewport: vp) }
        var canvas = Canvas(size: Size(width: 10, height: 4))
        e.render(into: &canvas, in: Rect(x: 1, y: 1, width: 8, height: 2), focused: true)
        // Rows at width 8: "日本語の" / "テキスト" / " abc" — the last two are visible.
        #expect(canvas.plainText() == "\n テキスト\n  abc\n")
        #expect(canvas.cursor == Point(x: 5, y: 2))
    }

    @Test func placeholderShowsWhenEmpty() {
        let e = TextEditor("", placeholder: "Type the message")
        var canvas = Canvas(size: Size(width: 20, height: 2))
        e.render(into: &canvas, in: canvas.bounds, focused: true)
        #expect(canvas.plainText() == "Type the message\n")
        #expect(canvas.cursor == Point(x: 0, y: 0))
    }

    @Test func settingTextMovesTheCursorToTheEnd() {
        var e = TextEditor()
        e.text = "a\r\nbc"
        #expect(e.text == "a\nbc")
        #expect(e.cursorLine == 1 && e.cursorColumn == 2)
    }
}
