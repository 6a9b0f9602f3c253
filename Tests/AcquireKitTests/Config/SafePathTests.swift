import Foundation
import Testing
@testable import AcquireKit
#if canImport(Glibc)
import Glibc
#endif

/// ssh's `safe_path`: the file and each directory above it, up to the home directory, are owned
/// by the user or root and not writable by others; a symlink owned by another user is refused.
@Suite(.serialized) struct SafePathTests {
    /// A home with `.config/acquire-cases/config.toml` naming a key file next to it.
    func home() throws -> (TempDir, config: String, key: String) {
        let dir = try TempDir()
        chmod(dir.url.path, 0o700)
        let confDir = dir.url.appendingPathComponent(".config/acquire-cases").path
        try FileManager.default.createDirectory(atPath: confDir, withIntermediateDirectories: true)
        let key = confDir + "/key"
        try Data("safe-key-0123456789abcdef\n".utf8).write(to: URL(fileURLWithPath: key))
        chmod(key, 0o600)
        let config = confDir + "/config.toml"
        try Data("account = \"acme\"\napi_key_file = \"key\"\n".utf8).write(to: URL(fileURLWithPath: config))
        chmod(config, 0o600)
        return (dir, config, key)
    }

    func load(_ dir: TempDir, env: [String: String] = [:]) throws(ConfigError) -> APIKey {
        let environment = dir.env(env)
        let r = try ConfigResolver.resolve(flags: ConfigFlags(), environment: environment)
        return try CredentialLoader.load(r, environment: environment)
    }

    @Test func aPrivateHomeIsAccepted() throws {
        let (dir, _, _) = try home()
        defer { dir.cleanup() }
        #expect(try load(dir).secret == "safe-key-0123456789abcdef")
    }

    @Test(arguments: [mode_t(0o777), 0o1777, 0o775, 0o757])
    func aConfigDirectoryOthersCanWriteIsRefusedByName(mode: mode_t) throws {
        let (dir, config, _) = try home()
        defer { dir.cleanup() }
        let confDir = (config as NSString).deletingLastPathComponent
        chmod(confDir, mode)
        let e = #expect(throws: ConfigError.self) { try load(dir) }
        #expect(e == .unsafeDirectory(directory: confDir, file: config, what: "config file",
                                      problem: "is writable by others (mode \(ConfigError.octal(Int(mode))))"))
        #expect(e?.description.contains("acquire-cases stops here") == true)
        #expect(e?.description.contains("ignored") == false)
    }

    @Test func aWorldWritableXDGConfigHomeIsRefused() throws {
        let (dir, _, _) = try home()
        defer { dir.cleanup() }
        let xdg = dir.url.appendingPathComponent("xdg").path
        try FileManager.default.createDirectory(atPath: xdg + "/acquire-cases", withIntermediateDirectories: true)
        try Data("account = \"acme\"\n".utf8).write(to: URL(fileURLWithPath: xdg + "/acquire-cases/config.toml"))
        chmod(xdg + "/acquire-cases/config.toml", 0o600)
        chmod(xdg, 0o1777)
        #expect(throws: ConfigError.unsafeDirectory(directory: xdg, file: xdg + "/acquire-cases/config.toml", what: "config file",
                                                    problem: "is writable by others (mode 1777)")) {
            try load(dir, env: ["XDG_CONFIG_HOME": xdg, "ACQUIRE_API_KEY": "k"])
        }
    }

    @Test func theHomeDirectoryItselfIsChecked() throws {
        let (dir, config, _) = try home()
        defer { dir.cleanup() }
        chmod(dir.url.path, 0o770)
        #expect(throws: ConfigError.unsafeDirectory(directory: dir.url.path, file: config, what: "config file",
                                                    problem: "is writable by others (mode 0770)")) { try load(dir) }
    }

    @Test func outsideTheHomeTheChecksClimbToTheRootAndRefuseStickyTmp() throws {
        let (dir, _, _) = try home()
        defer { dir.cleanup() }
        // A key file under /tmp (sticky, world-writable): refused as ssh refuses it.
        let outside = try TempDir()
        defer { outside.cleanup() }
        chmod(outside.url.path, 0o700)
        let key = try outside.write("key", "tmp-key-0123456789abcdef")
        #expect(FileSecurity.directories(above: key, home: dir.url.path).last == "/")
        let tmp = (outside.url.path as NSString).deletingLastPathComponent
        var st = stat()
        stat(tmp, &st)
        try #require(st.st_mode & 0o1002 == 0o1002, "the temp dir is expected to be sticky and world-writable")
        #expect(throws: ConfigError.unsafeDirectory(directory: tmp, file: key, what: "API key file",
                                                    problem: "is writable by others (mode \(ConfigError.octal(Int(st.st_mode & 0o7777))))")) {
            try FileSecurity.check(key, as: .keyFile, home: dir.url.path)
        }
    }

    @Test func aSymlinkOfYourOwnToAPrivateFileIsFollowed() throws {
        let (dir, config, key) = try home()
        defer { dir.cleanup() }
        let real = dir.url.appendingPathComponent("secrets").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        chmod(real, 0o700)
        try FileManager.default.moveItem(atPath: key, toPath: real + "/key")
        symlink(real + "/key", key)
        #expect(try load(dir).secret == "safe-key-0123456789abcdef")
        // The target's directories count too.
        chmod(real, 0o777)
        #expect(throws: ConfigError.unsafeDirectory(directory: real, file: key, what: "API key file",
                                                    problem: "is writable by others (mode 0777)")) { try load(dir) }
        _ = config
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a symlink or a directory to another user"))
    func aSymlinkOrDirectoryOwnedByAnotherUserIsRefused() throws {
        let (dir, _, key) = try home()
        defer { dir.cleanup() }
        let real = dir.url.appendingPathComponent("real-key").path
        try FileManager.default.moveItem(atPath: key, toPath: real)
        symlink(real, key)
        lchown(key, 65_534, 65_534)
        let e = #expect(throws: ConfigError.self) { try load(dir) }
        #expect(e == .untrustedLink(path: key, uid: 65_534, what: "API key file"))
        #expect(e?.description.contains("acquire-cases stops here") == true)
        unlink(key)
        try FileManager.default.moveItem(atPath: real, toPath: key)
        let confDir = (key as NSString).deletingLastPathComponent
        chown(confDir, 65_534, 65_534)
        #expect(throws: ConfigError.unsafeDirectory(directory: confDir, file: confDir + "/config.toml", what: "config file",
                                                    problem: "is owned by user 65534, not by you or root")) { try load(dir) }
    }

    @Test func configReportsTheChecksAndTheKeySource() throws {
        let (dir, config, key) = try home()
        defer { dir.cleanup() }
        let r = try ConfigResolver.resolve(flags: ConfigFlags(), environment: dir.env)
        let report = r.report(key: Result { () throws(ConfigError) -> APIKey in try CredentialLoader.load(r, environment: dir.env) })
        #expect(report.contains("from api_key_file \(key)"))
        #expect(report.contains("config file \(config): it and the 3 directories up to \(dir.url.path) are yours or root's"))
        #expect(report.contains("API key file \(key): it and the 3 directories up to \(dir.url.path) are yours or root's"))
    }
}
