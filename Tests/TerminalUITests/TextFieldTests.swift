import PropertyBased
import TerminalUI
import Testing

@Suite struct TextFieldTests {
    @Test func editingKeys() {
        var f = TextField("hello world")
        #expect(f.cursor == 11)
        #expect(f.handle(.wordLeft) == .moved)
        #expect(f.cursor == 6)
        #expect(f.handle(.backspace) == .edited)
        #expect(f.text == "helloworld")
        #expect(f.handle(.char("_")) == .edited)
        #expect(f.text == "hello_world")
        #expect(f.handle(.home) == .moved && f.cursor == 0)
        #expect(f.handle(.home) == .ignored)
        #expect(f.handle(.delete) == .edited && f.text == "ello_world")
        #expect(f.handle(.wordRight) == .moved && f.cursor == 10)  // "_" belongs to the word
        #expect(f.handle(.ctrl("a")) == .moved)
        #expect(f.handle(.ctrl("k")) == .edited && f.text == "")
        f.text = "one two three"
        #expect(f.handle(.ctrl("w")) == .edited && f.text == "one two ")
        #expect(f.handle(.left) == .moved)
        #expect(f.handle(.ctrl("u")) == .edited && f.text == " " && f.cursor == 0)
        #expect(f.handle(.ctrl("e")) == .moved && f.cursor == 1)
    }

    @Test func moveCursorClamps() {
        var f = TextField("abc")
        f.moveCursor(to: 1)
        _ = f.handle(.char("字"))
        #expect(f.text == "a字bc" && f.cursor == 2)
        f.moveCursor(to: 99)
        #expect(f.cursor == 4)
        f.moveCursor(to: -1)
        #expect(f.cursor == 0)
    }

    @Test func keysForOtherWidgetsAreIgnored() {
        var f = TextField("x")
        for k: Key in [.enter, .tab, .backTab, .escape, .up, .down, .pageUp, .function(1)] {
            #expect(f.handle(k) == .ignored)
        }
        #expect(f.text == "x")
    }

    @Test func insertTurnsNewlinesIntoSpaces() {
        var f = TextField("[]")
        _ = f.handle(.left)
        f.insert("a\r\nb\nc\td\u{7}")
        #expect(f.text == "[a b c d]")
        #expect(f.cursor == 8)
    }

    @Test func wideCharactersAreOneCursorStepAndTwoColumns() {
        var f = TextField("字a😀")
        #expect(f.cursor == 3)
        var c = Canvas(size: Size(width: 10, height: 1))
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "字a😀")
        #expect(c.cursor == Point(x: 5, y: 0))
        _ = f.handle(.left)
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.cursor == Point(x: 3, y: 0))
        _ = f.handle(.backspace)
        #expect(f.text == "字😀")
    }

    @Test func textIsPlainAndOnlyTheEmptyRestIsUnderlined() {
        // Typing at the end turns an underlined blank into a plain character: the terminal is
        // sent the character and no attribute change.
        for focused in [true, false] {
            let f = TextField("ab")
            var c = Canvas(size: Size(width: 6, height: 1))
            f.render(into: &c, in: c.bounds, focused: focused)
            #expect(c[0, 0] == Cell("a", style: Style(.input)) && c[1, 0] == Cell("b", style: Style(.input)))
            for x in 2..<6 { #expect(c[x, 0] == Cell(" ", style: TextField.blankStyle)) }
            #expect(TextField.blankStyle.underline)
        }
    }

    @Test func placeholderWhenEmpty() {
        let f = TextField("", placeholder: "Search contacts")
        var c = Canvas(size: Size(width: 8, height: 1))
        f.render(into: &c, in: c.bounds, focused: false)
        #expect(c.plainText() == "Search …")
        #expect(c.cursor == nil)
        #expect(c[0, 0].style.role == .dim)
    }

    @Test func horizontalScrollShowsTheEndWhenTyping() {
        var f = TextField("")
        for ch in "abcdefghijklmnop" { _ = f.handle(.char(ch)) }
        var c = Canvas(size: Size(width: 6, height: 1))
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "lmnop")
        #expect(c.cursor == Point(x: 5, y: 0))
        _ = f.handle(.left)  // the view stays put while the cursor moves inside it
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "lmnop" && c.cursor == Point(x: 4, y: 0))
        for _ in 0..<5 { _ = f.handle(.left) }  // then scrolls, keeping a third of the width after the cursor
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "ghijkl" && c.cursor == Point(x: 4, y: 0))
        _ = f.handle(.home)
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "abcdef" && c.cursor == Point(x: 0, y: 0))
    }

    @Test func scrollNeverShowsHalfAWideCharacter() {
        var f = TextField("字字字字字字")
        _ = f.handle(.left)
        var c = Canvas(size: Size(width: 5, height: 1))
        f.render(into: &c, in: c.bounds, focused: true)
        #expect(c.plainText() == "字字")
        #expect(c.cursor == Point(x: 2, y: 0))
    }

    static let keys: [Key] = [.char("a"), .char("字"), .char("😀"), .char(" "), .char("e\u{301}"), .backspace, .delete,
                              .left, .right, .home, .end, .wordLeft, .wordRight, .ctrl("k"), .ctrl("u"), .ctrl("w")]

    @Test func cursorAlwaysVisibleAndNoHalfWideCharacter() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<Self.keys.count).array(of: 0...60), Gen.int(in: 2...12)) { ops, width in
            var f = TextField()
            let rect = Rect(x: 1, y: 0, width: width, height: 1)
            for op in ops {
                _ = f.handle(Self.keys[op])
                #expect(f.cursor >= 0 && f.cursor <= f.text.count)
                var c = Canvas(size: Size(width: width + 2, height: 1))
                f.render(into: &c, in: rect, focused: true)
                let cur = try #require(c.cursor)
                #expect(cur.x >= rect.x && cur.x < rect.maxX, "cursor \(cur.x) outside \(rect)")
                // The character under the cursor is the one at `cursor` in the text.
                let start = f.scrollOffset(width: width)
                let before = String(Array(f.text)[start..<f.cursor])
                #expect(cur.x == rect.x + TextWidth.of(before))
                #expect(c[0, 0] == .blank && c[width + 1, 0] == .blank)
                for x in rect.x..<rect.maxX where c[x, 0].width == 2 { #expect(x + 1 < rect.maxX) }
            }
        }
    }
}
