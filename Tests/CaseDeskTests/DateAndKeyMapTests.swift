import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("dates, key maps, scrolling")
struct DateAndKeyMapTests {
    @Test(arguments: [
        (1_616_580_417.0, "UTC", "2021-03-24 10:06"),
        (1_616_580_417.0, "Asia/Tokyo", "2021-03-24 19:06"),
        (1_616_580_417.0, "America/Los_Angeles", "2021-03-24 03:06"),
        (1_709_208_000.0, "UTC", "2024-02-29 12:00"),
        (-1.0, "UTC", "1969-12-31 23:59"),
        (0.0, "UTC", "1970-01-01 00:00"),
    ])
    func datesAreShownInTheStateZone(_ seconds: Double, _ zone: String, _ expected: String) throws {
        let tz = try #require(TimeZone(identifier: zone))
        #expect(DateText.format(Date(timeIntervalSince1970: seconds), in: tz) == expected)
    }

    @Test func noDateIsADash() {
        #expect(DateText.format(nil, in: Fx.utc) == "-")
    }

    @Test func everyHelpLineEntryIsAKeyThatWorks() {
        // The help line is generated from the same bindings that dispatch keys.
        var d = Driver()
        d.toReview()
        let map = KeyMaps.keyMap(for: d.state)
        #expect(map.helpLine(width: 200).plain.contains("Enter submit"))
        for b in KeyMaps.bindings(for: d.state) {
            for k in b.binding.keys {
                #expect(KeyMaps.command(for: k, in: d.state) != nil, "\(k) listed but does nothing")
            }
        }
    }

    @Test func helpOverlayListsTheKeysOfTheScreenUnderIt() {
        var d = Driver()
        d.toReview()
        d.key(.char("?"))
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(text.contains("submit"))
        #expect(text.contains("back"))
        #expect(text.contains("suspend"))
    }

    @Test func resultPanesScrollWithKeysAndTheWheel() {
        var d = Screens.result()
        d.send(.resize(Size(width: 40, height: 12)))   // one pane at a time: Case is 16 lines in 7
        d.key(.pageDown)
        let afterPage = d.state.result?.detailsScroll.offset ?? 0
        #expect(afterPage > 0)
        d.key(.home)
        #expect(d.state.result?.detailsScroll.offset == 0)
        d.key(.wheelDown(Point(x: 5, y: 5)))
        #expect((d.state.result?.detailsScroll.offset ?? 0) > 0)
        d.key(.tab)
        #expect(d.state.result?.focus == .fields)
        d.key(.char("a"))
        #expect(d.state.screen == .contact)
        #expect(d.state.contact == nil)
        #expect(d.state.search.rows.first?.id == 1234)   // the contact just used is first among recent ones
    }

    @Test func quitFromTheResultNeedsNoConfirmation() {
        var d = Screens.result()
        #expect(d.key(.char("q")) == [.quit(code: 0)])
    }
}
