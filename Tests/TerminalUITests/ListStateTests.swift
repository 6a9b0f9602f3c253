import PropertyBased
import TerminalUI
import Testing

@Suite struct ListStateTests {
    static let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end,
                              .wheelUp(Point(x: 0, y: 0)), .wheelDown(Point(x: 3, y: 4)), .char("x")]

    @Test func selectionStaysInRangeAndVisible() async {
        let ops = Gen.int(in: 0..<Self.keys.count + 1).array(of: 0...50)
        await propertyCheck(count: 300, input: ops, Gen.int(in: 0...40), Gen.int(in: 1...10)) { ops, count, page in
            var list = ListState(count: count)
            for op in ops {
                if op == Self.keys.count {
                    list.count = max(0, list.count - 7)  // the list shrinks (a new search answer)
                    list.scrollToSelection(pageSize: page)
                } else {
                    _ = list.handle(Self.keys[op], pageSize: page)
                }
                #expect(list.selected >= 0)
                #expect(list.count == 0 ? list.selected == 0 : list.selected < list.count)
                if list.count > 0 {
                    #expect(list.offset <= list.selected && list.selected < list.offset + page,
                            "offset \(list.offset) selected \(list.selected) page \(page)")
                }
                let visible = list.visibleRange(pageSize: page)
                #expect(visible.count <= page)
                if list.count > 0 { #expect(visible.contains(list.selected)) }
                #expect(visible.upperBound <= list.count)
            }
        }
    }

    @Test func pageKeysAndEnds() {
        var list = ListState(count: 25)
        #expect(list.handle(.pageDown, pageSize: 10) == true)
        #expect(list.selected == 10 && list.offset == 1)
        _ = list.handle(.pageDown, pageSize: 10)
        _ = list.handle(.pageDown, pageSize: 10)
        #expect(list.selected == 24 && list.offset == 15)
        #expect(list.handle(.down, pageSize: 10) == false)
        #expect(list.handle(.home, pageSize: 10) == true)
        #expect(list.selected == 0 && list.offset == 0)
        #expect(list.handle(.up, pageSize: 10) == false)
        #expect(list.handle(.end, pageSize: 10) == true)
        #expect(list.selected == 24)
        #expect(list.handle(.pageUp, pageSize: 10) == true)
        #expect(list.selected == 14 && list.offset == 14)
        #expect(list.handle(.enter, pageSize: 10) == false)
    }

    @Test func wheelScrollsAndDragsTheSelectionAlong() {
        var list = ListState(count: 20)
        #expect(list.handle(.wheelDown(Point(x: 0, y: 0)), pageSize: 5) == true)
        #expect(list.offset == 3 && list.selected == 3)
        list.selected = 6
        _ = list.handle(.wheelUp(Point(x: 0, y: 0)), pageSize: 5)
        #expect(list.offset == 0 && list.selected == 4)
    }

    @Test func settingCountAndSelectedClamps() {
        var list = ListState(count: 5)
        list.selected = 9
        #expect(list.selected == 4)
        list.count = 2
        #expect(list.selected == 1)
        list.count = 0
        #expect(list.selected == 0 && list.visibleRange(pageSize: 5).isEmpty)
        list.selected = -3
        #expect(list.selected == 0)
        #expect(list.handle(.down, pageSize: 5) == false)
    }
}

@Suite struct ScrollStateTests {
    @Test func offsetStaysInRange() async {
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .wheelUp(Point(x: 0, y: 0)), .wheelDown(Point(x: 0, y: 0))]
        await propertyCheck(count: 300, input: Gen.int(in: 0..<keys.count).array(of: 0...40), Gen.int(in: 0...60), Gen.int(in: 1...12)) { ops, content, height in
            var s = ScrollState()
            for op in ops {
                _ = s.handle(keys[op], contentHeight: content, viewportHeight: height)
                #expect(s.offset >= 0 && s.offset <= max(0, content - height))
            }
        }
    }

    @Test func pageKeysKeepOneLineOfContext() {
        var s = ScrollState()
        #expect(s.handle(.pageDown, contentHeight: 30, viewportHeight: 10) == true)
        #expect(s.offset == 9)
        #expect(s.handle(.end, contentHeight: 30, viewportHeight: 10) == true)
        #expect(s.offset == 20)
        #expect(s.handle(.down, contentHeight: 30, viewportHeight: 10) == false)
        #expect(s.handle(.pageUp, contentHeight: 30, viewportHeight: 10) == true)
        #expect(s.offset == 11)
        #expect(s.handle(.home, contentHeight: 30, viewportHeight: 10) == true)
        #expect(s.offset == 0)
        #expect(s.handle(.up, contentHeight: 30, viewportHeight: 10) == false)
        #expect(s.handle(.pageDown, contentHeight: 5, viewportHeight: 10) == false)  // content fits: nothing to scroll
        #expect(s.handle(.tab, contentHeight: 30, viewportHeight: 10) == false)
    }

    @Test func scrollToALine() {
        var s = ScrollState()
        s.scroll(to: 12, contentHeight: 30, viewportHeight: 10)
        #expect(s.offset == 12)
        s.scroll(to: 28, contentHeight: 30, viewportHeight: 10)
        #expect(s.offset == 20)
        s.scroll(to: -4, contentHeight: 30, viewportHeight: 10)
        #expect(s.offset == 0)
    }

    @Test func clampAfterTheContentShrinks() {
        var s = ScrollState()
        _ = s.handle(.end, contentHeight: 100, viewportHeight: 10)
        #expect(s.offset == 90)
        s.clamp(contentHeight: 15, viewportHeight: 10)
        #expect(s.offset == 5)
    }
}
