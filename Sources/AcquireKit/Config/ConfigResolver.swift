import Foundation

/// Merges flags > environment > `[profile.NAME]` > top level of config.toml > built-in defaults.
/// Pure but for reading the config file (given by path), so tests can drive every case.
public enum ConfigResolver {
    /// Seconds a request may stall when nothing says otherwise.
    public static let defaultTimeout: TimeInterval = 30

    /// `$XDG_CONFIG_HOME/acquire-cases/config.toml`, else `$HOME/.config/acquire-cases/config.toml`.
    public static func defaultConfigPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("acquire-cases/config.toml")
        }
        return (home(environment) as NSString).appendingPathComponent(".config/acquire-cases/config.toml")
    }

    /// `$HOME`, else the account's home directory: where the file checks stop climbing.
    public static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    }

    /// Resolves everything but the key itself (see `CredentialLoader`).
    public static func resolve(flags: ConfigFlags, environment env: [String: String],
                               configPath: String? = nil) throws(ConfigError) -> ResolvedConfig {
        for (flag, value) in [("--account", flags.account), ("--base-url", flags.baseURL), ("--profile", flags.profile)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyFlag(flag) }
        }
        let path = configPath ?? defaultConfigPath(environment: env)
        let home = home(env)
        let file = try ConfigFile.load(path, home: home)

        var profile: Sourced<String>?
        if let p = nonEmpty(flags.profile) { profile = Sourced(p, .flag("--profile")) }
        else if let p = nonEmpty(env["ACQUIRE_PROFILE"]) { profile = Sourced(p, .environment("ACQUIRE_PROFILE")) }
        var layer: ConfigLayer?
        if let profile {
            guard let l = file.profiles[profile.value] else {
                throw .unknownProfile(name: Sanitizer.clean(profile.value), available: file.profiles.keys.map(Sanitizer.clean).sorted(), path: path)
            }
            layer = l
        }

        func pick<T>(_ flag: T?, _ flagName: String, _ envName: String?, _ key: KeyPath<ConfigLayer, T?>,
                     parse: (String) -> T?) -> Sourced<T>? where T: Sendable & Equatable {
            if let v = flag { return Sourced(v, .flag(flagName)) }
            if let envName, let raw = nonEmpty(env[envName]), let v = parse(raw) { return Sourced(v, .environment(envName)) }
            if let profile, let v = layer?[keyPath: key] { return Sourced(v, .profile(profile.value)) }
            if let v = file.top[keyPath: key] { return Sourced(v, .configFile) }
            return nil
        }

        let account = pick(nonEmpty(flags.account), "--account", "ACQUIRE_ACCOUNT", \.account) { $0 }
        let rawBase = pick(nonEmpty(flags.baseURL), "--base-url", "ACQUIRE_BASE_URL", \.baseURL) { $0 }

        var timeout = Sourced(defaultTimeout, .builtIn)
        if let t = flags.timeout {
            timeout = Sourced(try seconds(t), .flag("--timeout"))
        } else if let t = nonEmpty(env["ACQUIRE_TIMEOUT"]) {
            timeout = Sourced(try seconds(t), .environment("ACQUIRE_TIMEOUT"))
        } else if let profile, let t = layer?.timeout {
            timeout = Sourced(try seconds(String(t)), .profile(profile.value))
        } else if let t = file.top.timeout {
            timeout = Sourced(try seconds(String(t)), .configFile)
        }

        let keySource = try keySource(env: env, profile: profile?.value, layer: layer, file: file)

        if let account { _ = try validAccount(account.value) }
        var mode = RunMode.remote
        var reason = "an account or base URL is set"
        if flags.sandbox {
            mode = .sandbox
            reason = "--sandbox"
        } else if account == nil && rawBase == nil {
            mode = .sandbox
            reason = "no account id or base URL is set"
        }
        var baseURL: Sourced<URL>?
        if let rawBase {
            baseURL = Sourced(try validBaseURL(rawBase.value), rawBase.source)
        } else if let account, let url = ClientConfiguration.baseURL(account: try validAccount(account.value)) {
            baseURL = Sourced(url, .derived("account id"))
        }
        let normalizedAccount = try account.map { a throws(ConfigError) in Sourced(try validAccount(a.value), a.source) }
        var resolved = ResolvedConfig(mode: mode, modeReason: reason, configFile: file, profile: profile,
                                      account: normalizedAccount, baseURL: baseURL, timeout: timeout, keySource: keySource, home: home)
        if mode == .remote, let baseURL {
            let caFile = pick(nil, "", nil, \.caFile) { $0 }
            resolved.network = try network(for: baseURL.value, caFile: caFile, env: env, configPath: path)
        }
        return resolved
    }

    /// The account id in lower case, or `.invalidAccount` unless it is a DNS label.
    public static func validAccount(_ raw: String) throws(ConfigError) -> String {
        let a = raw.lowercased()
        let ok = (1...63).contains(a.utf8.count) && !a.hasPrefix("-") && !a.hasSuffix("-")
            && a.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard ok else { throw .invalidAccount(Sanitizer.clean(raw)) }
        return a
    }

    /// A base URL that may carry the key: https, or http to loopback; no user info, query or fragment.
    public static func validBaseURL(_ raw: String) throws(ConfigError) -> URL {
        let shown = Sanitizer.clean(raw)
        guard let url = URL(string: raw.trimmingCharacters(in: .whitespaces)), url.host != nil else {
            throw .badBaseURL(shown, reason: "it is not a web address like https://mycompany.acquire.io")
        }
        if let why = URLPolicy.refusal(for: url) { throw .badBaseURL(shown, reason: why) }
        if url.user != nil || url.password != nil { throw .badBaseURL(shown, reason: "it must not contain a user name or password") }
        if url.query != nil || url.fragment != nil { throw .badBaseURL(shown, reason: "it must not contain ? or #") }
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text) ?? url
    }

    /// A timeout in seconds from 1 to 600, written in decimal digits (`0x10`, `1e2`, `inf` are refused).
    public static func seconds(_ raw: String) throws(ConfigError) -> TimeInterval {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let v = Double(text) else { throw .badTimeout(Sanitizer.clean(raw)) }
        guard isPlainDecimal(text) else { throw .timeoutNotDecimal(Sanitizer.clean(raw)) }
        guard v >= 1, v <= 600 else { throw .badTimeout(Sanitizer.clean(text)) }
        return v
    }

    /// An optional sign, digits, and optionally a point and more digits.
    static func isPlainDecimal(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    static func keySource(env: [String: String], profile: String?, layer: ConfigLayer?,
                          file: ConfigFile) throws(ConfigError) -> KeySource? {
        if nonEmpty(env["ACQUIRE_API_KEY"]) != nil { return .environment("ACQUIRE_API_KEY") }
        let levels: [(ConfigLayer?, ConfigSource, String)] = [
            (layer, .profile(profile ?? ""), "in [profile.\(profile ?? "")]"), (file.top, .configFile, "at the top of the config file"),
        ]
        for (l, source, where_) in levels {
            guard let l else { continue }
            let f = nonEmpty(l.apiKeyFile), c = nonEmpty(l.apiKeyCommand)
            if f != nil && c != nil { throw .conflict(where_) }
            if let f { return .file(path: expand(f, relativeTo: file.path, env: env), source: source) }
            if let c { return .command(c, source: source) }
        }
        return nil
    }

    /// `~/x` under HOME; a relative path next to the config file.
    static func expand(_ path: String, relativeTo configPath: String, env: [String: String]) -> String {
        if path.hasPrefix("~/") {
            return (home(env) as NSString).appendingPathComponent(String(path.dropFirst(2)))
        }
        if path.hasPrefix("/") { return path }
        return ((configPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return s
    }
}
