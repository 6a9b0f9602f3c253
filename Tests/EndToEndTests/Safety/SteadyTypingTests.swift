import Foundation
import Testing

/// The draft is saved at most a second after the first unsaved change, however steadily the agent types.
@Suite struct SteadyTypingTests {
    @Test func steadyTypingIsSavedWhileItGoesOn() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.pickContact(5)
            // One key every 300 ms (faster than the old 1 s pause that restarted with every key), for up to
            // a minute: the draft must show typed text while the typing goes on.
            let deadline = Date().addingTimeInterval(60)
            var typed = 0
            var savedWhileTyping = false
            while Date() < deadline && !savedWhileTyping {
                try await s.type("a")
                typed += 1
                try await Task.sleep(for: .milliseconds(300))   // the typing pace itself, not a wait for a condition
                savedWhileTyping = (s.draft()?["title"] as? String)?.isEmpty == false
            }
            #expect(savedWhileTyping, "\(typed) keys typed steadily and none of them saved")
            let pid = s.appPID
            #expect(kill(pid, SIGKILL) == 0)
            #expect(try await eventually { !SignalDraftTests.isRunning(pid) })
            #expect((s.draft()?["title"] as? String)?.hasPrefix("a") == true)
        } catch { Issue.record(error) }
        await s.close()
    }
}
