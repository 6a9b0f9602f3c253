import Foundation
import Testing

/// Two instances on one account: each keeps its own draft; the second is never offered the
/// first one's live draft; after both ended, the next start offers what is left.
@Suite struct TwoInstancesTests {
    @Test func twoInstancesNeverShareADraft() async throws {
        let s = try await AppSession.start()
        do {
            // A: types and saves.
            try await s.launch(inShell: true)
            try await s.pickContact(5)
            try await s.type("From A")
            #expect(try await eventually { s.draft()?["title"] as? String == "From A" }, "A's draft was not saved")
            // B: a second terminal on the same HOME and sandbox.
            let env = s.environment()
            let binary = s.binary
            let b = try await offPool { try Tmux([binary], environment: env, width: 100, height: 30) }
            defer { _ = try? b.run(["kill-server"]) }
            let first = try await offPool { try b.waitFor("Search") }
            #expect(!first.contains("An unsent case was found."), "B was offered A's live draft:\n\(first)")
            try await offPool {
                try b.type("#7")
                _ = try b.waitFor("Search #7")
                try b.run(["send-keys", "-t", "main", "Enter"])
                _ = try b.waitFor("Title")
                try b.type("From B")
            }
            let dir = s.stateDirectory
            let bSaved = try await eventually {
                Self.drafts(in: dir).contains { $0.path != s.draftPath && $0.title == "From B" }
            }
            #expect(bSaved, "B's draft is not in a file of its own: \(Self.drafts(in: dir))")
            #expect(s.draft()?["title"] as? String == "From A", "B wrote over A's draft")
            // A quits keeping its draft: A's file holds A's text.
            try await s.keys("C-c")
            try await s.waitFor("Quit?")
            try await s.keys("y")
            try await s.waitFor("END")
            #expect(s.draft()?["title"] as? String == "From A")
            // B ends too (its draft is kept in its own file).
            try await offPool { try b.run(["kill-server"]) }
            #expect(try await eventually { Self.drafts(in: dir).contains { $0.title == "From B" } })
            // The next start offers A's draft (the first of the unsent ones).
            try await s.launch()
            let offer = try await s.waitFor("An unsent case was found.")
            #expect(offer.contains("From A"), "\(offer)")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// Every draft file in the state directory: its path and title.
    static func drafts(in dir: String) -> [(path: String, title: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasPrefix("draft-") && $0.hasSuffix(".json") }.sorted().compactMap { name in
            let path = dir + "/" + name
            guard let data = FileManager.default.contents(atPath: path),
                  let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
            return (path, json["title"] as? String ?? "")
        }
    }
}
