import AcquireSandbox
import Foundation
import Testing

/// Issue 5, sending: each sandbox fault on the create, set just before Enter on the review screen.
/// The journal shows exactly as many creates as were sent (none resent by the app itself), the screen
/// shows the right sentence, and what was typed is intact.
@Suite struct CreateFaultTests {
    static let title = "Refund für Bestellung №7"
    static let message = ["Grüße aus Köln — the parcel never came", "二つ目の行"]

    /// How the create ends.
    enum Outcome: Sendable {
        /// The case exists and the app says "created: case #N" after looking it up.
        case foundByLookup
        /// The app cannot tell: "Not confirmed: it may exist", resend offered.
        case notConfirmed
        /// Refused or failed; the sentence, and whether `r` may retry.
        case failed(retry: Bool)
    }

    /// One fault and what must be seen.
    struct Case: Sendable, CustomTestStringConvertible {
        var spec: String
        var sentences: [String]
        var outcome: Outcome
        var keepAlive = true
        var testDescription: String { spec + (keepAlive ? "" : " (no keep-alive)") }
    }

    static let cases: [Case] = [
        Case(spec: "create:500:stored", sentences: ["created: case #", "(found among the contact's recent cases)"], outcome: .foundByLookup),
        Case(spec: "create:500", sentences: ["Not confirmed: it may exist.", "r resends", "(HTTP 500)"], outcome: .notConfirmed),
        Case(spec: "create:502", sentences: ["Not confirmed: it may exist.", "(HTTP 502 from a proxy)"], outcome: .notConfirmed),
        Case(spec: "create:401", sentences: ["Acquire refused the API key.", "set ACQUIRE_API_KEY", "nothing was created"],
             outcome: .failed(retry: false)),
        Case(spec: "create:403", sentences: ["The API key is not allowed to do this.", "Ask an Acquire admin"],
             outcome: .failed(retry: false)),
        Case(spec: "create:503", sentences: ["Acquire is unavailable for now.", "r retries now."], outcome: .failed(retry: true)),
        Case(spec: "create:429", sentences: ["Acquire is receiving too many requests.", "r retries now."], outcome: .failed(retry: true)),
        Case(spec: "create:drop", sentences: ["created: case #", "(found among the contact's recent cases)"], outcome: .foundByLookup,
             keepAlive: false),
        Case(spec: "create:drop", sentences: ["created: case #", "(found among the contact's recent cases)"], outcome: .foundByLookup),
        Case(spec: "create:truncated", sentences: ["created: case #", "(found among the contact's recent cases)"], outcome: .foundByLookup),
        Case(spec: "create:malformed", sentences: ["created: case #", "(found among the contact's recent cases)"], outcome: .foundByLookup),
    ]

    /// Starts the app, fills the form, sets the fault, presses Enter on review.
    /// `timeout` is the app's request timeout: short by default, so a stalled connection turns into
    /// an answer well within the test's limits; long where the test must not depend on it.
    static func submitWithFault(_ faults: [SandboxFault], keepAlive: Bool = true, timeout: Int = 6) async throws -> AppSession {
        let s = try await AppSession.start(keepAlive: keepAlive)
        try await s.launch(extraEnv: ["ACQUIRE_TIMEOUT": String(timeout)])
        try await s.fillAndReview(title: title, message: message)
        try await s.setFaults(faults)
        try await s.keys("Enter")
        return s
    }

    /// Esc back to the review: the title and message are still there.
    static func expectFormIntact(_ s: AppSession, _ note: String) async throws {
        try await s.keys("Escape")
        let review = try await s.waitForScreen("the review after Esc (\(note))") { $0.contains("Enter sends exactly this:") }
        #expect(review.contains(title) && message.allSatisfy { review.contains($0) }, "\(note): the form lost text:\n\(review)")
        // The draft is saved about a second after the last change, and kept after a failed create.
        #expect(try await eventually { s.draft()?["title"] as? String == title }, "\(note): no draft on disk")
    }

    /// The screen of a case found after the fault: title and message shown, the draft removed.
    static func expectCreated(_ s: AppSession, _ screen: String, _ note: String) async throws {
        #expect(screen.contains(title) && screen.contains(message[0]), "\(note): the result lacks the case:\n\(screen)")
        // The contact loaded before sending is shown, also when the case was found by a lookup
        // (whose case list carries only a bare contact).
        let shown = try await s.waitForScreen("the contact's fields on the result (\(note))") { !$0.contains("no fields") && !$0.contains("no visits") }
        #expect(!shown.contains("for #5"), "\(note): the banner lost the contact's name:\n\(shown)")
        #expect(try await eventually { s.draft() == nil }, "\(note): the draft was kept after a confirmed create")
    }

