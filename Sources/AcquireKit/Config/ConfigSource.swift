import Foundation

/// Where a configuration value came from.
public enum ConfigSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line flag such as `--account`.
    case flag(String)
    /// An environment variable such as `ACQUIRE_ACCOUNT`.
    case environment(String)
    /// A `[profile.NAME]` table of the config file.
    case profile(String)
    /// The top level of the config file.
    case configFile
    /// Worked out from another value (the base URL from the account).
    case derived(String)
    /// The built-in default.
    case builtIn

    public var description: String {
        switch self {
        case .flag(let f): return "from \(f)"
        case .environment(let v): return "from \(v)"
        case .profile(let p): return "from [profile.\(p)] in the config file"
        case .configFile: return "from the config file"
        case .derived(let what): return "from the \(what)"
        case .builtIn: return "built-in default"
        }
    }
}

/// A value and where it came from.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var source: ConfigSource

    /// A value from `source`.
    public init(_ value: Value, _ source: ConfigSource) {
        self.value = value
        self.source = source
    }
}

/// The command-line flags that bear on configuration. There is deliberately no key flag.
public struct ConfigFlags: Sendable, Equatable {
    public var account: String?
    public var baseURL: String?
    public var profile: String?
    public var timeout: String?
    public var sandbox: Bool

    /// Flags as given (nil when absent).
    public init(account: String? = nil, baseURL: String? = nil, profile: String? = nil, timeout: String? = nil,
                sandbox: Bool = false) {
        self.account = account
        self.baseURL = baseURL
        self.profile = profile
        self.timeout = timeout
        self.sandbox = sandbox
    }
}

/// Where the API key is to be taken from.
public enum KeySource: Sendable, Equatable, CustomStringConvertible {
    case environment(String)
    case file(path: String, source: ConfigSource)
    case command(String, source: ConfigSource)

    public var description: String {
        switch self {
        case .environment(let v): return v
        case let .file(path, source): return "api_key_file \(path) (\(source))"
        case let .command(cmd, source): return "api_key_command `\(cmd)` (\(source))"
        }
    }
}
