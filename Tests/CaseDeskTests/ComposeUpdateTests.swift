import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: compose, drafts, navigation")
struct ComposeUpdateTests {
    @Test func escGoesBackKeepingText() {
        var d = Driver()
        d.pickAnn()
        d.type("Refund")
        d.key(.tab)
        d.type("Hi")
        d.key(.escape)
        #expect(d.state.screen == .contact)
        #expect(d.state.search.query.text == "ann")
        d.key(.enter)
        #expect(d.state.screen == .compose)
        #expect(d.state.compose.title.text == "Refund")
        #expect(d.state.compose.message.text == "Hi")
        d.key(.ctrl("r"))
        #expect(d.state.screen == .review)
        d.key(.escape)
        #expect(d.state.screen == .compose)
        #expect(d.state.compose.message.text == "Hi")
    }

    @Test func tabCyclesFieldsAndQuestionMarkIsTextOnlyInTextFields() {
        var d = Driver()
        d.pickAnn()
        #expect(d.state.compose.focus == .title)
        d.key(.char("?"))
        #expect(d.state.compose.title.text == "?")
        d.key(.tab); d.key(.tab)
        #expect(d.state.compose.focus == .channel)
        d.key(.char("?"))
        #expect(d.state.overlay == .help)
        d.key(.char("?"))
        #expect(d.state.overlay == nil)
        d.key(.backTab); d.key(.backTab); d.key(.backTab)
        #expect(d.state.compose.focus == .agent)
    }

    @Test func channelDefaultsToChatAndCycles() {
        var d = Driver()
        d.pickAnn()
        #expect(d.state.compose.channel == "chat")
        d.key(.tab); d.key(.tab)
        d.key(.right)
        #expect(d.state.compose.channel == "mail")
        d.key(.enter)
        #expect(d.state.compose.picker?.kind == .channel)
        d.key(.up)
        d.key(.enter)
        #expect(d.state.compose.channel == "chat")
        #expect(d.state.compose.picker == nil)
    }

    @Test func agentPickerFiltersAndStartsWithAutomaticRouting() {
        var d = Driver()
        d.pickAnn()
        d.key(.backTab)   // agent
        d.key(.enter)
        #expect(d.state.agentChoices.first == AgentChoice(id: 0, name: "No agent: automatic routing", status: ""))
        #expect(d.state.agentChoices.count == 4)
        d.type("mar")
        #expect(d.state.agentChoices.map(\.id) == [20])
        d.key(.enter)
        #expect(d.state.compose.agentId == 20)
        #expect(d.state.pendingRequest?.routeAgentId == 20)
    }

