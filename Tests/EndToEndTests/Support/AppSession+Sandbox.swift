import AcquireKit
import AcquireSandbox
import Foundation
import TestSupport

extension AppSession {
    /// The test sandbox, or an error for a session on the app's built-in one.
    func testSandbox() throws -> Sandbox {
        guard let sandbox else { throw E2EError("this session has no test sandbox") }
        return sandbox
    }

    /// A client on the test's sandbox, to learn what the app should show (names, ids, totals).
    func client() throws -> AcquireClient {
        let sandbox = try testSandbox()
        return AcquireClient(configuration: ClientConfiguration(baseURL: sandbox.baseURL, apiKey: APIKey(sandbox.apiKey)))
    }

    /// The sandbox's journal.
    func journal() async throws -> [JournalEntry] {
        try await testSandbox().journal()
    }

    /// Sets the sandbox's faults (empty: none).
    func setFaults(_ faults: [SandboxFault]) async throws {
        try await testSandbox().setFaults(keptFaults + faults)
    }

    /// The create requests the sandbox received.
    func creates() async throws -> [JournalEntry] {
        await try testSandbox().creates()
    }

    /// Polls the journal until `condition` holds (at most `seconds`); returns the last journal.
    @discardableResult
    func waitForJournal(_ what: String, seconds: Double = 20,
                        _ condition: ([JournalEntry]) -> Bool) async throws -> [JournalEntry] {
        var last = try await journal()
        _ = try await eventually(seconds) {
            last = try await journal()
            return condition(last)
        }
        guard condition(last) else {
            throw E2EError("timed out waiting for \(what); the journal was:\n"
                           + last.map { "\($0.method) \($0.path) \($0.query) \($0.status) \($0.body.prefix(120))" }.joined(separator: "\n"))
        }
        return last
    }

    // MARK: Files

    /// The app's private state directory.
    var stateDirectory: String { home + "/state/acquire-cases" }

    /// A file in the app's state directory (debug.log, ...).
    func stateFile(_ name: String) -> String { stateDirectory + "/" + name }

    /// The draft file for the test sandbox (127.0.0.1 and its port; drafts are kept per base URL).
    var draftPath: String { stateFile("draft-127.0.0.1_\(sandbox?.baseURL.port ?? 0).json") }

    /// The draft as JSON, if the file exists and parses.
    func draft() -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: draftPath) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The permission bits of a file, or nil when it does not exist.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }
}
