import Foundation
import Testing
@testable import AcquireKit

/// The key command: first line is the key, anything a header cannot carry is refused naming the
/// command, a failure shows only the first line of stderr, and the command's children see no secrets.
@Suite struct KeyCommandTests {
    func resolved(_ command: String, in dir: TempDir) throws -> ResolvedConfig {
        let escaped = command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let path = try dir.write("config.toml", "api_key_command = \"\(escaped)\"\n")
        return try ConfigResolver.resolve(flags: ConfigFlags(account: "acme"), environment: dir.env, configPath: path)
    }

    @Test func aPassStyleEntryGivesItsFirstLine() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let r = try resolved(#"printf '%s\nuser: alice\nurl: https://x\n' pass-key-0123456789abcdef"#, in: dir)
        let key = try CredentialLoader.load(r, environment: [:])
        #expect(key.secret == "pass-key-0123456789abcdef")
        #expect(r.report(key: .success(key)).contains("(25 characters)"))
    }

    @Test(arguments: [
        (#"printf 'two words\n'"#, "a space or tab (character 4 of 9)"),
        (#"printf 'k\001ey\n'"#, "a control character (character 2 of 4)"),
        (#"printf 'kéy\n'"#, "a non-ASCII character (character 2 of 3)"),
    ])
    func aKeyNoHeaderCanCarryIsRefusedNamingTheCommand(command: String, problem: String) throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let r = try resolved(command, in: dir)
        let e = #expect(throws: ConfigError.self) { try CredentialLoader.load(r, environment: [:]) }
        guard case .keyNotSendable(let source, let why)? = e else {
            Issue.record("expected keyNotSendable, got \(String(describing: e))")
            return
        }
        #expect(source == "api_key_command `\(command)`")
        #expect(why.contains(problem))
        #expect(e?.description.contains("nothing was sent") == true)
    }

    @Test func aKeyFileOrVariableWithALineBreakIsRefusedToo() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let key = try dir.write("key", "file-key-0123456789abcdef\nsecond line\n")
        let path = try dir.write("config.toml", "api_key_file = \"\(key)\"\n")
        let r = try ConfigResolver.resolve(flags: ConfigFlags(account: "acme"), environment: dir.env, configPath: path)
        #expect(throws: ConfigError.keyNotSendable(source: "the key file '\(key)'",
                                                   problem: "it has more than one line (a line break at character 26 of 37)")) {
            try CredentialLoader.load(r, environment: [:])
        }
        let env = ["ACQUIRE_API_KEY": "env key"]
        let fromEnv = try ConfigResolver.resolve(flags: ConfigFlags(account: "acme"), environment: dir.env(env), configPath: path)
        #expect(throws: ConfigError.keyNotSendable(source: "ACQUIRE_API_KEY", problem: "it contains a space or tab (character 4 of 7)")) {
            try CredentialLoader.load(fromEnv, environment: env)
        }
    }

    @Test func aFailingCommandShowsOnlyTheFirstLineOfItsErrors() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let errors = try dir.write("errors.txt", "gpg: decryption failed\nsecret-0123456789abcdef\n")
        let command = "cat '\(errors)' >&2; exit 2"
        let r = try resolved(command, in: dir)
        let e = #expect(throws: ConfigError.self) { try CredentialLoader.load(r, environment: [:]) }
        #expect(e == .keyCommandFailed(command: command, status: 2, stderr: "gpg: decryption failed"))
        #expect(e?.description.contains("secret-0123456789abcdef") == false)
    }

    @Test func theCommandSeesTheSettingsButNoSecret() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let out = dir.url.appendingPathComponent("env.txt").path
        let r = try resolved("env > '\(out)'; printf 'cmd-key-0123456789abcdef'", in: dir)
        let env = ["ACQUIRE_API_KEY": " ", "ACQUIRE_ACCOUNT": "acme", "ACQUIRE_PROFILE": "prod",
                   "ACQUIRE_SECRET_TOKEN": "tok-0123456789", "PATH": "/usr/bin:/bin", "HOME": dir.url.path]
        _ = try CredentialLoader.load(r, environment: env)
        let seen = try String(contentsOfFile: out, encoding: .utf8)
        #expect(seen.contains("ACQUIRE_ACCOUNT=acme") && seen.contains("ACQUIRE_PROFILE=prod") && seen.contains("PATH=/usr/bin:/bin"))
        #expect(!seen.contains("ACQUIRE_API_KEY") && !seen.contains("ACQUIRE_SECRET_TOKEN"))
    }

    @Test func childEnvironmentsLoseTheSecrets() {
        let env = ["ACQUIRE_API_KEY": "k", "ACQUIRE_ACCOUNT": "acme", "ACQUIRE_X": "1", "EDITOR": "vi", "ACQUIRED": "keep"]
        #expect(ChildEnvironment.forEditor(env) == ["EDITOR": "vi", "ACQUIRED": "keep"])
        #expect(ChildEnvironment.forKeyCommand(env) == ["ACQUIRE_ACCOUNT": "acme", "EDITOR": "vi", "ACQUIRED": "keep"])
    }
}

