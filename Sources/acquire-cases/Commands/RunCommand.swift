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
        let faults: [SandboxFault]
        do { faults = try sandboxFaults.map(SandboxFault.parse) } catch {
            printError("--sandbox-fault: \(error)")
            throw ExitCode(2)
        }
        if !faults.isEmpty && resolved.mode != .sandbox {
            printError("--sandbox-fault only applies to the built-in sandbox, and an account is configured (add --sandbox).")
            throw ExitCode(2)
        }
        var key: APIKey?
        if resolved.mode == .remote {
            do { key = try CredentialLoader.load(resolved, environment: env) } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        }
        // 2. The terminal: refuse cleanly, touching nothing, when there is none usable.
        let choice = ScreenChoice.choose(plain: plain, environment: env)
        if case .refuse(let text) = choice {
            printError(text)
            throw ExitCode(2)
        }
        // 3. Private state: drafts, recent contacts, the debug log.
        let directory: StateDirectory
        do { directory = try StateDirectory(environment: env) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        var logger: Logger?
        if debug {
            do { logger = try FileLogHandler.logger(in: directory) } catch {
                printError("--debug: \(error)")
                throw ExitCode(2)
            }
        }

        // 4. The API: the built-in sandbox, or the configured account.
        let api: any AcquireAPI
        let scope: String
        var target = ""
        var sandbox: Sandbox?
        if resolved.mode == .sandbox {
            let started: Sandbox
            do { started = try blockOn { try await Sandbox.start(SandboxOptions(faults: faults)) } } catch {
                printError("The built-in sandbox could not start: \(error). Configure an account (see `acquire-cases config`) or try again.")
                throw ExitCode(2)
            }
            sandbox = started
            let config = ClientConfiguration(baseURL: started.baseURL, apiKey: APIKey(started.apiKey),
                                             timeout: resolved.timeout.value, logger: logger)
            api = AcquireClient(configuration: config)
            scope = "sandbox"
        } else {
            do {
                let config = try resolved.clientConfiguration(apiKey: key!, logger: logger)
                api = AcquireClient(configuration: config)
                scope = config.baseURL.host ?? "remote"
                target = resolved.account?.value ?? (config.baseURL.host.map { h in config.baseURL.port.map { "\(h):\($0)" } ?? h } ?? "")
            } catch {
                printError(error.message + " " + error.advice)
                throw ExitCode(2)
            }
        }
        logger?.info("start mode=\(resolved.mode.rawValue) scope=\(scope)")
        if choice == .lines {
            let code = LineModeRunner(api: api, stores: Stores(directory: directory, scope: scope),
                                      isSandbox: resolved.mode == .sandbox, logger: logger).run()
            if let sandbox { _ = try? blockOn { await sandbox.stop() } }
            if code != 0 { throw ExitCode(code) }
            return
        }

        // 5. The loop: signals first, so curses never installs its own exiting handlers.
        let loop = EventLoop<Msg>()
        Signals.install(wakeWriteFD: loop.wakeWrite)
        let noColor = self.noColor || env["NO_COLOR"].map { !$0.isEmpty } == true
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: .init(noColor: noColor, mouse: !noMouse))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let runner = AppRunner(terminal: terminal, loop: loop, api: api, stores: Stores(directory: directory, scope: scope),
                               isSandbox: resolved.mode == .sandbox, target: target, logger: logger)
        let code = runner.run()
        logger?.info("exit code=\(code)")
        if let sandbox { _ = try? blockOn { await sandbox.stop() } }
        if code != 0 { throw ExitCode(code) }
    }
}
