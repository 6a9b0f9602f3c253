import AcquireSandbox
import Foundation
import Testing

/// Issue 5, drafts: what is typed survives SIGHUP, SIGTERM, SIGINT, the pane closed and `kill -9`,
/// is offered on the next start and restored; after a signal the terminal is sane again.
@Suite struct SignalDraftTests {
    static let title = "Crème brûlée — заказ 42"
    static let message = ["Zoë says: the naïve café", "二行目 line two", "Ελληνικά τρία"]

    /// The typed text is in the draft file, which is 0600 in a 0700 directory.
    static func expectDraftOnDisk(_ s: AppSession, _ note: String) {
        let draft = s.draft()
        #expect(draft?["title"] as? String == title, "\(note): draft \(String(describing: draft))")
        #expect(draft?["message"] as? String == message.joined(separator: "\n"), "\(note): draft \(String(describing: draft))")
        #expect(draft?["contactId"] as? Int == 5, "\(note): draft \(String(describing: draft))")
        #expect(AppSession.mode(s.draftPath) == 0o600, "\(note): draft file mode")
        #expect(AppSession.mode(s.stateDirectory) == 0o700, "\(note): state directory mode")
    }

    /// Starts the app again: the draft is offered; `r` puts the text back in the form.
    static func expectOfferedAndRestored(_ s: AppSession) async throws {
        try await s.launch()
        let offer = try await s.waitFor("An unsent case was found.")
        #expect(offer.contains(title), "the offer names the title:\n\(offer)")
        try await s.keys("r")
        let form = try await s.waitForScreen("the restored form") { screen in
            !screen.contains("An unsent case was found.") && screen.contains(title) && message.allSatisfy { screen.contains($0) }
        }
        #expect(form.contains("#5"), "the contact is restored:\n\(form)")
    }

    @Test(arguments: [(SIGHUP, Int32(129)), (SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func signalSavesDraftAndLeavesTerminalSane(signal: Int32, status: Int32) async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch(inShell: true)
            try await s.pickContact(5)
            try await s.compose(title: Self.title, message: Self.message)
            #expect(kill(s.appPID, signal) == 0)
            let after = try await s.waitFor("END")
            #expect(after.contains("rc=\(status)"), "exit status for signal \(signal):\n\(after)")
            #expect(after.contains("icanon echo"), "terminal modes not restored:\n\(after)")
            Self.expectDraftOnDisk(s, "signal \(signal)")
            try await Self.expectOfferedAndRestored(s)
        } catch { Issue.record(error) }
        await s.close()
    }

    /// The app alone in the pane, or under a shell (as after `ssh host` then `acquire-cases`).
    @Test(arguments: [false, true])
    func closingThePaneSavesDraft(underShell: Bool) async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch(inShell: underShell)
            try await s.pickContact(5)
            try await s.compose(title: Self.title, message: Self.message)
            let pid = s.appPID
            // Closing the pane hangs up the terminal under the app.
            try await s.tmux { try $0.run(["kill-pane", "-t", "main"]) }
            let gone = try await eventually { !Self.isRunning(pid) }
            #expect(gone, "the app is still running after its pane was closed")
            Self.expectDraftOnDisk(s, "pane closed")
            try await Self.expectOfferedAndRestored(s)
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func draftSavedBeforeKill9Survives() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.pickContact(5)
            try await s.compose(title: Self.title, message: Self.message)
            // kill -9 cannot be caught: only what the app saved by itself (about 1 s after typing) is there.
            let saved = try await eventually { s.draft()?["message"] as? String == Self.message.joined(separator: "\n") }
            #expect(saved, "no draft saved within 20 s of typing")
            #expect(kill(s.appPID, SIGKILL) == 0)
            #expect(try await eventually { try await s.tmux { try $0.exitStatus() } != nil }, "the app survived kill -9")
            Self.expectDraftOnDisk(s, "kill -9")
            try await Self.expectOfferedAndRestored(s)
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func hangupWhileSendingExitsAtOnceAndKeepsDraft() async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse("create:latency=15000")])
        do {
            try await s.launch(inShell: true)
            try await s.fillAndReview(title: Self.title, message: Self.message)
            try await s.keys("Enter")
            try await s.waitFor("Sending the case to Acquire…")
            // "Sending" is drawn before the request leaves: hang up only once the sandbox holds it,
            // so the hang-up really comes while the create is in flight (a loaded machine may take a while).
            #expect(try await eventually { try await s.creates().count == 1 }, "the create never reached the sandbox")
            #expect(kill(s.appPID, SIGHUP) == 0)
            // Well before the 15 s answer: the app does not wait for the network to exit.
            let after = try await s.waitForScreen("the exit", seconds: 10) { $0.contains("END") }
            #expect(after.contains("rc=129"), "\(after)")
            #expect(after.contains("icanon echo"), "terminal modes not restored:\n\(after)")
            Self.expectDraftOnDisk(s, "hangup while sending")
            #expect(try await s.creates().count == 1)
        } catch { Issue.record(error) }
        await s.close()
    }

    /// Whether the process exists and is not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
        return state != "Z" && state != "X"
    }
}
