import AcquireSandbox
import Foundation
import TestSupport

/// One end-to-end scenario: a private HOME, a sandbox started in this test process (or none, for the
/// app's built-in one), and the real `acquire-cases` in a private tmux server, launched once or more.
/// Every blocking tmux call runs off the cooperative pool (see `offPool`) and waits are async
/// sleeps: the sandbox serves from that pool (2 threads on a 2-core machine), and tests blocking it
/// starve every sandbox until requests time out. At most a few sessions run at once (`SessionLimiter`).
final class AppSession: @unchecked Sendable {
    let home: String
    let sandbox: Sandbox?
    let binary: String
    /// The terminal of the latest launch.
    private(set) var terminal: Tmux?
    /// The pid of the app (not of a shell around it); 0 until found.
    private(set) var appPID: pid_t = 0
    /// Every screen captured so far, in order (for searching them afterwards).
    var screensSeen: [String] = []
    /// Faults kept whatever `setFaults` sets (`withoutCaseFields` for the screen scenarios).
    var keptFaults: [SandboxFault] = []

    private init(home: String, sandbox: Sandbox?, binary: String) {
        self.home = home
        self.sandbox = sandbox
        self.binary = binary
    }

    /// The test sandbox most scenarios use: 200 contacts, seed 7.
    static let standardSandbox = SandboxOptions(contacts: 200, seed: 7)

    /// The full-screen scenarios about searching, sending, drafts and faults are not about custom
    /// fields: their sandbox answers the field definitions with 404, so its required "Priority" does
    /// not block their review (the form works without definitions and says so in a warning line).
    /// The fields and new contact scenarios pass `standardSandbox`, which serves the definitions.
    static let withoutCaseFields = SandboxFault(endpoint: .fieldDefinitions, kind: .status(404))

    /// `standardSandbox` without its case field definitions (see `withoutCaseFields`).
    static let screenSandbox: SandboxOptions = {
        var options = standardSandbox
        options.faults = [withoutCaseFields]
        return options
    }()

    /// How to start the app.
    struct Launch {
        var width = 80
        var height = 24
        var term: String? = "xterm-256color"
        var arguments: [String] = []
        var extraEnvironment: [String: String] = [:]
        /// Run `bash --norc -i` in the pane and type the command there (for job control).
        var viaShell = false
        /// Run the app from `bash --norc -c` (umask 000) that afterwards prints `rc=N`, the
        /// terminal's `icanon`/`echo` modes and `END`.
        var inShell = false
        /// With a script shell: wait for a line on stdin before starting the app (so `pipeOutput`
        /// can be attached first); `openGate()` lets it start.
        var gate = false
    }

    /// The prompt of the shell in `viaShell` sessions.
    static let prompt = "E2E-PROMPT$ "
    /// The prompt as a capture shows it (tmux drops trailing blanks).
    static let promptMark = "E2E-PROMPT$"

    /// Runs `body` with a session whose app is launched, and always cleans up (tmux, sandbox, HOME).
    static func with(_ launch: Launch = Launch(), sandbox: SandboxOptions? = screenSandbox,
                     _ body: (AppSession) async throws -> Void) async throws {
        let session = try await start(sandbox: sandbox)
        do {
            try await session.launch(launch)
            try await body(session)
        } catch {
            await session.close()
            throw error
        }
        await session.close()
    }

    /// Waits for a session slot, starts the sandbox (nil: none, the app uses its built-in one) and
    /// makes a private HOME; the app is not launched yet.
    static func start(sandbox options: SandboxOptions? = screenSandbox) async throws -> AppSession {
        let binary = try Binary.path()
        await SessionLimiter.shared.acquire()
        var sandbox: Sandbox?
        do {
            if let options { sandbox = try await LoopbackSandbox.start(options) }
            let session = AppSession(home: try Binary.makeHome(), sandbox: sandbox, binary: binary)
            session.keptFaults = (options?.faults ?? []).filter { $0 == withoutCaseFields }
            return session
        } catch {
            await sandbox?.stop()
            await SessionLimiter.shared.release()
            throw error
        }
    }

    /// `start` with the standard sandbox changed by faults, its API key, or no keep-alive; without its
    /// case field definitions unless `caseFields` (`create` needs them).
    static func start(faults: [SandboxFault] = [], apiKey: String? = nil, keepAlive: Bool = true,
                      caseFields: Bool = false) async throws -> AppSession {
        var options = standardSandbox
        options.faults = (caseFields ? [] : [withoutCaseFields]) + faults
        options.apiKey = apiKey
        options.keepAlive = keepAlive
        return try await start(sandbox: options)
    }

    /// Ends the terminal, stops the sandbox, removes HOME, lets the next session start.
    func close() async {
        if let t = terminal {
            _ = try? await offPool { _ = try t.run(["kill-server"]) }
            unlink(NSTemporaryDirectory() + t.socket + ".conf")
        }
        terminal = nil
        await sandbox?.stop()
        try? FileManager.default.removeItem(atPath: home)
        await SessionLimiter.shared.release()
    }

    /// The environment the app runs with: a private HOME and, with a test sandbox, its URL and key.
    func environment(term: String? = "xterm-256color", extra: [String: String] = [:]) -> [String: String] {
        var more: [String: String] = [:]
        if let sandbox {
            more = ["ACQUIRE_BASE_URL": sandbox.baseURL.absoluteString, "ACQUIRE_API_KEY": sandbox.apiKey]
        }
        for (k, v) in extra { more[k] = v }
        return Binary.environment(home: home, term: term, extra: more)
    }

    /// Starts the app in a fresh tmux (replacing the previous one) as `launch` says.
    func launch(_ launch: Launch) async throws {
        terminal = nil
        appPID = 0
        var env = environment(term: launch.term, extra: launch.extraEnvironment)
        let argv: [String]
        if launch.viaShell {
            env["PS1"] = Self.prompt
            argv = ["/bin/bash", "--norc", "-i"]
        } else if launch.inShell || launch.gate {
            env["BIN"] = binary
            let call = (["\"$BIN\""] + launch.arguments.map(Tmux.quote)).joined(separator: " ")
            // umask 000: the app must make its files private by itself.
            let pre = "umask 000; " + (launch.gate ? "read -r _; " : "")
            let script = pre + call + "; echo \"rc=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END"
            argv = ["/bin/bash", "--norc", "-c", script]
        } else {
            argv = [binary] + launch.arguments
        }
        let e = env, width = launch.width, height = launch.height
        terminal = try await offPool { try Tmux(argv, environment: e, width: width, height: height) }
        if launch.viaShell {
            try await waitFor(Self.promptMark)
            try await type(([binary] + launch.arguments).map(Tmux.quote).joined(separator: " "))
            try await keys("Enter")
        } else if !launch.gate {
            try await findApp()
        }
    }

    /// `launch` as the safety scenarios call it: 100x30 unless told.
    func launch(_ arguments: [String] = [], inShell: Bool = false, gate: Bool = false, extraEnv: [String: String] = [:],
                width: Int = 100, height: Int = 30) async throws {
        try await launch(Launch(width: width, height: height, arguments: arguments, extraEnvironment: extraEnv,
                                inShell: inShell, gate: gate))
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
}
