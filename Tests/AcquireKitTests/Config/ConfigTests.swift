import Foundation
import Testing
@testable import AcquireKit
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under the temp dir, removed by `cleanup()`.
struct TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("acquire-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    /// Writes `text` to `name` with `mode` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: mode_t = 0o600) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, mode)
        return path
    }
    func cleanup() { try? FileManager.default.removeItem(at: url) }
    /// An environment whose HOME is this directory, so the file checks stop climbing here
    /// (the temp dir above is world-writable, which they refuse).
    var env: [String: String] { ["HOME": url.path] }
    /// `extra` with HOME set to this directory.
    func env(_ extra: [String: String]) -> [String: String] { extra.merging(env) { a, _ in a } }
}

let sampleConfig = """
account = "topacct"
timeout = 45
api_key_file = "key.txt"

[profile.prod]
account = "prodacct"
api_key_command = "printf '%s' prod-key-0123456789abcdef"

[profile.proxy]
base_url = "https://proxy.example.com/acquire/"
timeout = 7.5
"""

@Suite struct ConfigResolverTests {
    @Test func precedenceFlagsEnvProfileTopDefaults() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", sampleConfig, mode: 0o644)
        func resolve(_ flags: ConfigFlags, _ env: [String: String]) throws -> ResolvedConfig {
            try ConfigResolver.resolve(flags: flags, environment: env.merging(dir.env) { a, _ in a }, configPath: path)
        }
        let all = try resolve(ConfigFlags(account: "flagacct", profile: "prod"), ["ACQUIRE_ACCOUNT": "envacct"])
        #expect(all.account == Sourced("flagacct", .flag("--account")))
        #expect(all.profile == Sourced("prod", .flag("--profile")))
        let env = try resolve(ConfigFlags(), ["ACQUIRE_ACCOUNT": "EnvAcct", "ACQUIRE_PROFILE": "prod"])
        #expect(env.account == Sourced("envacct", .environment("ACQUIRE_ACCOUNT")))
        #expect(env.profile == Sourced("prod", .environment("ACQUIRE_PROFILE")))
        let profile = try resolve(ConfigFlags(profile: "prod"), [:])
        #expect(profile.account == Sourced("prodacct", .profile("prod")))
        #expect(profile.keySource == .command("printf '%s' prod-key-0123456789abcdef", source: .profile("prod")))
        #expect(profile.timeout == Sourced(45, .configFile))
        #expect(profile.baseURL == Sourced(URL(string: "https://prodacct.acquire.io")!, .derived("account id")))
        #expect(profile.mode == .remote)
        let top = try resolve(ConfigFlags(), [:])
        #expect(top.account == Sourced("topacct", .configFile))
        #expect(top.keySource == .file(path: dir.url.appendingPathComponent("key.txt").path, source: .configFile))
        let timeouts = try resolve(ConfigFlags(timeout: "12"), ["ACQUIRE_TIMEOUT": "20"])
        #expect(timeouts.timeout == Sourced(12, .flag("--timeout")))
        #expect(try resolve(ConfigFlags(), ["ACQUIRE_TIMEOUT": "20"]).timeout == Sourced(20, .environment("ACQUIRE_TIMEOUT")))
    }

    @Test func profileWithBaseURLNeedsNoAccountAndDefaultsApply() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", sampleConfig, mode: 0o600)
        let r = try ConfigResolver.resolve(flags: ConfigFlags(profile: "proxy"), environment: dir.env, configPath: path)
        #expect(r.baseURL == Sourced(URL(string: "https://proxy.example.com/acquire")!, .profile("proxy")))
        #expect(r.timeout == Sourced(7.5, .profile("proxy")))
        let none = try ConfigResolver.resolve(flags: ConfigFlags(), environment: [:], configPath: dir.url.appendingPathComponent("nope.toml").path)
        #expect(none.mode == .sandbox && none.timeout == Sourced(30, .builtIn) && none.keySource == nil)
        #expect(!none.configFile.exists)
    }

    @Test func sandboxModeUnlessAnAccountOrBaseURLIsSet() throws {
        let missing = "/nonexistent/acquire-cases/config.toml"
        #expect(try ConfigResolver.resolve(flags: ConfigFlags(), environment: ["ACQUIRE_API_KEY": "k"], configPath: missing).mode == .sandbox)
        let remote = try ConfigResolver.resolve(flags: ConfigFlags(baseURL: "http://127.0.0.1:8080"), environment: [:], configPath: missing)
        #expect(remote.mode == .remote && remote.account == nil)
        #expect(remote.baseURL == Sourced(URL(string: "http://127.0.0.1:8080")!, .flag("--base-url")))
        let forced = try ConfigResolver.resolve(flags: ConfigFlags(account: "acme", sandbox: true), environment: [:], configPath: missing)
        #expect(forced.mode == .sandbox && forced.modeReason == "--sandbox")
    }

    @Test func defaultConfigPathFollowsXDG() {
        #expect(ConfigResolver.defaultConfigPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]) == "/x/cfg/acquire-cases/config.toml")
        #expect(ConfigResolver.defaultConfigPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/acquire-cases/config.toml")
        #expect(ConfigResolver.defaultConfigPath(environment: ["HOME": "/h"]) == "/h/.config/acquire-cases/config.toml")
    }

    @Test func unknownProfile() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", sampleConfig)
        #expect(throws: ConfigError.unknownProfile(name: "staging", available: ["prod", "proxy"].sorted(), path: path)) {
            try ConfigResolver.resolve(flags: ConfigFlags(profile: "staging"), environment: dir.env, configPath: path)
        }
        let e = #expect(throws: ConfigError.self) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env(["ACQUIRE_PROFILE": "staging"]), configPath: path)
        }
        let text = e?.description ?? ""
        #expect(text.contains("There is no profile \"staging\""))
        #expect(text.contains("prod") && text.contains("proxy"))
    }

    @Test func badTOMLGivesTheLine() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", "account = \"a\"\n\ntimeout = = 3\n")
        let e = #expect(throws: ConfigError.self) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env, configPath: path)
        }
        guard case .badTOML(let p, let line, _, _)? = e else {
            Issue.record("expected badTOML, got \(String(describing: e))")
            return
        }
        #expect(p == path && line == 3)
        #expect(e?.description.contains("line 3") == true)
        let typed = try dir.write("typed.toml", "account = 12\n")
        #expect(throws: ConfigError.badValue(key: "account", path: typed, expected: "a string")) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env, configPath: typed)
        }
        let both = try dir.write("both.toml", "api_key_file = \"k\"\napi_key_command = \"pass\"\naccount = \"a\"\n")
        #expect(throws: ConfigError.conflict("at the top of the config file")) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env, configPath: both)
        }
    }

    @Test(arguments: ["evil.com/x", "-acme", "acme-", "a b", "", "ünï", String(repeating: "a", count: 64)])
    func accountMustBeADNSLabel(_ account: String) {
        #expect(throws: ConfigError.self) { try ConfigResolver.validAccount(account) }
    }

    @Test func badValuesFromFlagsAndEnvironment() {
        let missing = "/nonexistent/config.toml"
        #expect(throws: ConfigError.invalidAccount("evil.com/x")) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: ["ACQUIRE_ACCOUNT": "evil.com/x"], configPath: missing)
        }
        #expect(throws: ConfigError.timeoutNotDecimal("nan")) {
            try ConfigResolver.resolve(flags: ConfigFlags(timeout: "nan"), environment: [:], configPath: missing)
        }
        for t in ["abc", "0", "9999", "-5"] {
            #expect(throws: ConfigError.badTimeout(t)) {
                try ConfigResolver.resolve(flags: ConfigFlags(timeout: t), environment: [:], configPath: missing)
            }
        }
        #expect(throws: ConfigError.badBaseURL("http://acme.acquire.io", reason: "plain http:// is only allowed to this machine; use https://")) {
            try ConfigResolver.resolve(flags: ConfigFlags(baseURL: "http://acme.acquire.io"), environment: [:], configPath: missing)
        }
        #expect(throws: ConfigError.self) {
            try ConfigResolver.resolve(flags: ConfigFlags(baseURL: "https://user:pw@acme.acquire.io"), environment: [:], configPath: missing)
        }
        #expect(ConfigError.badTimeout("abc").description.contains("from 1 to 600"))
    }

    @Test func configFileWritableByOthersIsRefused() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", sampleConfig, mode: 0o664)
        #expect(throws: ConfigError.tooOpen(path: path, mode: 0o664, what: "config file")) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env, configPath: path)
        }
        #expect(ConfigError.tooOpen(path: path, mode: 0o664, what: "config file").description
                .hasPrefix("Permissions 0664 for '\(path)' are too open."))
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another user"))
    func filesOwnedByAnotherUserAreRefused() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("config.toml", sampleConfig, mode: 0o600)
        chown(path, 65_534, 65_534)
        #expect(throws: ConfigError.wrongOwner(path: path, uid: 65_534, what: "config file")) {
            try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env, configPath: path)
        }
        let key = try dir.write("key", "secret-key-0123456789", mode: 0o600)
        chown(key, 65_534, 65_534)
        #expect(throws: ConfigError.wrongOwner(path: key, uid: 65_534, what: "API key file")) {
            try FileSecurity.check(key, as: .keyFile, home: dir.url.path)
        }
    }
}
