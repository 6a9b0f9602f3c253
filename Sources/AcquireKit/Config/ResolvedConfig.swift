import Foundation
import Logging

/// Whether the app talks to Acquire or to the built-in sandbox.
public enum RunMode: String, Sendable, Equatable {
    case sandbox
    case remote
}

/// The configuration after flags, environment, profile, file and defaults were merged.
public struct ResolvedConfig: Sendable, Equatable {
    public var mode: RunMode
    /// Why the mode was chosen ("--sandbox", "no account or base URL set", ...).
    public var modeReason: String
    public var configFile: ConfigFile
    public var profile: Sourced<String>?
    public var account: Sourced<String>?
    /// Set in remote mode: the given base URL, or the one derived from the account.
    public var baseURL: Sourced<URL>?
    public var timeout: Sourced<TimeInterval>
    /// Where the key is to come from; nil when nowhere (an error in remote mode).
    public var keySource: KeySource?
    /// The home directory: the file checks climb from each file up to it (or to `/` outside it).
    public var home: String
    /// The proxy for the base URL and the extra CA files (see `ConfigResolver.network`).
    public var network = NetworkSettings()

    /// The client configuration for `apiKey`; `.notConfigured` in sandbox mode.
    public func clientConfiguration(apiKey: APIKey, retry: RetryPolicy = RetryPolicy(),
                                    logger: Logger? = nil) throws(AcquireError) -> ClientConfiguration {
        guard mode == .remote, let baseURL else { throw .notConfigured("no account id or base URL") }
        var configuration = ClientConfiguration(baseURL: baseURL.value, apiKey: apiKey, timeout: timeout.value, retry: retry, logger: logger)
        configuration.keySource = keySource
        configuration.network = network
        return configuration
    }
}
