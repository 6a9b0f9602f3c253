import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: @ mentions in the message")
struct MentionUpdateTests {
    @Test func atOffersTheAgentsTypingFiltersAndEnterWritesTheName() {
        var d = Driver()
        d.pickAnn()
        d.type("Refund")
        d.key(.tab)
        d.type("Please look, @")
        #expect(d.state.compose.picker?.kind == .mention)
        #expect(d.state.mentionChoices.map(\.name) == ["David Guetta", "hello user1", "Maria Silva"])
        d.type("mar")
        #expect(d.state.mentionChoices.map(\.name) == ["Maria Silva"])
        d.key(.enter)
        #expect(d.state.compose.picker == nil)
        #expect(d.state.compose.message.text == "Please look, @Maria Silva ")
        d.type("thanks")
        d.key(.ctrl("r"))
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("Mentions @Maria Silva"))
        d.key(.enter)
        #expect(d.effects.submits.map(\.mentionUsers) == [["20"]])
        d.send(.submitFinished(.success(Fx.record()), sentAt: Fx.at(2)))
        #expect(d.state.result?.mentioned == ["Maria Silva"])
    }

    @Test func escLeavesTheAtAsTextAndARemovedNameIsNotSent() {
        var d = Driver()
        d.pickAnn()
        d.type("x")
        d.key(.tab)
        d.type("mail me @")
        d.key(.escape)
        #expect(d.state.compose.picker == nil)
        #expect(d.state.compose.message.text == "mail me @")
        d.type("@")
        d.key(.enter)     // David Guetta, the first
        #expect(d.state.compose.message.text == "mail me @@David Guetta ")
        for _ in 0..<14 { d.key(.backspace) }
        #expect(d.state.mentionIDs.isEmpty)
        #expect(d.state.pendingRequest?.mentionUsers == [])
    }
}
