import AcquireKit
import AcquireSandbox
import ArgumentParser
import CaseDesk
import Foundation
import Logging
import NcursesTerminal

/// `acquire-cases [run]`: the interactive app.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the interactive app (the default).")

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Write a debug log (0600, next to the drafts); the API key is masked.")
    var debug = false

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own selection).")
    var noMouse = false

    @Flag(help: "The line mode: one plain question at a time, no cursor movement or colour (screen readers; chosen by itself when TERM cannot move the cursor).")
    var plain = false

    @Option(name: .customLong("sandbox-fault"),
            help: ArgumentHelp("With the built-in sandbox: make it misbehave, to see how the app copes (repeatable; e.g. create:503:retry=30, search:latency=800, create:drop).",
                               valueName: "spec"))
    var sandboxFaults: [String] = []

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // 1. Configuration and key: any problem is one clear sentence, before the screen changes.
        let resolved = try connection.resolve(environment: env, failure: 2)
        let faults = try parseFaults(for: resolved)
        let key = try loadKey(resolved, environment: env)
        // 2. The terminal: refuse cleanly, touching nothing, when there is none usable.
        let choice = ScreenChoice.choose(plain: plain, environment: env)
        if case .refuse(let text) = choice { throw usageExit(text) }
        // 3. Private state: drafts, recent contacts, the debug log.
        let directory = try orExit("") { try StateDirectory(environment: env) }
        let logger = try debug ? orExit("--debug: ") { try FileLogHandler.logger(in: directory) } : nil
        // 4. The API: the built-in sandbox, or the configured account.
        let connection = try connect(resolved, key: key, faults: faults, logger: logger)
        logger?.info("start mode=\(resolved.mode.rawValue) scope=\(connection.scope)")
        if choice == .lines {
            let code = LineModeRunner(api: connection.api, stores: Stores(directory: directory, scope: connection.scope),
                                      isSandbox: resolved.mode == .sandbox, logger: logger).run()
            if let sandbox = connection.sandbox { _ = try? blockOn { await sandbox.stop() } }
            if code != 0 { throw ExitCode(code) }
            return
        }
        // 5. The loop: signals first, so curses never installs its own exiting handlers.
        let code = try runLoop(connection, directory: directory, isSandbox: resolved.mode == .sandbox,
                               environment: env, logger: logger)
        logger?.info("exit code=\(code)")
        if let sandbox = connection.sandbox { _ = try? blockOn { await sandbox.stop() } }
        if code != 0 { throw ExitCode(code) }
    }
}
