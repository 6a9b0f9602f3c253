import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: contact search")
struct SearchUpdateTests {
    @Test func startupLoadsChannelsAndAgents() {
        var s = AppState()
        let e = update(&s, .started(isSandbox: true, now: Fx.t0, timeZone: Fx.utc, size: Size(width: 80, height: 24)))
        #expect(e == [.loadChannels, .loadAgents, .loadFieldDefinitions])
        #expect(s.isSandbox)
    }

    @Test func typingFastSendsOneSearchAfterTheDebounce() {
        var d = Driver()
        let typed = d.type("ann lee")
        #expect(typed.searches.isEmpty)
        #expect(typed.filter { $0 == .startTimer(.searchDebounce, milliseconds: 200) }.count == 7)
        let fired = d.fire(.searchDebounce)
        #expect(fired.searches.count == 1)
        #expect(fired.searches.first?.0 == "ann lee")
        #expect(fired.searches.first?.1 == 0)
        #expect(d.state.search.searching)
    }

    @Test func staleAnswerIsDroppedWhateverTheOrder() {
        for lateFirst in [true, false] {
            var d = Driver()
            d.type("an")
            d.fire(.searchDebounce)
            let old = d.lastSearchToken!
            d.type("n")
            d.fire(.searchDebounce)
            let new = d.lastSearchToken!
            #expect(old != new)
            let oldAnswer = Msg.searchResults(token: old, page: 0, .success(Fx.page([Fx.bob])))
            let newAnswer = Msg.searchResults(token: new, page: 0, .success(Fx.page([Fx.ann])))
            if lateFirst {
                d.send(newAnswer)
                d.send(oldAnswer)
            } else {
                d.send(oldAnswer)
                #expect(d.state.search.results.isEmpty)
                #expect(d.state.search.searching)
                d.send(newAnswer)
            }
            #expect(d.state.search.results == [Fx.ann])
            #expect(!d.state.search.searching)
        }
    }

    @Test func resultsLoadThePreviewAndMovingDebouncesIt() {
        var d = Driver()
        d.type("a")
        d.fire(.searchDebounce)
        let e = d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
        guard case .loadContact(1234, let t)? = e.first else { Issue.record("no preview load: \(e)"); return }
        #expect(d.key(.down) == [.startTimer(.previewDebounce, milliseconds: 150)])
        let p = d.fire(.previewDebounce)
        guard case .loadContact(77, let t2)? = p.first else { Issue.record("no preview load: \(p)"); return }
        // Both answers are kept (a contact is a contact), and the highlighted one shows.
        d.send(.contactLoaded(token: t, .success(Fx.ann)))
        d.send(.contactLoaded(token: t2, .success(Fx.bob)))
        #expect(d.state.contacts[77] == Fx.bob)
        #expect(d.state.search.highlighted?.id == 77)
    }

    @Test func reachingTheEndLoadsTheNextPageOnce() {
        var d = Driver()
        d.type("a")
        d.fire(.searchDebounce)
        let token = d.lastSearchToken!
        d.send(.searchResults(token: token, page: 0, .success(Fx.page([Fx.ann, Fx.bob], total: 3, limit: 2))))
        let e = d.key(.down)
        #expect(e.searches.count == 1)
        #expect(e.searches.first?.1 == 1)
        #expect(e.searches.first?.2 == token)
        #expect(d.key(.down).searches.isEmpty)   // already loading
        d.send(.searchResults(token: token, page: 1, .success(Fx.page([Fx.chen], page: 1, total: 3, limit: 2))))
        #expect(d.state.search.results.map(\.id) == [1234, 77, 501])
        #expect(!d.state.search.hasMore)
        // A duplicate page answer adds nothing.
        d.send(.searchResults(token: token, page: 1, .success(Fx.page([Fx.chen], page: 1, total: 3, limit: 2))))
        #expect(d.state.search.results.count == 3)
    }

