import Foundation

/// Runs a program to completion and returns its exit status and output.
struct Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Output goes to temporary files, not pipes: a daemon the program starts (the tmux
    /// server) inherits them and would keep a pipe open forever.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let environment { p.environment = environment }
        let base = NSTemporaryDirectory() + "acq-shell-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try? out.close()
        try? err.close()
        let o = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
        let e = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
        return Result(status: p.terminationStatus, stdout: o, stderr: e)
    }

    /// Finds a program on PATH.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Polls `condition` every 25 ms until it holds or `seconds` pass. Waiting on a condition,
/// never a fixed sleep; the generous limit only matters when something is broken.
func waitUntil(_ seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(25_000)
    }
    return try condition()
}
