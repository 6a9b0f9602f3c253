import Foundation

extension ResolvedConfig {
    /// What `acquire-cases config` prints: each value, where it came from, and the key masked.
    /// `key` is the outcome of `CredentialLoader.load` (nil when it was not attempted); `extra`
    /// rows (name, value) come last, such as what the process did to itself.
    public func report(key: Result<APIKey, ConfigError>?, extra: [(String, String)] = []) -> String {
        var rows: [(String, String, String)] = []
        rows.append(("mode", mode.rawValue, "(\(modeReason))"))
        rows.append(("config file", configFile.path, configFile.exists ? "(found)" : "(not found; defaults used)"))
        rows.append(("profile", profile?.value ?? "none", profile.map { "(\($0.source))" } ?? ""))
        rows.append(("account", account?.value ?? "not set", account.map { "(\($0.source))" } ?? ""))
        rows.append(("base URL", baseURL?.value.absoluteString ?? "not set", baseURL.map { "(\($0.source))" } ?? ""))
        rows.append(("timeout", "\(ConfigResolver.format(timeout.value)) s", "(\(timeout.source))"))
        if mode == .remote { rows += network.reportRows }
        let keyValue: String
        switch key {
        case .success(let k)?: keyValue = "\(k.masked) (\(k.secret.count) characters)"
        case .failure(let e)?: keyValue = "not available: \(e)"
        case nil: keyValue = keySource == nil ? "not set" : "not read"
        }
        rows.append(("API key", keyValue, keySource.map { "(from \($0))" } ?? ""))
        for (role, path) in checkedFiles(keyLoaded: { if case .success? = key { return true } else { return false } }()) {
            rows.append(("checked", checkSummary(role, path), ""))
        }
        rows += extra.map { ($0.0, $0.1, "") }
        let width = rows.map(\.0.count).max() ?? 0
        var out = "acquire-cases configuration\n"
        for (name, value, source) in rows {
            let line = "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value + (source.isEmpty ? "" : "  " + source)
            out += Sanitizer.clean(line) + "\n"
        }
        for w in configFile.warnings { out += "  warning: \(Sanitizer.clean(w))\n" }
        if case .success(let k)? = key, k.secret.count >= 4, out.contains(k.secret) {
            out = out.replacingOccurrences(of: k.secret, with: k.masked)
        }
        return out
    }
}

extension ResolvedConfig {
    /// The files whose checks passed: the config file when it exists, the key file once read.
    func checkedFiles(keyLoaded: Bool) -> [(FileSecurity.Role, String)] {
        var out: [(FileSecurity.Role, String)] = []
        if configFile.exists { out.append((.configFile, configFile.path)) }
        if keyLoaded, case .file(let path, _)? = keySource { out.append((.keyFile, path)) }
        return out
    }

    /// "config file /p: the file and its 3 directories up to /home/u are yours or root's, not writable by others".
    func checkSummary(_ role: FileSecurity.Role, _ path: String) -> String {
        let dirs = FileSecurity.directories(above: path, home: home)
        let bits = role == .keyFile ? "not readable or writable by others" : "not writable by others"
        return "\(role.rawValue) \(path): it and the \(dirs.count) directories up to \(dirs.last ?? "/") are yours or root's; "
            + "the file is \(bits), no directory is writable by others"
    }
}

extension ConfigResolver {
    static func format(_ seconds: TimeInterval) -> String {
        seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
    }
}