    @Test(arguments: cases)
    func faultOnCreate(_ c: Case) async throws {
        let s = try await Self.submitWithFault([try SandboxFault.parse(c.spec)], keepAlive: c.keepAlive)
        do {
            let screen = try await s.waitForScreen("the answer to \(c.spec)") { screen in c.sentences.allSatisfy(screen.contains) }
            // Let any resend the app (or its HTTP stack) might make by itself arrive before counting.
            let settled = try await s.waitForScreen("the outcome to settle") { !$0.contains("Checking whether") && !$0.contains("Sending the case") }
            let sent = try await s.creates().count
            #expect(sent == 1, "\(c.spec): creates sent: \(sent)\n\(settled)")
            switch c.outcome {
            case .foundByLookup:
                try await Self.expectCreated(s, screen, c.spec)
            case .notConfirmed:
                #expect(screen.contains(Self.title), "\(c.spec): the title is not shown:\n\(screen)")
                try await Self.expectFormIntact(s, c.spec)
            case .failed(let retry):
                if retry {
                    #expect(screen.contains("r retries now."), "\(c.spec): no retry offered:\n\(screen)")
                } else {
                    // `r` is not offered after 401/403; nothing more is sent.
                    try await s.keys("r")
                    let still = try await s.screen()
                    #expect(!still.contains("Sending the case"), "\(c.spec): r sent again:\n\(still)")
                }
                try await Self.expectFormIntact(s, c.spec)
                #expect(try await s.creates().count == 1, "\(c.spec): creates after r and Esc")
            }
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func notConfirmedResendsOnlyOnR() async throws {
        let s = try await Self.submitWithFault([try SandboxFault.parse("create:500")])
        do {
            try await s.waitFor("Not confirmed: it may exist.")
            #expect(try await s.creates().count == 1)
            try await s.setFaults([])
            try await s.keys("r")
            let screen = try await s.waitFor("created: case #")
            #expect(try await s.creates().count == 2, "r sends exactly once more")
            try await Self.expectCreated(s, screen, "resend")
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test(arguments: [("create:503:retry=3", "Acquire is unavailable for now."),
                      ("create:429:retry=3", "Acquire is receiving too many requests.")])
    func retryAfterCountsDownThenAllowsRetry(spec: String, sentence: String) async throws {
        let s = try await Self.submitWithFault([try SandboxFault.parse(spec)])
        do {
            let first = try await s.waitForScreen("a countdown") { $0.contains(sentence) && $0.contains("Retry allowed in") }
            #expect(first.contains(Self.title), "\(spec): the form is not shown:\n\(first)")
            // `r` during the countdown does nothing.
            try await s.keys("r")
            try await s.waitFor("r retries now.")
            #expect(try await s.creates().count == 1, "\(spec): sent again by itself")
            try await s.setFaults([])
            try await s.keys("r")
            let done = try await s.waitFor("created: case #")
            #expect(!done.contains("found among"), "\(spec): the retry's own answer confirms it")
            #expect(try await s.creates().count == 2, "\(spec): one create, one retry on r")
            try await Self.expectCreated(s, done, spec)
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func latencyThenEscCancels() async throws {
        // The sandbox answers the create only when it stops, and the app's timeout (5 min) is longer
        // than the test: only Esc can end the wait, however loaded the machine.
        let s = try await Self.submitWithFault([try SandboxFault.parse("create:latency=3600000")], timeout: 300)
        do {
            try await s.waitFor("Sending the case to Acquire…")
            // The contact's cases are listed before the create leaves: Esc once the sandbox holds the create.
            #expect(try await eventually { try await s.creates().count == 1 }, "the create never reached the sandbox")
            try await s.keys("Escape")
            // The slow server stored the case before it answered: after the cancel the app looks
            // among the contact's recent cases and finds it.
            let found = try await s.waitForScreen("the lookup after Esc", seconds: 120) { $0.contains("created: case #") }
            #expect(found.contains("found among the contact's recent cases"), "\(found)")
            #expect(try await s.creates().count == 1)
            try await Self.expectCreated(s, found, "latency+Esc")
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func repeatedEnterAndResizeSendOnce() async throws {
        // The answer comes 1.5 s late, well inside the app's timeout (60 s): it confirms the create itself.
        let s = try await Self.submitWithFault([try SandboxFault.parse("create:latency=1500")], timeout: 60)
        do {
            // More Enters (a key repeat), a resize and Enter again while the create is in flight.
            try await s.keys("Enter", "Enter", "Enter")
            try await s.tmux { try $0.resize(width: 90, height: 28) }
            try await s.keys("Enter")
            let done = try await s.waitFor("created: case #")
            #expect(!done.contains("found among"), "the create's own answer confirms it:\n\(done)")
            try await s.keys("Enter", "Enter")
            try await s.waitForScreen("the screen to settle") { $0.contains("created: case #") }
            #expect(try await s.creates().count == 1, "one submit sent more than one create")
        } catch { Issue.record(error) }
        await s.close()
    }
}