    @Test func recentContactsAreOfferedBeforeTyping() {
        var d = Driver()
        let recent = [RecentContact(Fx.bob, usedAt: Fx.t0), RecentContact(Fx.ann, usedAt: Fx.t0)]
        let e = d.send(.recentContacts(recent))
        #expect(d.state.search.rows.map(\.id) == [77, 1234])
        // The preview of the first: the contact and its latest cases.
        #expect(e == [.loadContact(id: 77, token: d.state.lastToken), .loadContactCases(contactId: 77, limit: 5)])
        d.type("x")
        #expect(d.state.search.rows.isEmpty)
        d.key(.backspace)
        #expect(d.state.search.rows.map(\.id) == [77, 1234])
        // Enter on a recent contact goes straight to compose.
        let pick = d.key(.enter)
        #expect(d.state.screen == .compose)
        #expect(d.state.contact == ContactRef(id: 77, name: "Bob Martin"))
        #expect(pick.contains(.rememberContact(RecentContact(id: 77, name: "Bob Martin", email: "bob@example.org",
                                                             phone: "+44 20 7946 0000", company: "Globex", usedAt: Fx.t0))))
    }

    @Test func aContactIdEnteredDirectlyIsLoaded() {
        var d = Driver()
        let typed = d.type("#1234")
        d.fire(.searchDebounce)
        #expect(typed.searches.isEmpty && d.effects.searches.isEmpty)
        let e = d.key(.enter)
        guard case .loadContact(1234, let token)? = e.first else { Issue.record("\(e)"); return }
        d.send(.contactLoaded(token: token, .success(Fx.ann)))
        #expect(d.state.screen == .compose)
        #expect(d.state.contact?.id == 1234)
    }

    @Test func anUnknownIdShowsTheErrorAndKeepsTheQuery() {
        var d = Driver()
        d.type("999")
        let e = d.key(.enter)   // digits with no results: an id
        guard case .loadContact(999, let token)? = e.first else { Issue.record("\(e)"); return }
        d.send(.contactLoaded(token: token, .failure(.notFound("contact #999"))))
        #expect(d.state.screen == .contact)
        #expect(d.state.search.error == .notFound("contact #999"))
        #expect(d.state.search.query.text == "999")
    }

    @Test func searchErrorKeepsResultsAndQuery() {
        var d = Driver()
        d.type("ann")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann]))))
        d.type("x")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .failure(.offline("connection refused"))))
        #expect(d.state.search.error == .offline("connection refused"))
        #expect(d.state.search.results == [Fx.ann])
        #expect(d.state.search.query.text == "annx")
    }

    @Test func questionMarkIsTextInTheSearchField() {
        var d = Driver()
        d.key(.char("?"))
        #expect(d.state.overlay == nil)
        #expect(d.state.search.query.text == "?")
        d.key(.function(1))
        #expect(d.state.overlay == .help)
        d.key(.escape)
        #expect(d.state.overlay == nil)
    }
}

@Suite("update: Enter before the search answer")
struct EarlyEnterTests {
    @Test func enterBeforeTheDebounceSearchesAtOnceAndPicksTheOnlyMatch() {
        var d = Driver()
        d.type("ann")
        let e = d.send(.key(.enter))
        #expect(e.contains(.cancelTimer(.searchDebounce)))
        #expect(e.searches.count == 1)
        #expect(e.searches.first?.0 == "ann")
        #expect(d.state.screen == .contact)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann]))))
        #expect(d.state.screen == .compose)
        #expect(d.state.contact?.id == Fx.ann.id)
    }

    @Test func enterWhileSearchingWithSeveralMatchesOnlyShowsThem() {
        var d = Driver()
        d.type("an")
        d.fire(.searchDebounce)
        let e = d.send(.key(.enter))
        #expect(e.searches.isEmpty, "the search for this query is already in flight")
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
        #expect(d.state.screen == .contact, "two match: the agent picks")
        #expect(d.state.contact == nil)
        #expect(!d.state.search.pickWhenAnswered)
    }

    @Test func typingAfterEnterCancelsTheEarlyPick() {
        var d = Driver()
        d.type("an")
        d.fire(.searchDebounce)
        d.send(.key(.enter))
        d.type("n")
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann]))))
        #expect(d.state.screen == .contact)
    }
}
