import AcquireKit
import ArgumentParser

/// Where to connect, shared by `run` and `config`. There is deliberately no option for the
/// API key: argv is visible to every user of a shared host.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Acquire account id (the NAME in NAME.acquire.io).")
    var account: String?

    @Option(name: .customLong("base-url"), help: "API base URL instead of https://ACCOUNT.acquire.io (proxies, regional hosts, tests).")
    var baseURL: String?

    @Option(help: "Profile from the config file ([profile.NAME]); also ACQUIRE_PROFILE.")
    var profile: String?

    // Unconditional: `--timeout -1` is a value to refuse with a sentence, not a missing value.
    @Option(parsing: .unconditional, help: "Request timeout in seconds, 1 to 600 (default 30).")
    var timeout: String?

    @Flag(help: "Use the built-in sandbox even if an account is configured.")
    var sandbox = false

    /// The resolved configuration; a problem is printed as one sentence and exits with `failure`.
    func resolve(environment: [String: String], failure: Int32) throws -> ResolvedConfig {
        do {
            return try ConfigResolver.resolve(flags: flags, environment: environment)
        } catch {
            printError(error.description)
            throw ExitCode(failure)
        }
    }

    var flags: ConfigFlags {
        ConfigFlags(account: account, baseURL: baseURL, profile: profile, timeout: timeout, sandbox: sandbox)
    }
}
