import AcquireKit
import AcquireSandbox
import Foundation

/// One run of the real `acquire-cases` in a private tmux server, with its own HOME, against a
/// sandbox started in this test process (or, with `sandbox: nil`, the app's built-in one).
/// Every blocking call runs off the cooperative pool (see `offPool`).
final class AppSession: @unchecked Sendable {
    let home: String
    let sandbox: Sandbox?
    let tmux: Tmux

    private init(home: String, sandbox: Sandbox?, tmux: Tmux) {
        self.home = home
        self.sandbox = sandbox
        self.tmux = tmux
    }

    /// How to start the app.
    struct Launch {
        /// nil: no ACQUIRE_* variable at all, so the app starts its built-in sandbox.
        var sandbox: SandboxOptions? = SandboxOptions(contacts: 200, seed: 7)
        var width = 80
        var height = 24
        var term: String? = "xterm-256color"
        var arguments: [String] = []
        var extraEnvironment: [String: String] = [:]
        /// Run `bash --norc -i` in the pane and type the command there (for job control).
        var viaShell = false
    }

    /// The prompt of the shell in `viaShell` sessions.
    static let prompt = "E2E-PROMPT$ "
    /// The prompt as a capture shows it (tmux drops trailing blanks).
    static let promptMark = "E2E-PROMPT$"

    /// Runs `body` with a started session and always cleans up (tmux server, sandbox, HOME).
    static func with(_ launch: Launch = Launch(), _ body: (AppSession) async throws -> Void) async throws {
        let session = try await start(launch)
        do {
            try await body(session)
        } catch {
            await session.close()
            throw error
        }
        await session.close()
    }

    static func start(_ launch: Launch) async throws -> AppSession {
        let bin = try Binary.path()
        let home = try Binary.makeHome()
        var sandbox: Sandbox?
        do {
            var extra = launch.extraEnvironment
            if let options = launch.sandbox {
                let sb = try await Sandbox.start(options)
                sandbox = sb
                extra["ACQUIRE_BASE_URL"] = sb.baseURL.absoluteString
                extra["ACQUIRE_API_KEY"] = sb.apiKey
            }
            var command = [bin] + launch.arguments
            if launch.viaShell {
                extra["PS1"] = prompt
                command = ["/bin/bash", "--norc", "-i"]
            }
            let env = Binary.environment(home: home, term: launch.term, extra: extra)
            let argv = command
            let width = launch.width, height = launch.height
            let tmux = try await offPool { try Tmux(argv, environment: env, width: width, height: height) }
            let session = AppSession(home: home, sandbox: sandbox, tmux: tmux)
            if launch.viaShell {
                _ = try await session.waitFor(promptMark)
                try await session.type(([bin] + launch.arguments).map(Tmux.quote).joined(separator: " "))
                try await session.keys("Enter")
            }
            return session
        } catch {
            await sandbox?.stop()
            try? FileManager.default.removeItem(atPath: home)
            throw error
        }
    }

    /// Stops the tmux server and the sandbox and removes HOME.
    func close() async {
        let tmux = self.tmux
        _ = try? await offPool { _ = try tmux.run(["kill-server"]) }
        unlink(NSTemporaryDirectory() + tmux.socket + ".conf")
        await sandbox?.stop()
        try? FileManager.default.removeItem(atPath: home)
    }

    // MARK: driving the terminal

    /// Types text literally.
    func type(_ text: String) async throws {
        let tmux = self.tmux
        try await offPool { try tmux.type(text) }
    }

    /// Sends tmux key names, in order.
    func keys(_ names: String...) async throws {
        let tmux = self.tmux
        try await offPool { _ = try tmux.run(["send-keys", "-t", "main"] + names) }
    }

    /// The screen as text.
    func screen() async throws -> String {
        let tmux = self.tmux
        return try await offPool { try tmux.screen() }
    }

    /// The screen with its attributes and colours as SGR escape sequences (`capture-pane -e`).
    func styledScreen() async throws -> String {
        let tmux = self.tmux
        return try await offPool { try tmux.run(["capture-pane", "-e", "-p", "-t", "main"]) }
    }

    /// Waits until the screen contains `text`; throws with the last screen otherwise.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) async throws -> String {
        let tmux = self.tmux
        return try await offPool { try tmux.waitFor(text, seconds: seconds) }
    }

    /// Waits until `condition(screen)` holds; throws with the last screen otherwise.
    @discardableResult
    func waitForScreen(_ what: String, seconds: Double = 20,
                       _ condition: @escaping @Sendable (String) -> Bool) async throws -> String {
        let tmux = self.tmux
        return try await offPool { try tmux.waitForScreen(seconds: seconds, what, condition) }
    }

    /// Resizes the terminal.
    func resize(width: Int, height: Int) async throws {
        let tmux = self.tmux
        try await offPool { try tmux.resize(width: width, height: height) }
    }

    /// Waits for the program in the pane to exit; its status.
    func waitForExit(seconds: Double = 20) async throws -> Int32 {
        let tmux = self.tmux
        return try await offPool { try tmux.waitForExit(seconds: seconds) }
    }

    // MARK: the sandbox

    /// A client on the test's sandbox, to learn what the app should show (names, ids, totals).
    func client() throws -> AcquireClient {
        guard let sandbox else { throw E2EError("this session has no test sandbox") }
        return AcquireClient(configuration: ClientConfiguration(baseURL: sandbox.baseURL, apiKey: APIKey(sandbox.apiKey)))
    }

    /// The sandbox's journal.
    func journal() async throws -> [JournalEntry] {
        guard let sandbox else { throw E2EError("this session has no test sandbox") }
        return await sandbox.journal()
    }

    /// Polls the journal until `condition` holds (at most `seconds`); returns the last journal.
    @discardableResult
    func waitForJournal(_ what: String, seconds: Double = 20,
                        _ condition: ([JournalEntry]) -> Bool) async throws -> [JournalEntry] {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try await journal()
        while !condition(last) {
            guard Date() < deadline else {
                throw E2EError("timed out waiting for \(what); the journal was:\n"
                               + last.map { "\($0.method) \($0.path) \($0.query) \($0.status) \($0.body.prefix(120))" }.joined(separator: "\n"))
            }
            try await Task.sleep(nanoseconds: 25_000_000)
            last = try await journal()
        }
        return last
    }

    /// The file in the app's state directory (debug.log, draft.json, ...).
    func stateFile(_ name: String) -> String {
        home + "/state/acquire-cases/" + name
    }
}

/// Polls an async condition every 25 ms until it holds or `seconds` pass; whether it held.
func waitUntilAsync(_ seconds: Double = 20, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(nanoseconds: 25_000_000)
    }
    return try await condition()
}

extension JournalEntry {
    /// Whether this is a create-case request.
    var isCreate: Bool { method == "POST" && path.hasSuffix("/api/v1/crm/messenger/chat/create") }
    /// Whether this is a contact search.
    var isSearch: Bool { method == "POST" && path.hasSuffix("/api/v1/crm/contact/list") }

    /// The search text of a contact search, from its JSON body.
    var searchText: String? {
        guard isSearch, let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else { return nil }
        return object["search"] as? String
    }
}
