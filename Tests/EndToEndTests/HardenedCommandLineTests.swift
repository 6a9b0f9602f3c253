import Foundation
import Testing

/// The real binary on the command line: core dumps off, flag values refused with their own
/// sentence (exit 2), a pass-style key command, and unsafe directories named.
@Suite struct HardenedCommandLineTests {
    typealias Home = ConfigCommandTests.Home

    @Test func coreDumpsAreOffEvenWhenTheShellAllowsThem() async throws {
        let home = try Home(config: ConfigCommandTests.goodConfig)
        defer { home.remove() }
        let bin = try Binary.path()
        let env = Binary.environment(home: home.path, term: nil, extra: ["BIN": bin])
        let r = try await offPool {
            try Shell.run("/bin/sh", ["-c", "ulimit -c unlimited && ulimit -c && exec \"$BIN\" config --profile work"], environment: env)
        }
        let out = r.stdout + r.stderr
        #expect(out.hasPrefix("unlimited"), "the shell could not allow cores, so this proves nothing: \(out)")
        #expect(out.contains("core dumps   off (core size limit 0, not dumpable)"), "\(out)")
    }

    @Test(arguments: [
        (["--timeout", "-1"], "The timeout -1 is not valid: it must be more than zero."),
        (["--timeout", "0x10"], "The timeout \"0x10\" is not a plain decimal number"),
        (["--account", ""], "--account was given an empty value"),
    ])
    func flagValuesGetTheirOwnSentence(arguments: [String], sentence: String) async throws {
        let home = try Home(config: "")
        defer { home.remove() }
        let r = try await home.run(arguments)
        #expect(r.status == 2, "status \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(sentence), "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("Missing value"), "stderr: \(r.stderr)")
    }

    @Test func aPassStyleKeyCommandGivesItsFirstLine() async throws {
        let home = try Home(config: #"""
            account = "acme"
            api_key_command = "printf '%s\nuser: alice\nurl: https://x\n' acq_pass_0123456789abcdef"
            """#)
        defer { home.remove() }
        let r = try await home.run(["config"])
        let out = r.stdout + r.stderr
        #expect(r.status == 0, "\(out)")
        #expect(out.contains("••••••••cdef (25 characters)"), "\(out)")
    }

    @Test func aKeyCommandWhoseKeyCannotBeSentStopsTheApp() async throws {
        let home = try Home(config: #"""
            account = "acme"
            api_key_command = "printf 'two words'"
            """#)
        defer { home.remove() }
        let r = try await home.run([])
        #expect(r.status == 2, "status \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("The API key from api_key_command `printf 'two words'` cannot be sent"), "\(r.stderr)")
    }

    @Test func aConfigDirectoryOthersMayWriteIsNamed() async throws {
        let home = try Home(config: ConfigCommandTests.goodConfig)
        defer { home.remove() }
        chmod(home.configDir, 0o1777)
        let r = try await home.run(["config", "--profile", "work"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("The directory '\(home.configDir)' above the config file '\(home.configFile)' is writable by others (mode 1777)"),
                "\(r.stderr)")
        #expect(r.stderr.contains("acquire-cases stops here"), "\(r.stderr)")
        let app = try await home.run(["--profile", "work"])
        #expect(app.status == 2 && app.stderr.contains("writable by others"), "\(app.stderr)")
    }
}
