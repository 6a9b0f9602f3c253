import AcquireKit
import AcquireSandbox
import Foundation

/// The API for `create`, the listings and the line mode: the configured account, or the built-in sandbox.
struct ScriptConnection {
    let api: any AcquireAPI
    /// The client itself (for `--dry-run`'s exact request).
    let client: AcquireClient
    let isSandbox: Bool
    /// The drafts' scope (as the TUI names it), so both modes share one draft.
    let scope: String
    private let sandbox: Sandbox?

    /// Connects as `options` and the environment say. `implicitSandbox`: with no account configured,
    /// use the built-in sandbox (the interactive modes); scripts get it only with `--sandbox`, so a
    /// script never "creates" a case in a throwaway sandbox by mistake.
    static func open(_ options: ConnectionOptions, environment: [String: String], implicitSandbox: Bool) async throws -> ScriptConnection {
        let resolved: ResolvedConfig
        do { resolved = try ConfigResolver.resolve(flags: options.flags, environment: environment) } catch {
            throw ScriptFailure.usage(error.description)
        }
        if resolved.mode == .sandbox {
            guard implicitSandbox || options.sandbox else {
                throw ScriptFailure.usage("No Acquire account is configured (\(resolved.modeReason)), and scripts never fall back to the sandbox. Set ACQUIRE_ACCOUNT and ACQUIRE_API_KEY (see `acquire-cases config`), or add --sandbox to try the built-in sandbox.")
            }
            let started: Sandbox
            do { started = try await Sandbox.start(SandboxOptions()) } catch {
                throw ScriptFailure.usage("The built-in sandbox could not start: \(error). Configure an account (see `acquire-cases config`) or try again.")
            }
            let client = AcquireClient(configuration: ClientConfiguration(baseURL: started.baseURL, apiKey: APIKey(started.apiKey),
                                                                          timeout: resolved.timeout.value))
            return ScriptConnection(api: client, client: client, isSandbox: true, scope: "sandbox", sandbox: started)
        }
        let key: APIKey
        do { key = try CredentialLoader.load(resolved, environment: environment) } catch {
            throw ScriptFailure.usage(error.description)
        }
        do {
            let config = try resolved.clientConfiguration(apiKey: key)
            let client = AcquireClient(configuration: config)
            return ScriptConnection(api: client, client: client, isSandbox: false, scope: config.baseURL.host ?? "remote", sandbox: nil)
        } catch {
            throw ScriptFailure(error.message + " " + error.advice, status: ExitStatus.usage)
        }
    }

    /// Stops the built-in sandbox, if one was started.
    func close() async {
        await sandbox?.stop()
    }

    /// Runs `body` with the API and always closes the connection.
    func using<T>(_ body: (any AcquireAPI) async throws -> T) async throws -> T {
        do {
            let value = try await body(api)
            await close()
            return value
        } catch {
            await close()
            throw error
        }
    }
}

/// Calls Acquire; a failure becomes the `ScriptFailure` with its sentence and exit status.
func call<T>(_ work: () async throws -> T) async throws -> T {
    do { return try await work() } catch let e as AcquireError {
        throw ScriptFailure(e)
    }
}
