import AcquireSandbox
import Foundation

/// One end-to-end scenario: a sandbox in the test process, a private HOME, and the real binary
/// in tmux pointed at the sandbox. Every tmux call runs on its own thread and waits are async
/// sleeps: the sandbox serves from Swift's cooperative pool (2 threads on a 2-core machine), and
/// tests blocking it in `waitpid`/`usleep` starve every sandbox until requests time out.
final class SafetySession: @unchecked Sendable {
    let sandbox: Sandbox
    let home: String
    let binary: String
    private(set) var tmux: Tmux?
    /// The pid of the app (not of a shell around it).
    private(set) var appPID: pid_t = 0

    private init(sandbox: Sandbox, home: String, binary: String) {
        self.sandbox = sandbox
        self.home = home
        self.binary = binary
    }

    /// Starts a sandbox (200 contacts, seed 7) and makes a private HOME.
    static func start(faults: [SandboxFault] = [], apiKey: String? = nil, keepAlive: Bool = true) async throws -> SafetySession {
        let binary = try Binary.path()
        await SessionLimiter.shared.acquire()
        do {
            let sb = try await Sandbox.start(SandboxOptions(contacts: 200, seed: 7, apiKey: apiKey, faults: faults, keepAlive: keepAlive))
            return SafetySession(sandbox: sb, home: try Binary.makeHome(), binary: binary)
        } catch {
            await SessionLimiter.shared.release()
            throw error
        }
    }

    /// Ends the terminal, stops the sandbox, removes HOME, lets the next session start.
    func close() async {
        _ = try? await tmux { try $0.run(["kill-server"]) }
        tmux = nil
        await sandbox.stop()
        try? FileManager.default.removeItem(atPath: home)
        await SessionLimiter.shared.release()
    }

    /// The environment the app runs with: the sandbox's URL and key, a private HOME.
    func environment(extra: [String: String] = [:]) -> [String: String] {
        var more = ["ACQUIRE_BASE_URL": sandbox.baseURL.absoluteString, "ACQUIRE_API_KEY": sandbox.apiKey]
        for (k, v) in extra { more[k] = v }
        return Binary.environment(home: home, extra: more)
    }

    /// Starts the app in a fresh tmux: directly, or (`inShell`) from `bash --norc` (umask 000) that afterwards prints
    /// `rc=N`, the terminal's `icanon`/`echo` modes and `END`. `gate`: the shell waits for a line on
    /// stdin before starting the app (so `pipeOutput` can be attached first).
    func launch(_ args: [String] = [], inShell: Bool = false, gate: Bool = false, extraEnv: [String: String] = [:],
                width: Int = 100, height: Int = 30) async throws {
        tmux = nil
        var env = environment(extra: extraEnv)
        let t: Tmux
        if inShell || gate {
            env["BIN"] = binary
            let call = (["\"$BIN\""] + args.map(Tmux.quote)).joined(separator: " ")
            // umask 000: the app must make its files private by itself.
            let pre = "umask 000; " + (gate ? "read -r _; " : "")
            let script = pre + call + "; echo \"rc=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END"
            let e = env
            t = try await offPool { Unchecked(try Tmux(["/bin/bash", "--norc", "-c", script], environment: e, width: width, height: height)) }.value
        } else {
            let argv = [binary] + args, e = env
            t = try await offPool { Unchecked(try Tmux(argv, environment: e, width: width, height: height)) }.value
        }
        tmux = t
        if !gate { try await findApp() }
    }

    /// After `launch(gate: true)`: lets the shell start the app.
    func openGate() async throws {
        try await keys("Enter")
        try await findApp()
    }

    private func findApp() async throws {
        let pane = try await tmux { try $0.panePID() }
        var found: pid_t = 0
        let ok = try await eventually {
            found = Self.program(under: pane, named: "acquire-cases") ?? 0
            return found != 0
        }
        guard ok else { throw E2EError("the app did not start; screen:\n\(try await screen())") }
        appPID = found
    }

