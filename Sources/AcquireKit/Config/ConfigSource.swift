import Foundation

/// Where a configuration value came from.
public enum ConfigSource: Sendable, Hashable, CustomStringConvertible {
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
public enum KeySource: Sendable, Hashable, CustomStringConvertible {
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

    /// The source in a sentence: `ACQUIRE_API_KEY`, `the key file '/path'`, "api_key_command `cmd`".
    public var shortName: String {
        switch self {
        case .environment(let v): return v
        case .file(let path, _): return "the key file '\(path)'"
        case .command(let cmd, _): return "api_key_command `\(Sanitizer.clean(cmd))`"
        }
    }

    /// What to do with a new key: put it where this one came from.
    public var renewal: String {
        switch self {
        case .environment(let v): return "set \(v) to it (this key came from \(v))"
        case .file(let path, _): return "put it in the key file '\(path)', where this key came from"
        case .command(let cmd, _): return "make api_key_command `\(Sanitizer.clean(cmd))` print it (this key came from that command)"
        }
    }
}
