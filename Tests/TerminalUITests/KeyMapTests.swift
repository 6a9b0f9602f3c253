import PropertyBased
import TerminalUI
import Testing

@Suite struct KeyMapTests {
    let map = KeyMap([
        KeyBinding([.enter], "submit"),
        KeyBinding([.escape], "back"),
        KeyBinding([.up, .down], "move"),
        KeyBinding([.function(1), .char("?")], "help", inHelpLine: false),
        KeyBinding([.ctrl("c")], "quit"),
    ])

    @Test func helpLineListsKeysInOrder() {
        let line = map.helpLine(width: 80)
        #expect(line.plain == "Enter submit  Esc back  ↑/↓ move  ^C quit")
        #expect(line.runs.first == .init("Enter", Style(.accent, bold: true)))
        #expect(line.runs.filter { $0.style.role == .accent }.map(\.text) == ["Enter", "Esc", "↑/↓", "^C"])
    }

    @Test func helpLineDropsEntriesThatDoNotFit() {
        #expect(map.helpLine(width: 30).plain == "Enter submit  Esc back")
        #expect(map.helpLine(width: 31).plain == "Enter submit  Esc back  ^C quit")
        #expect(map.helpLine(width: 5).plain == "")
    }

    @Test func helpLineFitsAnyWidth() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...100)) { width in
            let line = map.helpLine(width: width)
            #expect(line.width <= width)
            // Entries shown keep the key map's order.
            let shown = line.runs.filter { $0.style.role == .accent }.map(\.text)
            let all = map.bindings.filter(\.inHelpLine).map(\.keysLabel)
            var i = all.startIndex
            for s in shown {
                while i < all.endIndex, all[i] != s { i += 1 }
                #expect(i < all.endIndex, "\(shown) out of order")
            }
        }
    }

    @Test func helpLinesListEveryBinding() {
        let lines = map.helpLines(width: 30).map(\.plain)
        #expect(lines == ["Enter  submit", "Esc    back", "↑/↓    move", "F1/?   help", "^C     quit"])
    }

    @Test func helpLinesFitAnyWidth() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...40)) { width in
            let lines = map.helpLines(width: width)
            #expect(lines.count == map.bindings.count)
            for line in lines { #expect(line.width <= width, "\(line.plain) wider than \(width)") }
        }
    }

    @Test func matchesMouseEventsAnywhere() {
        let b = KeyBinding([.wheelUp(Point(x: 0, y: 0)), .ctrl("p")], "scroll")
        #expect(b.matches(.wheelUp(Point(x: 9, y: 3))))
        #expect(b.matches(.ctrl("p")))
        #expect(!b.matches(.wheelDown(Point(x: 0, y: 0))))
        #expect(map.binding(for: .char("?"))?.help == "help")
        #expect(map.binding(for: .char("x")) == nil)
    }
}