/// The 401 advice names where the key came from; flag values get their own sentences.
@Suite struct ConfigMessageTests {
    @Test func unauthorizedAdviceNamesTheKeySource() {
        let env = AcquireError.unauthorized(keySource: .environment("ACQUIRE_API_KEY")).advice
        #expect(env.contains("set ACQUIRE_API_KEY to it"))
        let file = AcquireError.unauthorized(keySource: .file(path: "/home/a/.config/acquire-cases/key", source: .configFile)).advice
        #expect(file.contains("put it in the key file '/home/a/.config/acquire-cases/key'") && !file.contains("ACQUIRE_API_KEY"))
        let command = AcquireError.unauthorized(keySource: .command("pass show acquire", source: .profile("prod"))).advice
        #expect(command.contains("make api_key_command `pass show acquire` print it") && !command.contains("ACQUIRE_API_KEY"))
    }

    @Test func theClientNamesItsKeySourceOnA401() async throws {
        // First a 401, then an HTTP 200 whose body says ERROR_UNAUTHORIZED: both name the source.
        let server = try await TestServer.start { _, n in
            n == 1 ? .json(401, #"{"type":"ERROR_UNAUTHORIZED"}"#) : .json(200, #"{"error":{"code":"ERROR_UNAUTHORIZED","message":"x"}}"#)
        }
        var configuration = ClientConfiguration(baseURL: server.baseURL, apiKey: testKey, retry: .none)
        configuration.keySource = .command("pass show acquire", source: .configFile)
        let client = AcquireClient(configuration: configuration)
        await #expect(throws: AcquireError.unauthorized(keySource: .command("pass show acquire", source: .configFile))) {
            try await client.agents()
        }
        await #expect(throws: AcquireError.unauthorized(keySource: .command("pass show acquire", source: .configFile))) {
            try await client.agents()
        }
        await server.stop()
    }

    @Test func aKeyNoHeaderCanCarryNeverLeaves() async throws {
        let server = try await TestServer.start { _, _ in .json(200, "[]") }
        let client = AcquireClient(configuration: ClientConfiguration(baseURL: server.baseURL, apiKey: APIKey("two\nlines"), retry: .none))
        await #expect(throws: AcquireError.self) { try await client.agents() }
        await #expect(throws: AcquireError.self) { try await client.createCase(sampleCase) }
        #expect(server.requests.isEmpty)
        await server.stop()
    }

    @Test(arguments: [
        ("-1", "The timeout -1 is not valid: it must be more than zero."),
        ("0", "The timeout 0 is not valid: it must be more than zero."),
        ("0x10", "The timeout \"0x10\" is not a plain decimal number"),
        ("1e2", "The timeout \"1e2\" is not a plain decimal number"),
        ("inf", "The timeout \"inf\" is not a plain decimal number"),
        ("601", "The timeout \"601\" is not valid: give a number of seconds from 1 to 600"),
        ("soon", "The timeout \"soon\" is not valid: give a number of seconds from 1 to 600"),
    ])
    func timeoutsGetTheirOwnSentence(value: String, sentence: String) {
        let e = #expect(throws: ConfigError.self) {
            try ConfigResolver.resolve(flags: ConfigFlags(timeout: value), environment: [:], configPath: "/nonexistent/config.toml")
        }
        #expect(e?.description.hasPrefix(sentence) == true, "\(String(describing: e?.description))")
    }

    @Test func plainDecimalTimeoutsStillWork() throws {
        for (text, seconds) in [("16", 16.0), ("7.5", 7.5), (" 30 ", 30.0), ("+20", 20.0)] {
            #expect(try ConfigResolver.seconds(text) == seconds)
        }
    }

    @Test(arguments: [ConfigFlags(account: ""), ConfigFlags(account: "  "), ConfigFlags(baseURL: ""), ConfigFlags(profile: "")])
    func emptyFlagValuesAreRefused(flags: ConfigFlags) {
        let e = #expect(throws: ConfigError.self) {
            try ConfigResolver.resolve(flags: flags, environment: [:], configPath: "/nonexistent/config.toml")
        }
        guard case .emptyFlag(let flag)? = e else {
            Issue.record("expected emptyFlag, got \(String(describing: e))")
            return
        }
        #expect(e?.description.hasPrefix("\(flag) was given an empty value") == true)
    }
}
