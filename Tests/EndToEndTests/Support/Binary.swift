import Foundation

/// Where the built `acquire-cases` binary and the package root are.
enum Binary {
    /// The package root, from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `acquire-cases` executable built beside the test bundle.
    static func path() throws -> String {
        var candidates: [String] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("acquire-cases").path)
            dir.deleteLastPathComponent()
        }
        candidates.append(packageRoot + "/.build/debug/acquire-cases")
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: c, isDirectory: &isDir), !isDir.boolValue { return c }
        }
        throw E2EError("acquire-cases binary not found (run `swift build` first); looked in \(candidates)")
    }

    /// A fresh private home for one test: XDG dirs inside it, removed by the caller.
    static func makeHome() throws -> String {
        let dir = NSTemporaryDirectory() + "acq-e2e-home-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return dir
    }

    /// The environment a test program runs with: a UTF-8 locale, a private home, no real config.
    static func environment(home: String, term: String? = "xterm-256color", extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/config",
            "XDG_STATE_HOME": home + "/state",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
        if let term { env["TERM"] = term }
        for (k, v) in extra { env[k] = v }
        return env
    }
}
