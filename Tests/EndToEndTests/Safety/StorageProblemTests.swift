import Foundation
import Testing

/// A draft file that cannot be read is kept aside and named on start; a draft that cannot be
/// saved is said at once, in the quit question, and on the way out goes to a file in /tmp.
@Suite struct StorageProblemTests {
    static let broken = [
        ("half a file", #"{"contactId": 5, "title": "Half a dra"#),
        ("a newer schema", #"{"schema": 99, "contactId": 5, "title": "From the future", "message": "m", "channel": "chat", "agentId": 0, "updatedAt": "2026-01-01T00:00:00Z"}"#),
    ]

    @Test(arguments: broken)
    func anUnreadableDraftIsKeptAsideAndNamed(what: String, content: String) async throws {
        let s = try await AppSession.start()
        do {
            try FileManager.default.createDirectory(atPath: s.stateDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(content.utf8).write(to: URL(fileURLWithPath: s.draftPath))
            try await s.launch()
            let shown = try await s.waitFor("json.broken")
            #expect(shown.contains("could not be read"), "\(what):\n\(shown)")
            let aside = s.draftPath + ".broken"
            #expect(FileManager.default.contents(atPath: aside) == Data(content.utf8), "\(what): not kept aside byte for byte")
            // Typing a new draft never touches the one kept aside.
            try await s.pickContact(5)
            try await s.type("New after broken")
            #expect(try await eventually { s.draft()?["title"] as? String == "New after broken" })
            #expect(FileManager.default.contents(atPath: aside) == Data(content.utf8))
        } catch { Issue.record(error) }
        await s.close()
    }

    /// The draft's file cannot be written (a directory stands in its place: a refusal even root
    /// gets, like a full or read-only disk): said at once, and on quit the draft goes to /tmp.
    @Test func aDraftThatCannotBeSavedIsSaidAndKeptElsewhere() async throws {
        let s = try await AppSession.start()
        do {
            try FileManager.default.createDirectory(atPath: s.draftPath, withIntermediateDirectories: true)
            try await s.launch(inShell: true)
            try await s.pickContact(5)
            try await s.type("Unsaveable")
            let warned = try await s.waitFor("The draft is NOT saved")
            #expect(warned.contains("Unsaveable"), "\(warned)")
            try await s.keys("C-c")
            let ask = try await s.waitFor("Quit?")
            #expect(ask.contains("could not be saved"), "\(ask)")
            try await s.keys("y")
            let pid = s.appPID
            let after = try await s.waitFor("END")
            let path = "/tmp/acquire-cases-draft-\(getuid())-\(pid).json"
            // The sentence may wrap in the pane: joined again, it names the file.
            #expect(after.replacingOccurrences(of: "\n", with: "").contains(path), "\(after)")
            let data = FileManager.default.contents(atPath: path) ?? Data()
            let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            #expect(json?["title"] as? String == "Unsaveable", "fallback \(path): \(String(describing: json))")
            #expect(AppSession.mode(path) == 0o600)
            unlink(path)
        } catch { Issue.record(error) }
        await s.close()
    }
}
