import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: internal note or message")
struct NoteUpdateTests {
    @Test func f6MakesTheFirstEntryAnInternalNoteAndBack() {
        var d = Driver()
        d.pickAnn()
        d.fire(.draftSave)   // the contact's pick is saved; the next change starts the timer again
        #expect(d.state.compose.messageType == .message)
        d.send(.key(.function(6)), effects: [.startTimer(.draftSave, milliseconds: 1000)]) {
            $0.compose.messageType = .note
            $0.draftChangedSinceSave = true
        }
        d.key(.function(6))
        #expect(d.state.compose.messageType == .message)
    }

    @Test func theNoteIsSentAsANoteAndSaidSoOnReviewSendingAndResult() {
        var d = Driver()
        d.pickAnn()
        d.type("Refund for order 42")
        d.key(.tab)
        d.send(.paste("Hello,\nthe refund did not arrive."))
        d.key(.function(6))
        d.key(.ctrl("r"))
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("AN INTERNAL NOTE"))
        d.key(.enter)
        #expect(d.effects.submits.map(\.messageType) == [.note])
        let sending = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(sending.contains("AN INTERNAL NOTE"))
        d.send(.submitFinished(.success(Fx.record()), sentAt: Fx.at(2)))
        #expect(d.state.result?.sentAs == .note)
        let result = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(result.contains("as an INTERNAL NOTE"))
        // The next case starts as a message again.
        #expect(d.state.compose.messageType == .message)
    }

    @Test func aMessageIsTheDefaultAndSaysSo() {
        var d = Driver()
        d.toReview()
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("a message to the customer"))
        d.key(.enter)
        #expect(d.effects.submits.map(\.messageType) == [.message])
    }

    @Test func draftsCarryTheNoteAndOldDraftsAreMessages() throws {
        var d = Driver()
        d.pickAnn()
        d.type("x")
        d.key(.function(6))
        let draft = d.state.draft(at: Fx.t0)
        #expect(draft.messageType == .note)
        let old = #"{"title":"t","message":"m","channel":"chat","agentId":0,"updatedAt":0,"contactId":1234}"#
        let decoded = try JSONDecoder().decode(Draft.self, from: Data(old.utf8))
        #expect(decoded.messageType == nil)
        var e = Driver()
        e.send(.draftFound(draft))
        e.key(.char("r"))
        #expect(e.state.compose.messageType == .note)
    }
}
