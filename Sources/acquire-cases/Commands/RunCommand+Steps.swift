import AcquireKit
import AcquireSandbox
import ArgumentParser
import CaseDesk
import Foundation
import Logging
import NcursesTerminal

/// What the app talks to: the API, the scope its files are kept under, the header's target.
struct Connection {
    let api: any AcquireAPI
    let scope: String
    let target: String
    /// The built-in sandbox, stopped when the app exits.
    let sandbox: Sandbox?
}

extension RunCommand {
    /// Prints `message` and gives the usage exit (2).
    func usageExit(_ message: String) -> ExitCode {
        printError(message)
        return ExitCode(2)
    }

    /// Runs `step`; any error is printed after `prefix` and exits 2.
    func orExit<T>(_ prefix: String, _ step: () throws -> T) throws -> T {
        do { return try step() } catch { throw usageExit(prefix + "\(error)") }
    }

    /// The `--sandbox-fault` specs, refused against a real account.
    func parseFaults(for resolved: ResolvedConfig) throws -> [SandboxFault] {
        let faults = try orExit("--sandbox-fault: ") { try sandboxFaults.map(SandboxFault.parse) }
        if !faults.isEmpty && resolved.mode != .sandbox {
            throw usageExit("--sandbox-fault only applies to the built-in sandbox, and an account is configured (add --sandbox).")
        }
        return faults
    }

    /// The API key for a real account (nil for the sandbox).
    func loadKey(_ resolved: ResolvedConfig, environment env: [String: String]) throws -> APIKey? {
        guard resolved.mode == .remote else { return nil }
        do { return try CredentialLoader.load(resolved, environment: env) } catch { throw usageExit(error.description) }
    }

    /// Starts the built-in sandbox, or builds the client for the configured account.
    func connect(_ resolved: ResolvedConfig, key: APIKey?, faults: [SandboxFault], logger: Logger?) throws -> Connection {
        if resolved.mode == .sandbox {
            let started: Sandbox
            do { started = try blockOn { try await Sandbox.start(SandboxOptions(faults: faults)) } } catch {
                throw usageExit("The built-in sandbox could not start: \(error). Configure an account (see `acquire-cases config`) or try again.")
            }
            let config = ClientConfiguration(baseURL: started.baseURL, apiKey: APIKey(started.apiKey),
                                             timeout: resolved.timeout.value, logger: logger)
            return Connection(api: AcquireClient(configuration: config), scope: "sandbox", target: "", sandbox: started)
        }
        guard let key else { throw usageExit("No API key was loaded for the account.") }
        do {
            let config = try resolved.clientConfiguration(apiKey: key, logger: logger)
            let host = config.baseURL.host
            let target = resolved.account?.value ?? (host.map { h in config.baseURL.port.map { "\(h):\($0)" } ?? h } ?? "")
            let scope = Self.scope(account: resolved.account?.value, baseURL: config.baseURL, profile: resolved.profile?.value)
            return Connection(api: AcquireClient(configuration: config), scope: scope, target: target, sandbox: nil)
        } catch {
            throw usageExit(error.message + " " + error.advice)
        }
    }

    /// What drafts and recent contacts are kept under: the account, or the whole base URL's host
    /// and port (two sandboxes on one host are two places), and the profile when one is used.
    static func scope(account: String?, baseURL: URL, profile: String?) -> String {
        let port = baseURL.port ?? (baseURL.scheme == "http" ? 80 : 443)
        var scope = account.map { "account-\($0)" } ?? "\(baseURL.host ?? "remote")_\(port)"
        if let profile, !profile.isEmpty { scope += "_profile-\(profile)" }
        return scope
    }

    /// Installs the signal handlers, starts curses and runs the app until it exits; the exit code.
    func runLoop(_ connection: Connection, directory: StateDirectory, isSandbox: Bool,
                 environment env: [String: String], logger: Logger?) throws -> Int32 {
        let loop = EventLoop<Msg>()
        Signals.install(wakeWriteFD: loop.wakeWrite)
        let noColor = self.noColor || env["NO_COLOR"].map { !$0.isEmpty } == true
        let terminal = try orExit("") { try NcursesTerminal(options: .init(noColor: noColor, mouse: !noMouse)) }
        let runner = AppRunner(terminal: terminal, loop: loop, api: connection.api,
                               stores: Stores(directory: directory, scope: connection.scope),
                               isSandbox: isSandbox, target: connection.target, logger: logger)
        return runner.run()
    }
}
