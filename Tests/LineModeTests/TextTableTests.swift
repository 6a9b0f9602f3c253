import Testing
@testable import LineMode

@Suite struct TextTableTests {
    @Test func columnsAlignByDisplayWidth() {
        let t = TextTable(headers: ["id", "name", "email"], rows: [["1", "山田太郎", "y@x"], ["22", "Ana", ""]])
        #expect(t.lines == ["ID  NAME      EMAIL", "1   山田太郎  y@x", "22  Ana"])
    }

    @Test func cellsAreSanitizedAndCut() {
        let t = TextTable(headers: ["name"], rows: [["a\u{1B}[2Jb"], [String(repeating: "x", count: 50)]], maxCellWidth: 10)
        #expect(t.lines[1] == "a^[[2Jb")
        #expect(t.lines[2] == String(repeating: "x", count: 9) + "…")
    }
}
