import TerminalUI
import Testing

@Suite("shared drawing: lists, labels, ASCII")
struct SharedDrawingTests {
    @Test func aSelectableListMarksAndReversesOnlyTheSelectedRow() {
        var c = Canvas(size: Size(width: 12, height: 3))
        var list = ListState(count: 5)
        list.selected = 4
        var drawn: [Int] = []
        SelectableList.draw(&c, in: Rect(x: 0, y: 0, width: 12, height: 3), list: list) { c, index, cells, style in
            drawn.append(index)
            c.put("row \(index)", x: cells.x, y: cells.y, style: style)
        }
        #expect(drawn == [2, 3, 4])   // the page that keeps the selection visible
        #expect(c.plainText().split(separator: "\n").map(String.init) == [" row 2", " row 3", "▸row 4"])
        #expect(c[11, 2].style == Style(.selected, reverse: true))
        #expect(c[11, 1].style == .normal)
    }

    @Test func aLabelledValueWrapsOrCutsAndShowsAPlaceholder() {
        let wrapped = LabelledValue.lines("Title", "one two three four", labelWidth: 7, width: 16)
        #expect(wrapped.map(\.plain) == ["Title  one two ", "       three ", "       four"].map { $0.trimmingTrailingSpaces })
        let cut = LabelledValue.lines("Title", "one two three four", labelWidth: 7, width: 16, wrap: false)
        #expect(cut.map(\.plain) == ["Title  one two …"])
        let empty = LabelledValue.lines("Agent", "", labelWidth: 7, width: 20, placeholder: "(empty)")
        #expect(empty.map(\.plain) == ["Agent  (empty)"])
        #expect(empty[0].runs.last?.style == Style(.dim))
        let longLabel = LabelledValue.lines("Department", "x", labelWidth: 6, width: 20)
        #expect(longLabel.map(\.plain) == ["Depa… x"])
    }

    @Test func symbolsBecomeASCIIAsTheyAreWritten() {
        var c = Canvas(size: Size(width: 12, height: 1), glyphs: .ascii)
        c.put("‹ a › ⠋…▸", x: 0, y: 0)
        #expect(c.plainText() == "< a > |.>")
        var u = Canvas(size: Size(width: 12, height: 1), glyphs: .unicode)
        u.put("‹ a › ⠋…▸", x: 0, y: 0)
        #expect(u.plainText() == "‹ a › ⠋…▸")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
