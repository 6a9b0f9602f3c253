import Foundation

extension AppSession {
    /// Runs `body` with the terminal on a thread of its own (tmux calls block in `waitpid`).
    @discardableResult
    func tmux<T: Sendable>(_ body: @escaping @Sendable (Tmux) throws -> T) async throws -> T {
        guard let t = terminal else { throw E2EError("the app is not launched") }
        return try await offPool { try body(t) }
    }

    /// The screen as text (kept in `screensSeen`).
    func screen() async throws -> String {
        let text = try await tmux { try $0.screen() }
        if screensSeen.last != text { screensSeen.append(text) }
        return text
    }

    /// The screen with its attributes and colours as SGR escape sequences (`capture-pane -e`).
    func styledScreen() async throws -> String {
        try await tmux { try $0.run(["capture-pane", "-e", "-p", "-t", "main"]) }
    }

    /// Sends tmux key names, in order.
    func keys(_ names: String...) async throws {
        let list = names
        try await tmux { try $0.run(["send-keys", "-t", "main"] + list) }
    }

    /// Types text literally.
    func type(_ text: String) async throws { try await tmux { try $0.type(text) } }

    /// Resizes the terminal.
    func resize(width: Int, height: Int) async throws {
        try await tmux { try $0.resize(width: width, height: height) }
    }

    /// Waits until `condition(screen)` holds; throws with the last screen otherwise.
    @discardableResult
    func waitForScreen(_ what: String, seconds: Double = 20, _ condition: (String) -> Bool) async throws -> String {
        var last = ""
        _ = try await eventually(seconds) {
            last = try await screen()
            return condition(last)
        }
        guard condition(last) else { throw E2EError("timed out waiting for \(what); the screen was:\n\(last)") }
        return last
    }

    /// Waits until the screen contains `text`; throws with the last screen otherwise.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) async throws -> String {
        try await waitForScreen("\"\(text)\"", seconds: seconds) { $0.contains(text) }
    }
}

/// Polls `condition` every 50 ms (sleeping, not blocking a thread) until it holds or `seconds` pass;
/// whether it held.
func eventually(_ seconds: Double = 20, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}
