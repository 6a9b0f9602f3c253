import Foundation
import Testing

/// `acquire-cases config` and the command line, run as a user would (no terminal needed).
@Suite struct ConfigCommandTests {
    /// A private HOME with `config.toml` (mode 0600) and a key file; removed by the caller.
    struct Home {
        let path: String
        var configDir: String { path + "/config/acquire-cases" }
        var configFile: String { configDir + "/config.toml" }
        var keyFile: String { configDir + "/work.key" }
        let key = "acq_live_Zq7Xk2Lm9Pw4Rt8Vb3Nc6Hd1Jf5Gs0Ya"

        init(config: String, keyMode: mode_t = 0o600) throws {
            path = try Binary.makeHome()
            try FileManager.default.createDirectory(atPath: path + "/config/acquire-cases", withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try write(configFile, config, mode: 0o600)
            try write(keyFile, key + "\n", mode: keyMode)
        }

        private func write(_ file: String, _ text: String, mode: mode_t) throws {
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            guard chmod(file, mode) == 0 else { throw E2EError("chmod \(file) failed") }
        }

        /// Runs the binary with this HOME, off the cooperative pool (see `offPool`).
        func run(_ arguments: [String], extra: [String: String] = [:]) async throws -> Shell.Result {
            let env = Binary.environment(home: path, term: nil, extra: extra)
            let bin = try Binary.path()
            return try await offPool { try Shell.run(bin, arguments, environment: env) }
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static let goodConfig = """
        timeout = 20

        [profile.work]
        account = "acme-support"
        api_key_file = "work.key"
        timeout = 45

        [profile.home]
        account = "other"
        """

    @Test func showsValuesAndSourcesWithTheKeyMasked() async throws {
        let home = try Home(config: Self.goodConfig)
        defer { home.remove() }
        let r = try await home.run(["config", "--profile", "work"])
        let out = r.stdout + r.stderr
        #expect(r.status == 0, "status \(r.status):\n\(out)")
        #expect(out.contains("acme-support"), "\(out)")
        #expect(out.contains("https://acme-support.acquire.io"), "\(out)")
        #expect(out.contains("[profile.work]"), "\(out)")
        #expect(out.contains("from --profile"), "\(out)")
        #expect(out.contains("45 s"), "\(out)")
        #expect(out.contains(home.keyFile), "\(out)")
        // The key: masked (its last four characters at most), never itself, nor a long piece of it.
        #expect(out.contains("••••"), "\(out)")
        #expect(!out.contains(home.key), "\(out)")
        #expect(!out.contains(String(home.key.prefix(12))), "\(out)")
        #expect(!out.contains(String(home.key.suffix(12))), "\(out)")

        // From the environment instead of the flag: the source says so.
        let env = try await home.run(["config"], extra: ["ACQUIRE_PROFILE": "work"])
        #expect(env.status == 0, "\(env.stdout)\(env.stderr)")
        #expect(env.stdout.contains("from ACQUIRE_PROFILE"), "\(env.stdout)")
        #expect(!env.stdout.contains(home.key) && !env.stderr.contains(home.key))
    }

    @Test func badTOMLGivesTheLineAndFails() async throws {
        let home = try Home(config: "timeout = 20\n\n[profile.work]\naccount = \"acme\nbase_url = 1\n")
        defer { home.remove() }
        let r = try await home.run(["config"])
        let out = r.stdout + r.stderr
        #expect(r.status != 0, "\(out)")
        #expect(out.contains(home.configFile), "\(out)")
        #expect(out.contains("line 4"), "\(out)")
    }

    @Test func unknownProfileIsNamed() async throws {
        let home = try Home(config: Self.goodConfig)
        defer { home.remove() }
        let r = try await home.run(["config", "--profile", "nosuch"])
        let out = r.stdout + r.stderr
        #expect(r.status != 0, "\(out)")
        #expect(out.contains("\"nosuch\""), "\(out)")
        #expect(out.contains("home") && out.contains("work"), "the available profiles should be listed: \(out)")
    }

    @Test func keyFileReadableByOthersIsRefused() async throws {
        let home = try Home(config: Self.goodConfig, keyMode: 0o644)
        defer { home.remove() }
        let r = try await home.run(["config", "--profile", "work"])
        let out = r.stdout + r.stderr
        #expect(r.status != 0, "\(out)")
        #expect(out.contains("too open"), "\(out)")
        #expect(out.contains(home.keyFile), "\(out)")
        #expect(!out.contains(home.key), "\(out)")
        // The app refuses to start with it too, before touching the terminal.
        let app = try await home.run(["--profile", "work"])
        #expect(app.status != 0)
        #expect(app.stderr.contains("too open"), "\(app.stderr)")
        #expect(!(app.stdout + app.stderr).contains(home.key))
    }

    @Test func unknownFlagFailsClearly() async throws {
        let home = try Home(config: Self.goodConfig)
        defer { home.remove() }
        let r = try await home.run(["--bogus-flag"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--bogus-flag"), "stderr: \(r.stderr)")
        #expect(r.stderr.lowercased().contains("unknown option"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("--help") || r.stderr.lowercased().contains("usage"), "stderr: \(r.stderr)")
    }
}
