import AcquireKit
@testable import CaseDesk
import TerminalUI
import Testing

/// A Retry-After blocks the agent for at most `SendState.longestWait`, and the screen says so.
@Suite struct RetryWaitCapTests {
    @Test func aHugeRetryAfterIsCappedAndSaidSo() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.rateLimited(retryAfter: 999_999_999)), sentAt: Fx.at(2)))
        #expect(d.state.sending.countdown == 600)
        #expect(d.state.sending.askedWait == 999_999_999)
        let sending = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(sending.contains("Retry allowed in 600 s."))
        #expect(sending.contains("Acquire asked to wait 999999999 s; the wait is capped at 10 minutes"))
        // Back on the review, Enter waits for the capped countdown and then works.
        d.key(.escape)
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("sending works again in 600 s.") && review.contains("capped at 10 minutes"))
        #expect(d.key(.enter).isEmpty)
        for _ in 0..<600 { d.fire(.countdown) }
        #expect(d.state.sending.countdown == 0)
        #expect(d.key(.enter).submits.count == 1)
        // The new attempt forgets the old wait.
        #expect(d.state.sending.askedWait == nil)
    }

    @Test func aWaitWithinTheCapIsKeptAsAsked() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.unavailable(retryAfter: 600)), sentAt: Fx.at(2)))
        #expect(d.state.sending.countdown == 600 && d.state.sending.askedWait == nil)
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(!text.contains("capped"))
    }
}
