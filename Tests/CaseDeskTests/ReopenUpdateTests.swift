import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: reopening a closed case")
struct ReopenUpdateTests {
    static let closed = CaseRecord(id: 40, threadId: 39, title: "Printer smokes", description: "", channel: "chat",
                                   status: "closed", dateCreated: Fx.at(-86400), contactId: 1234, sessionId: 77)
    static let active = CaseRecord(id: 41, threadId: 41, title: "Still open", description: "", channel: "chat",
                                   status: "active", dateCreated: Fx.at(-600), contactId: 1234)

    static func withCases() -> Driver {
        var d = Driver()
        d.pickAnn()
        d.send(.contactCasesLoaded(contactId: 1234, .success([active, closed])))
        return d
    }

    @Test func pickingAContactLoadsItsLatestCasesOnce() {
        var d = Driver()
        d.pickAnn()
        #expect(d.effects.filter { $0 == .loadContactCases(contactId: 1234, limit: 5) }.count == 1)
        d.key(.function(7))
        #expect(!d.effects.dropLast(0).filter { $0 == .loadContactCases(contactId: 1234, limit: 5) }.isEmpty)
        #expect(d.state.compose.picker?.kind == .reopen)
    }

    @Test func aClosedCaseIsReopenedByThreadAndSession() {
        var d = Self.withCases()
        d.type("Again")
        d.key(.tab)
        d.send(.paste("It smokes again."))
        d.key(.function(7))
        d.key(.down)
        d.key(.enter)   // the active one: refused, the list stays open and says why
        #expect(d.state.compose.picker?.kind == .reopen)
        #expect(d.state.compose.reopenProblem?.contains("only a closed case can be reopened") == true)
        #expect(d.state.compose.reopen == nil)
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.picker == nil)
        #expect(d.state.compose.reopen?.id == 40)
        d.key(.ctrl("r"))
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("Reopens case #40"))
        d.key(.enter)
        let sent = d.effects.submits
        #expect(sent.count == 1)
        #expect(sent.first?.threadId == 39)
        #expect(sent.first?.sessionId == 77)
        d.send(.submitFinished(.success(Fx.record(id: 42)), sentAt: Fx.at(2)))
        #expect(d.state.result?.reopened == 40)
        #expect(view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText().contains("reopening #40"))
    }

    @Test func theFirstRowIsANewCaseAndAnotherContactForgetsTheChoice() {
        var d = Self.withCases()
        d.key(.function(7))
        d.key(.down)
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.reopen?.id == 40)
        d.key(.function(7))
        d.key(.home)
        d.key(.enter)
        #expect(d.state.compose.reopen == nil)
        #expect(d.state.pendingRequest?.threadId == nil)
        // A late answer for another contact is dropped.
        d.send(.contactCasesLoaded(contactId: 77, .success([Self.closed])))
        #expect(d.state.compose.cases == .loaded([Self.active, Self.closed]))
    }
}

@Suite("update: the preview's latest cases")
struct PreviewCasesTests {
    @Test func thePreviewAsksOnceAndComposeReusesTheAnswer() {
        var d = Driver()
        d.type("ann")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
        #expect(d.effects.filter { $0 == .loadContactCases(contactId: 1234, limit: 5) }.count == 1)
        d.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
        d.send(.contactLoaded(token: d.lastContactToken!, .success(Fx.ann)))
        let preview = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(preview.contains("Latest cases") && preview.contains("#40 closed Printer s") && preview.contains("#41 active"))
        d.key(.enter)
        #expect(d.state.compose.cases == .loaded([ReopenUpdateTests.active, ReopenUpdateTests.closed]))
        #expect(d.effects.filter { $0 == .loadContactCases(contactId: 1234, limit: 5) }.count == 1)
        // A case created for the contact: its list is asked again for the next case.
        d.type("Again")
        d.key(.tab)
        d.send(.paste("Smokes again."))
        d.key(.ctrl("r"))
        d.key(.enter)
        d.send(.submitFinished(.success(Fx.record()), sentAt: Fx.at(2)))
        #expect(d.state.contactCases[1234] == nil)
    }
}

@Suite("update: a draft keeps the case it reopens")
struct ReopenDraftTests {
    @Test func theReopenIsSavedAndTakenBackWhenTheCasesArrive() {
        var d = ReopenUpdateTests.withCases()
        d.type("Again")
        d.key(.function(7))
        d.key(.down)
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.reopen?.id == 40)
        let draft = d.state.draft(at: Fx.t0)
        #expect(draft.reopenCaseId == 40)
        var e = Driver()
        e.send(.draftFound(draft))
        let restored = e.key(.char("r"))
        #expect(restored == [.loadContactCases(contactId: 1234, limit: 5)])
        #expect(e.state.compose.reopen == nil)
        e.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
        #expect(e.state.compose.reopen?.id == 40)
        #expect(e.state.pendingRequest?.threadId == 39)
        // A draft whose case is no longer closed opens a new thread.
        var f = Driver()
        f.send(.draftFound(draft.reopening(41)))
        f.key(.char("r"))
        f.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
        #expect(f.state.compose.reopen == nil && f.state.compose.pendingReopenId == nil)
    }
}
