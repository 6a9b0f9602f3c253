import Foundation

/// A private tmux server (its own socket) running the real binary in a real terminal.
final class Tmux {
    let socket: String
    let tmux: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (argv) in a detached session of the given size with `environment`.
    init(_ command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        guard let tmux = Shell.which("tmux") else { throw E2EError("tmux is not installed") }
        self.tmux = tmux
        self.socket = "acq-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        // `env -i` so only what the test chose reaches the program.
        var argv = ["/usr/bin/env", "-i"]
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { argv.append("\(k)=\(v)") }
        argv += command
        let shellLine = argv.map(Tmux.quote).joined(separator: " ")
        // remain-on-exit must hold before the program can exit, so it goes in the config file.
        // An empty remain-on-exit-format: the default "Pane is dead" line scrolls the screen up by
        // one line when the program exits, racing with captures of what it printed.
        let conf = NSTemporaryDirectory() + socket + ".conf"
        try "set -g remain-on-exit on\nset -g remain-on-exit-format ''\nset -g status off\nset -g escape-time 0\n"
            .write(toFile: conf, atomically: true, encoding: .utf8)
        defer { unlink(conf) }  // read once, when the server starts
        try run(["-f", conf, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", shellLine])
    }

    deinit {
        _ = try? Shell.run(tmux, ["-L", socket, "kill-server"])
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        let r = try Shell.run(tmux, ["-L", socket] + args)
        guard r.status == 0 else { throw E2EError("tmux \(args.joined(separator: " ")) failed: \(r.stderr)") }
        return r.stdout
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "main", "-l", text])
    }

    /// The screen as text.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until the screen contains `text`; returns the screen either way.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) throws -> String {
        var last = ""
        _ = try waitUntil(seconds) {
            last = try screen()
            return last.contains(text)
        }
        guard last.contains(text) else {
            throw E2EError("timed out waiting for \"\(text)\"; the screen was:\n\(last)")
        }
        return last
    }

    /// Resizes the terminal.
    func resize(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program in the pane.
    func panePID() throws -> pid_t {
        let s = try run(["display-message", "-p", "-t", "main", "#{pane_pid}"])
        guard let pid = pid_t(s.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw E2EError("no pane pid") }
        return pid
    }

    /// Whether the program has exited, and its status.
    func exitStatus() throws -> Int32? {
        let s = try run(["display-message", "-p", "-t", "main", "#{pane_dead} #{pane_dead_status}"])
        let parts = s.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.first == "1" else { return nil }
        // Killed by a signal, tmux (3.3) leaves pane_dead_status empty: report -1, not "still running".
        return parts.count > 1 ? (Int32(parts[1]) ?? -1) : -1
    }

    /// Copies every byte the program writes to the terminal into `file`.
    func pipeOutput(to file: String) throws {
        try run(["pipe-pane", "-t", "main", "-o", "cat >> \(Tmux.quote(file))"])
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