    /// `pid` itself or its descendant whose command name is `name`.
    static func program(under pid: pid_t, named name: String) -> pid_t? {
        if let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
           comm.trimmingCharacters(in: .whitespacesAndNewlines) == String(name.prefix(15)) { return pid }
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        for c in children.split(separator: " ").compactMap({ pid_t($0) }) {
            if let p = program(under: c, named: name) { return p }
        }
        return nil
    }

    /// Runs `body` with the terminal on a thread of its own (tmux calls block in `waitpid`).
    func tmux<T: Sendable>(_ body: @escaping @Sendable (Tmux) throws -> T) async throws -> T {
        guard let t = tmux else { throw E2EError("the app is not launched") }
        let box = Unchecked(t)
        return try await offPool { try body(box.value) }
    }

    /// Every screen captured so far, in order (for searching them afterwards).
    private(set) var screensSeen: [String] = []

    /// The screen as text.
    func screen() async throws -> String {
        let text = try await tmux { try $0.screen() }
        if screensSeen.last != text { screensSeen.append(text) }
        return text
    }

    /// Sends tmux key names.
    func keys(_ names: String...) async throws {
        let list = names
        try await tmux { try $0.run(["send-keys", "-t", "main"] + list) }
    }

    /// Types text literally.
    func type(_ text: String) async throws { try await tmux { try $0.type(text) } }

    // MARK: Waiting

    /// Waits until the screen satisfies `condition`; throws with the last screen otherwise.
    @discardableResult
    func until(_ what: String, seconds: Double = 20, _ condition: (String) -> Bool) async throws -> String {
        var last = ""
        _ = try await eventually(seconds) {
            last = try await screen()
            return condition(last)
        }
        guard condition(last) else { throw E2EError("timed out waiting for \(what); the screen was:\n\(last)") }
        return last
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) async throws -> String {
        try await until("\"\(text)\"", seconds: seconds) { $0.contains(text) }
    }

    // MARK: Driving the app

    /// Opens contact #id from the search screen and waits for the compose screen.
    func pickContact(_ id: Int = 5) async throws {
        try await waitFor("Search")
        try await type("#\(id)")
        try await waitFor("Search #\(id)")
        try await keys("Enter")
        try await until("the compose screen for #\(id)") { s in
            s.split(separator: "\n").contains { $0.hasPrefix(" Contact ") && $0.contains("#\(id)") } && s.contains("Title")
        }
    }

    /// Types the title, Tab, then the message lines (Enter between them); waits until all show.
    func compose(title: String, message: [String]) async throws {
        try await type(title)
        try await waitFor(title)
        try await keys("Tab")
        for (i, line) in message.enumerated() {
            if i > 0 { try await keys("Enter") }
            try await type(line)
        }
        try await until("the message typed") { s in message.allSatisfy { s.contains($0) } }
    }

    /// Ctrl-R: the review screen.
    func review() async throws {
        try await keys("C-r")
        try await waitFor("Enter sends exactly this:")
    }

    /// The whole way to the review screen.
    func fillAndReview(title: String, message: [String], contact: Int = 5) async throws {
        try await pickContact(contact)
        try await compose(title: title, message: message)
        try await review()
    }

    // MARK: The sandbox and files

    /// The create requests the sandbox received.
    func creates() async -> [JournalEntry] {
        await sandbox.journal().filter { $0.method == "POST" && $0.path.hasSuffix("/messenger/chat/create") }
    }

    /// The app's private state directory.
    var stateDirectory: String { home + "/state/acquire-cases" }

    /// The draft file for the sandbox on 127.0.0.1.
    var draftPath: String { stateDirectory + "/draft-127.0.0.1.json" }

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

/// Polls `condition` every 50 ms (sleeping, not blocking a thread) until it holds or `seconds` pass.
func eventually(_ seconds: Double = 20, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// A value carried across threads by a test that uses it from one thread at a time.
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

