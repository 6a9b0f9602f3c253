import AcquireSandbox
import Foundation
import Testing

/// A create whose outcome is not known is never offered as unsent (it is settled by lookup first),
/// and a lookup never takes a case that was there before this send for the one just sent.
@Suite struct SendOutcomeTests {
    static let title = "Printer broken"
    static let message = ["Hello, my printer is on fire."]

    /// The app dies (kill -9, or a hang-up) while the create is in flight and the sandbox has
    /// stored the case: the draft says "sent, outcome unknown"; the next start looks the case up,
    /// finds it, and sends nothing again.
    @Test(arguments: [SIGKILL, SIGHUP])
    func aCaseSentBeforeTheAppDiedIsSettledByLookupNotSentAgain(signal: Int32) async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse("create:latency=15000")])
        do {
            try await s.launch()
            try await s.fillAndReview(title: Self.title, message: Self.message)
            try await s.keys("Enter")
            // The sandbox stores the case, then holds the answer.
            #expect(try await eventually { try await s.creates().count == 1 }, "the create never reached the sandbox")
            #expect(kill(s.appPID, signal) == 0)
            #expect(try await eventually { !SignalDraftTests.isRunning(s.appPID) }, "the app survived signal \(signal)")
            let marker = s.draft()?["sent"] as? [String: Any]
            #expect(marker?["at"] != nil, "the draft does not say it was sent: \(String(describing: s.draft()))")
            try await s.launch()
            let settled = try await s.waitFor("created: case #")
            #expect(settled.contains("(found among the contact's recent cases)"), "\(settled)")
            #expect(!s.screensSeen.contains { $0.contains("An unsent case was found.") }, "the sent case was offered as unsent")
            #expect(try await eventually { s.draft() == nil }, "the settled draft is still on disk")
            #expect(try await s.creates().count == 1, "a second create was sent")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// The same text sent twice to one contact; the second create fails with a 500 that created
    /// nothing: the first case (same title and message, a moment ago) is not taken for it.
    @Test func aFailedCreateIsNotReportedAsTheEarlierCaseWithTheSameText() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.fillAndReview(title: Self.title, message: Self.message)
            try await s.keys("Enter")
            try await s.waitFor("created: case #")
            try await s.keys("n")
            try await s.waitForScreen("a new case for the same contact") { $0.contains("Title") && !$0.contains("created: case #") }
            try await s.compose(title: Self.title, message: Self.message)
            try await s.review()
            try await s.setFaults([try SandboxFault.parse("create:500")])
            try await s.keys("Enter")
            let outcome = try await s.waitForScreen("the outcome") { $0.contains("Not confirmed: it may exist.") || $0.contains("created: case #") }
            #expect(outcome.contains("Not confirmed: it may exist."), "the earlier case was taken for this one:\n\(outcome)")
            #expect(try await s.creates().count == 2)
            #expect(s.draft()?["title"] as? String == Self.title, "the draft of the unconfirmed case was dropped")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// `create` from the command line: the same rule (one implementation) for the same situation.
    @Test func theCommandLineCreateUsesTheSameBaseline() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let flags = ["create", "--contact", String(c.id), "--title", Self.title, "--field", "priority=normal", "--message", Self.message[0]]
            let first = try await s.command(flags)
            #expect(first.status == 0, "stderr: \(first.stderr)")
            try await s.setFaults([try SandboxFault.parse("create:500")])
            let second = try await s.command(flags)
            #expect(second.status == 3, "stdout: \(second.stdout) stderr: \(second.stderr)")
            #expect(!second.stdout.contains("(found)"), "\(second.stdout)")
            #expect(second.stderr.contains("not confirmed"), "\(second.stderr)")
            #expect(try await s.creates().count == 2)
        }
    }
}
