import AcquireKit
import CaseDesk
import Foundation
import Testing
@testable import LineMode

/// Notes and mentions in the line mode: asked from the review (`n`, `@`), said on the review, sent.
@Suite struct LineEntryTests {

    @Test func nMakesTheFirstEntryAnInternalNoteAndTheReviewSaysSo() {
        var t = Talk()
        t.toReview()
        #expect(t.c.step == .review)
        let said = t.type("n")
        #expect(t.c.messageType == .note)
        #expect(said.contains { if case .say(let s) = $0 { return s.contains("  Sends: AN INTERNAL NOTE") } else { return false } })
        #expect(t.c.draft(at: t.now).messageType == .note)
        let sent = t.type("y")
        #expect(sent.contains { if case .submit(let r) = $0 { return r.messageType == .note } else { return false } })
    }

    @Test func atAsksForMentionsByIdOrNameAndSendsTheirIds() {
        var t = Talk()
        t.toReview()
        let asked = t.type("@")
        #expect(t.c.step == .mentions)
        #expect(asked.contains(.say("Agents to mention (by id or name):\n  #3 José Silva\n  #4 Joseph Kim")))
        // "jos" names two agents: the sentence says so and asks again.
        let twice = t.type("jos")
        #expect(twice.first.map { if case .say(let s) = $0 { return s.contains("matches 2 agents") } else { return false } } == true)
        #expect(t.c.step == .mentions)
        t.type("kim, #3")
        #expect(t.c.mentions == [4, 3])
        #expect(t.c.step == .review)
        #expect(t.effects.contains(.say("Mentions: @Joseph Kim, @José Silva")))
        let sent = t.type("y")
        #expect(sent.contains { if case .submit(let r) = $0 { return r.mentionUsers == ["4", "3"] } else { return false } })
    }

    @Test func aDashClearsTheMentions() {
        var t = Talk()
        t.toReview()
        t.type("@")
        t.type("3")
        t.type("@")
        t.type("-")
        #expect(t.c.mentions.isEmpty)
        #expect(t.c.request?.mentionUsers == [])
    }
}