    @Test func shortcutInsertsAtTheCursor() {
        var d = Driver()
        d.pickAnn()
        d.key(.tab)
        d.type("Hi. ")
        let e = d.key(.function(3))
        #expect(e == [.loadShortcuts(search: "")])
        d.send(.shortcutsLoaded(.success(Fx.shortcuts)))
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.message.text == "Hi. Your refund is on its way.")
        #expect(d.state.compose.focus == .message)
    }

    @Test func editorKeyEmitsTheTextAndTheAnswerReplacesIt() {
        var d = Driver()
        d.pickAnn()
        d.key(.tab)
        d.type("draft")
        // What was typed is saved before the editor takes the terminal.
        let draft = d.state.draft(at: d.state.now)
        #expect(d.key(.function(4)) == [.cancelTimer(.draftSave), .saveDraft(draft), .openEditor("draft")])
        // Nothing changed since: the editor opens at once.
        #expect(d.key(.function(4)) == [.openEditor("draft")])
        d.send(.editorFinished(.success("line one\nline two\n")))
        #expect(d.state.compose.message.text == "line one\nline two")
        d.send(.editorFinished(.failure(.exited(status: 1))))
        #expect(d.state.compose.message.text == "line one\nline two")
        #expect(d.state.compose.editorError == .exited(status: 1))
    }

    @Test func draftIsSavedAtMostOneSecondAfterTheFirstUnsavedChange() {
        var d = Driver()
        d.pickAnn()
        d.fire(.draftSave, at: 0.5)   // the pick of the contact, saved
        d.reset()
        // Only the first change starts the timer; the keys after it never push the save back.
        let typed = d.type("Refund")
        #expect(typed == [.startTimer(.draftSave, milliseconds: 1000)])
        let saved = d.fire(.draftSave, at: 3)
        #expect(saved == [.saveDraft(Draft(contactId: 1234, contactName: "Ann Lee", title: "Refund", message: "",
                                           channel: "chat", agentId: 0, updatedAt: Fx.at(3)))])
        // Nothing changed since: the timer firing again saves nothing.
        #expect(d.fire(.draftSave, at: 4).isEmpty)
        // Moving the cursor is not a change.
        #expect(d.key(.left).isEmpty)
        // After a save, the next change starts the timer again.
        #expect(d.type("!") == [.startTimer(.draftSave, milliseconds: 1000)])
    }

    @Test func draftOfferRestoreAndDiscard() {
        let draft = Draft(contactId: 1234, contactName: "Ann Lee", title: "Refund", message: "Hello\nthere",
                          channel: "mail", agentId: 19, updatedAt: Fx.at(-7200))
        var d = Driver()
        d.send(.draftFound(draft))
        #expect(d.state.overlay == .draftOffer(draft))
        // Keys other than the offer's own do nothing underneath.
        d.key(.char("x"))
        #expect(d.state.search.query.text == "")
        d.key(.char("r"))
        #expect(d.state.overlay == nil)
        #expect(d.state.screen == .compose)
        #expect(d.state.contact == ContactRef(id: 1234, name: "Ann Lee"))
        #expect(d.state.compose.message.text == "Hello\nthere")
        #expect(d.state.compose.channel == "mail" && d.state.compose.agentId == 19)

        var d2 = Driver()
        d2.send(.draftFound(draft))
        // Typing a word (as typeahead for the search would) never discards it: only Ctrl-D does.
        for c in "david" { #expect(d2.key(.char(c)).isEmpty) }
        #expect(d2.state.overlay == .draftOffer(draft))
        #expect(d2.key(.ctrl("d")) == [.deleteDraft])
        #expect(d2.state.overlay == nil)
        #expect(d2.state.compose.title.text == "")
    }

    /// A restored contact is fetched again; sending waits for it, and a changed name is said on the review.
    @Test func aRestoredContactIsFetchedAgainBeforeItCanBeSentTo() {
        let draft = Draft(contactId: 1234, contactName: "Sophia Taylor", title: "Refund", message: "Hello",
                          channel: "chat", agentId: 0, updatedAt: Fx.at(-7200))
        var d = Driver()
        d.send(.draftFound(draft))
        let e = d.key(.char("r"))
        guard case .loadContact(1234, let token)? = e.first else { Issue.record("\(e)"); return }
        d.key(.ctrl("r"))
        #expect(d.state.problems == [.contactBeingChecked])
        #expect(d.key(.enter).submits.isEmpty)
        d.send(.contactLoaded(token: token, .success(Fx.ann)))
        #expect(d.state.problems.isEmpty)
        #expect(d.state.contact == ContactRef(id: 1234, name: "Ann Lee"))
        let review = view(d.state, size: Size(width: 100, height: 30), glyphs: .unicode).plainText()
        #expect(review.contains("\"Sophia Taylor\" when the draft was saved"), "\(review)")
    }

    @Test func ctrlCWithUnsentTextAsksFirst() {
        var d = Driver()
        #expect(d.key(.ctrl("c")) == [.cancelTimer(.draftSave), .quit(code: 130)])   // nothing typed: quits

        var d2 = Driver()
        d2.pickAnn()
        d2.type("Refund")
        #expect(d2.key(.ctrl("c")).isEmpty)
        #expect(d2.state.overlay == .quitConfirm)
        #expect(d2.key(.char("n")).isEmpty)
        #expect(d2.state.overlay == nil)
        #expect(d2.state.compose.title.text == "Refund")
        d2.key(.ctrl("c"))
        let quit = d2.key(.char("y"))
        #expect(quit.last == .quit(code: 130))
        #expect(quit.contains { if case .saveDraft(let dr) = $0 { return dr.title == "Refund" } else { return false } })
        d2.key(.ctrl("c"))
        #expect(d2.key(.char("d")) == [.cancelTimer(.draftSave), .deleteDraft, .quit(code: 130)])
    }

    @Test func ctrlZSuspends() {
        var d = Driver()
        #expect(d.key(.ctrl("z")) == [.suspend])
    }

    @Test func keysAreIgnoredWhileTheTerminalIsTooSmall() {
        var d = Driver()
        d.toReview()
        d.send(.resize(Size(width: 39, height: 12)))
        let before = d.state
        #expect(d.key(.enter).isEmpty)
        #expect(d.type("xyz").isEmpty)
        #expect(d.state == before)
        #expect(d.key(.ctrl("z")) == [.suspend])
        d.send(.resize(Size(width: 80, height: 24)))
        #expect(d.key(.enter).submits.count == 1)
    }

    @Test func resizeOnlyRelaysOutAndLosesNothing() {
        var d = Driver()
        d.pickAnn()
        d.type("Refund")
        let before = d.state
        #expect(d.send(.resize(Size(width: 30, height: 8))).isEmpty)
        #expect(d.send(.resize(Size(width: 80, height: 24))).isEmpty)
        var expected = before
        expected.size = Size(width: 80, height: 24)
        #expect(d.state == expected)
    }
}
