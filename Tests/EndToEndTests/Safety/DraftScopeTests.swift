import AcquireSandbox
import Foundation
import TestSupport
import Testing

/// Drafts are kept per base URL (with its port): a draft made against one sandbox is never offered
/// against another on the same host; a restored contact is fetched again and a changed one is said.
@Suite struct DraftScopeTests {
    @Test func aDraftIsNotOfferedAgainstAnotherSandboxOnTheSameHost() async throws {
        let s = try await AppSession.start()
        let other = try await LoopbackSandbox.start(SandboxOptions(contacts: 50, seed: 99))
        do {
            try await s.launch(inShell: true)
            try await s.pickContact(5)
            try await s.type("Made against A")
            #expect(try await eventually { s.draft()?["title"] as? String == "Made against A" })
            try await s.keys("C-c")
            try await s.waitFor("Quit?")
            try await s.keys("y")
            try await s.waitFor("END")
            // The same app against sandbox B (same host, another port): nothing offered.
            try await s.launch(extraEnv: ["ACQUIRE_BASE_URL": other.baseURL.absoluteString, "ACQUIRE_API_KEY": other.apiKey])
            let first = try await s.waitFor("Search")
            #expect(!first.contains("An unsent case was found."), "A's draft was offered against B:\n\(first)")
            // Back against A: offered.
            try await s.launch()
            try await s.waitFor("An unsent case was found.")
        } catch { Issue.record(error) }
        await other.stop()
        await s.close()
    }

    @Test func aRestoredContactThatChangedIsSaidBeforeSending() async throws {
        let s = try await AppSession.start()
        do {
            try FileManager.default.createDirectory(atPath: s.stateDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let draft = #"{"agentId":0,"channel":"chat","contactId":5,"contactName":"Sophia Taylor","message":"m","title":"Old contact","updatedAt":"2026-11-30T10:00:00Z"}"#
            try Data(draft.utf8).write(to: URL(fileURLWithPath: s.draftPath))
            try await s.launch()
            try await s.waitFor("An unsent case was found.")
            try await s.keys("r")
            try await s.waitFor("Old contact")
            try await s.keys("C-r")
            let review = try await s.waitFor("when the draft was saved")
            #expect(review.contains("\"Sophia Taylor\""), "\(review)")
            #expect(!review.contains("Sophia Taylor  #5"), "the old name is still shown as the contact:\n\(review)")
        } catch { Issue.record(error) }
        await s.close()
    }
}
