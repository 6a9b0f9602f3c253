import Foundation
import Testing
@testable import AcquireKit
#if canImport(Glibc)
import Glibc
#endif

@Suite struct CredentialTests {
    func resolved(_ config: String, in dir: TempDir, flags: ConfigFlags = ConfigFlags(account: "acme"),
                  env: [String: String] = [:]) throws -> ResolvedConfig {
        let path = try dir.write("config.toml", config)
        return try ConfigResolver.resolve(flags: flags, environment: env.merging(["HOME": dir.url.path]) { a, _ in a },
                                          configPath: path)
    }

    @Test func keyFromEnvironmentWinsAndIsMasked() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let env = ["ACQUIRE_API_KEY": "  env-key-0123456789abcdef\n"]
        let r = try resolved("api_key_file = \"k\"\n", in: dir, env: env)
        #expect(r.keySource == .environment("ACQUIRE_API_KEY"))
        let key = try CredentialLoader.load(r, environment: env)
        #expect(key.secret == "env-key-0123456789abcdef")
        #expect(key.masked == "••••••••cdef" && "\(key)" == "••••••••cdef" && String(reflecting: key) == "APIKey(••••••••cdef)")
        #expect(APIKey("short").masked == "••••••••")
    }

    @Test func keyFileMustBePrivate() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let keyPath = try dir.write("key.txt", "file-key-0123456789abcdef\n", mode: 0o640)
        let r = try resolved("api_key_file = \"~/key.txt\"\n", in: dir)
        #expect(r.keySource == .file(path: keyPath, source: .configFile))
        #expect(throws: ConfigError.tooOpen(path: keyPath, mode: 0o640, what: "API key file")) {
            try CredentialLoader.load(r, environment: [:])
        }
        chmod(keyPath, 0o604)
        #expect(throws: ConfigError.tooOpen(path: keyPath, mode: 0o604, what: "API key file")) {
            try CredentialLoader.load(r, environment: [:])
        }
        chmod(keyPath, 0o600)
        #expect(try CredentialLoader.load(r, environment: [:]).secret == "file-key-0123456789abcdef")
        try dir.write("key.txt", "\n  \n", mode: 0o600)
        #expect(throws: ConfigError.emptyKey(source: "the key file '\(keyPath)'")) { try CredentialLoader.load(r, environment: [:]) }
        let gone = try resolved("api_key_file = \"missing\"\n", in: dir)
        #expect(throws: ConfigError.self) { try CredentialLoader.load(gone, environment: [:]) }
    }

    @Test func keyCommand() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let ok = try resolved("api_key_command = \"printf '  cmd-key-0123456789abcdef\\\\n'\"\n", in: dir)
        #expect(try CredentialLoader.load(ok, environment: [:]).secret == "cmd-key-0123456789abcdef")
        let failing = try resolved("api_key_command = \"echo 'pass: acquire/prod is not in the store' >&2; exit 3\"\n", in: dir)
        let e = #expect(throws: ConfigError.self) { try CredentialLoader.load(failing, environment: [:]) }
        guard case .keyCommandFailed(_, let status, let stderr)? = e else {
            Issue.record("expected keyCommandFailed, got \(String(describing: e))")
            return
        }
        #expect(status == 3 && stderr == "pass: acquire/prod is not in the store")
        let slow = try resolved("api_key_command = \"sleep 30\"\n", in: dir)
        #expect(throws: ConfigError.keyCommandTimedOut(command: "sleep 30", seconds: 1)) {
            try CredentialLoader.load(slow, environment: [:], commandTimeout: 1)
        }
    }

    @Test func missingKeyInRemoteMode() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let r = try resolved("", in: dir)
        #expect(r.mode == .remote && r.keySource == nil)
        #expect(throws: ConfigError.missingKey) { try CredentialLoader.load(r, environment: [:]) }
        #expect(ConfigError.missingKey.description.contains("ACQUIRE_API_KEY"))
    }

    @Test func reportShowsSourcesAndNeverTheKey() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let secret = "rep-key-0123456789abcdef"
        let env = ["ACQUIRE_API_KEY": secret, "ACQUIRE_TIMEOUT": "12"]
        let r = try resolved("account = \"topacct\"\n", in: dir, flags: ConfigFlags(), env: env)
        let key = Result<APIKey, ConfigError> { () throws(ConfigError) -> APIKey in try CredentialLoader.load(r, environment: env) }
        let text = r.report(key: key)
        #expect(!text.contains(secret))
        #expect(text.contains("••••••••cdef"))
        #expect(text.contains("from ACQUIRE_API_KEY"))
        #expect(text.contains("topacct") && text.contains("from the config file"))
        #expect(text.contains("https://topacct.acquire.io") && text.contains("from the account id"))
        #expect(text.contains("12 s") && text.contains("from ACQUIRE_TIMEOUT"))
        #expect(text.contains("mode") && text.contains("remote"))
        let failed = r.report(key: .failure(.missingKey))
        #expect(failed.contains("not available: No API key"))
        let client = try r.clientConfiguration(apiKey: try key.get())
        #expect(client.baseURL.absoluteString == "https://topacct.acquire.io" && client.timeout == 12)
        #expect(!String(describing: client).contains(secret))
    }
}
