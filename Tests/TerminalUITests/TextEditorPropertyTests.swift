import PropertyBased
import TerminalUI
import Testing

/// Random edit sequences over ASCII, CJK, emoji and combining marks, checked against `EditorModel`
/// and against the rendering invariants.
@Suite struct TextEditorPropertyTests {
    static let pool: [Key] = [
        .char("a"), .char("b"), .char(" "), .char("x"), .char("."), .char("字"), .char("한"),
        .char("😀"), .char("👍🏽"), .char("👨‍👩‍👧"), .char("e\u{301}"), .char("🇫🇷"), .char("ｗ"),
        .enter, .backspace, .delete, .left, .right, .up, .down, .home, .end, .pageUp, .pageDown,
        .wordLeft, .wordRight, .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("w"), .tab, .escape,
    ]
    static let pastes = ["ab\r\ncd\rz", "漢字かな 😀x\n\n", "n\u{303}o word", "long line of several words here"]
    /// Op codes: indexes into `pool`, then into `pastes`.
    static let opCount = pool.count + pastes.count

    static let ops = Gen.int(in: 0..<opCount).array(of: 0...80)
    static let widths = Gen.int(in: 2...16)
    static let heights = Gen.int(in: 1...6)

    @Test func textAndCursorFollowTheModel() async {
        await propertyCheck(count: 300, input: Self.ops, Self.widths, Self.heights) { ops, width, height in
            var editor = TextEditor()
            var model = EditorModel()
            let viewport = Size(width: width, height: height)
            for op in ops {
                if op < Self.pool.count {
                    let key = Self.pool[op]
                    _ = editor.handle(key, viewport: viewport)
                    if !model.apply(key) {
                        // A motion that depends on wrapping: the model adopts the editor's cursor.
                        model.cursor = Self.flatIndex(line: editor.cursorLine, column: editor.cursorColumn, in: model.chars)
                    }
                } else {
                    let paste = Self.pastes[op - Self.pool.count]
                    editor.insert(paste)
                    model.insert(paste)
                }
                #expect(editor.text == model.text)
                #expect(editor.cursorLine == model.line)
                #expect(editor.cursorColumn == model.column)
                let lines = editor.lines
                #expect(editor.lineCount == lines.count)
                #expect(editor.cursorLine < lines.count)
                if editor.cursorLine < lines.count {
                    #expect(editor.cursorColumn <= lines[editor.cursorLine].count)
                }
                if editor.text != model.text { return }
            }
        }
    }

    @Test func renderingKeepsRowsInsideAndTheCursorVisible() async {
        await propertyCheck(count: 300, input: Self.ops, Self.widths, Self.heights) { ops, width, height in
            var editor = TextEditor()
            let viewport = Size(width: width, height: height)
            let rect = Rect(x: 2, y: 1, width: width, height: height)
            for op in ops {
                if op < Self.pool.count {
                    _ = editor.handle(Self.pool[op], viewport: viewport)
                } else {
                    editor.insert(Self.pastes[op - Self.pool.count])
                }
                for row in editor.wrappedRows(width: width) {
                    #expect(TextWidth.of(row) <= width, "row \(row.debugDescription) wider than \(width)")
                }
                #expect(editor.wrappedRows(width: width).joined().filter { $0 != " " }
                    == editor.text.filter { $0 != " " && $0 != "\n" })
                var canvas = Canvas(size: Size(width: width + 4, height: height + 2))
                editor.render(into: &canvas, in: rect, focused: true)
                let cursor = try #require(canvas.cursor)
                #expect(cursor.x >= rect.x && cursor.x < rect.maxX && cursor.y >= rect.y && cursor.y < rect.maxY,
                        "cursor \(cursor) outside \(rect)")
                Self.expectNoSplitWideCells(canvas, rect: rect)
            }
        }
    }

    /// Every wide cell has its continuation right after it, inside the rect; nothing is drawn outside.
    static func expectNoSplitWideCells(_ canvas: Canvas, rect: Rect) {
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                let inside = x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY
                if !inside {
                    #expect(cell == .blank, "drawn outside the rect at \(x),\(y)")
                    continue
                }
                if cell.width == 2 {
                    #expect(x + 1 < rect.maxX, "wide char half at the row end (\(x),\(y))")
                    #expect(canvas[x + 1, y].width == 0)
                }
                if cell.width == 0 {
                    #expect(x > rect.x && canvas[x - 1, y].width == 2, "orphan continuation at \(x),\(y)")
                }
            }
        }
    }

    static func flatIndex(line: Int, column: Int, in chars: [Character]) -> Int {
        var i = 0
        var l = 0
        while l < line, i < chars.count {
            if chars[i] == "\n" { l += 1 }
            i += 1
        }
        return i + column
    }
}
