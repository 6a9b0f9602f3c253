import Foundation
import Testing

/// A fatal signal (SEGV, ABRT, BUS, ILL) restores the terminal modes before the process dies, and
/// leaves no core file (it would hold the key) even with `ulimit -c unlimited`.
@Suite struct FatalSignalTests {
    /// The pid of the first child of `parent` (the app started by the pane's shell).
    private func child(of parent: pid_t) -> pid_t? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for e in entries {
            guard let pid = pid_t(e),
                  let stat = try? String(contentsOfFile: "/proc/\(e)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 2, pid_t(fields[1]) == parent { return pid }
        }
        return nil
    }

    @Test(arguments: [(SIGSEGV, "139"), (SIGABRT, "134"), (SIGBUS, "135"), (SIGILL, "132")])
    func fatalSignalLeavesASaneTerminal(signal: Int32, status: String) throws {
        let bin = try Binary.path()
        let home = try Binary.makeHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        var env = Binary.environment(home: home)
        env["BIN"] = bin
        env["SWIFT_BACKTRACE"] = "enable=no"
        let work = home + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        env["WORK"] = work
        let script = "ulimit -c unlimited; cd \"$WORK\"; echo BEFORE; \"$BIN\" --sandbox --no-mouse; echo \"rc=$?\"; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END"
        let t = try Tmux(["/bin/bash", "--norc", "-c", script], environment: env, width: 100, height: 30)
        try t.waitFor("SANDBOX")
        let shell = try t.panePID()
        var app: pid_t?
        _ = waitUntil { app = child(of: shell); return app != nil }
        let pid = try #require(app)
        // The shell allowed cores; the app took that back at start.
        let limits = (try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)) ?? ""
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
        #expect(core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"],
                "core limit: \(core)")
        kill(pid, signal)
        let screen = try t.waitFor("END")
        #expect(screen.contains("rc=\(status)"), "screen:\n\(screen)")
        #expect(screen.contains("icanon echo"), "terminal modes not restored:\n\(screen)")
        // Back on the normal screen: what the shell printed before the app is visible again.
        #expect(screen.contains("BEFORE"), "still on the alternate screen:\n\(screen)")
        #expect(!screen.contains("SANDBOX"), "the app's screen is still shown:\n\(screen)")
        #expect(!screen.contains("core dumped"), "a core was written:\n\(screen)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []
        #expect(!left.contains { $0.hasPrefix("core") }, "core files: \(left)")
    }
}
