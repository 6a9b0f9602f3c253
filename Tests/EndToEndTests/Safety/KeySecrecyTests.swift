import AcquireSandbox
import Foundation
import Testing

/// Issue 5, secrets: after a whole session with `--debug` (search, preview, compose, a failed and a
/// resent create, the result, quit), the key is in no file under HOME, no screen, no byte sent to
/// the terminal, and not in the process's argv.
@Suite struct KeySecrecyTests {
    /// A long, recognisable random key.
    static func canaryKey() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var g = SystemRandomNumberGenerator()
        return "sbx_CANARY_" + String((0..<40).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] })
    }

    /// The forms of the key that must never appear: itself, all but its last four characters
    /// (the masked form shows those four), and its Base64 in a Basic/Bearer header.
    static func needles(_ key: String) -> [Data] {
        [Data(key.utf8), Data(key.dropLast(4).utf8), Data(Data(key.utf8).base64EncodedString().utf8)]
    }

    /// Every regular file under `root`, with its bytes.
    static func files(under root: String) -> [(String, Data)] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [(String, Data)] = []
        while let rel = e.nextObject() as? String {
            let path = root + "/" + rel
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
               let data = FileManager.default.contents(atPath: path) {
                out.append((rel, data))
            }
        }
        return out
    }

    @Test func keyAppearsNowhere() async throws {
        let key = Self.canaryKey()
        let needles = Self.needles(key)
        let s = try await AppSession.start(apiKey: key)
        let raw = NSTemporaryDirectory() + "acq-e2e-raw-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        do {
            try await s.launch(["--debug"], gate: true)
            try await s.tmux { try $0.pipeOutput(to: raw) }
            try await s.openGate()

            // argv is public on a shared host: the key must not be in it.
            let argv = FileManager.default.contents(atPath: "/proc/\(s.appPID)/cmdline") ?? Data()
            #expect(!argv.isEmpty, "cannot read the app's argv")
            #expect(needles.allSatisfy { argv.range(of: $0) == nil }, "the key is in argv")

            try await s.waitFor("Search")
            // A refused key first: its error goes to the screen and the log.
            try await s.setFaults([try SandboxFault.parse("search:401")])
            try await s.type("So")
            try await s.waitFor("Acquire refused the API key.")
            try await s.setFaults([])
            try await s.type("phia")
            try await s.waitFor("Contacts 1/")
            try await s.keys("Down")
            try await s.waitFor("Latest visits")
            try await s.keys("Escape")
            // Esc clears the query; wait for it, or the next key is read as Alt+key.
            try await s.waitFor("Search name, email, phone")
            try await s.pickContact(5)
            try await s.compose(title: "Key check", message: ["Nothing secret here", "second line"])
            #expect(try await eventually { s.draft() != nil }, "no draft was saved")
            // The draft is deleted once the case is created: search the files while it exists.
            let withDraft = Self.files(under: s.home)
            #expect(withDraft.contains { s.draftPath.hasSuffix("/" + $0.0) }, "\(withDraft.map(\.0))")
            for (name, data) in withDraft {
                #expect(needles.allSatisfy { data.range(of: $0) == nil }, "the key is in \(name) (draft stage)")
            }
            try await s.review()
            try await s.setFaults([try SandboxFault.parse("create:500")])
            try await s.keys("Enter")
            try await s.waitFor("Not confirmed: it may exist.")
            try await s.keys("Escape")
            try await s.waitFor("Enter sends exactly this:")
            try await s.setFaults([])
            try await s.keys("Enter")
            try await s.waitFor("created: case #")
            try await s.keys("q")
            let end = try await s.waitFor("END")
            #expect(end.contains("rc=0"), "quit with q: \(end)")

            // Files: drafts, recent contacts, the debug log (which must exist and mask the header).
            let files = Self.files(under: s.home)
            #expect(files.contains { $0.0.hasPrefix("state/acquire-cases/recent-127.0.0.1_") && $0.0.hasSuffix(".json") }, "no recent contacts file: \(files.map(\.0))")
            let log = files.first { $0.0.hasSuffix("acquire-cases/debug.log") }
            #expect(log != nil, "no debug log: \(files.map(\.0))")
            if let log {
                let text = String(decoding: log.1, as: UTF8.self)
                #expect(text.contains("Authorization: Bearer ••••••••\(key.suffix(4))"), "the log shows no masked header")
                #expect(text.contains("/messenger/chat/create"), "the log lacks the create")
                #expect(AppSession.mode(s.home + "/" + log.0) == 0o600)
            }
            for (name, data) in files {
                #expect(needles.allSatisfy { data.range(of: $0) == nil }, "the key is in \(name)")
            }
            // Screens and the raw bytes sent to the terminal.
            #expect(s.screensSeen.count > 10)
            for screen in s.screensSeen {
                #expect(!screen.contains(key) && !screen.contains(String(key.dropLast(4))), "the key is on screen:\n\(screen)")
            }
            let bytes = FileManager.default.contents(atPath: raw) ?? Data()
            #expect(bytes.count > 1000, "the raw output was not captured (\(bytes.count) bytes)")
            #expect(needles.allSatisfy { bytes.range(of: $0) == nil }, "the key was sent to the terminal")
        } catch { Issue.record(error) }
        await s.close()
    }
}
