import Foundation
import Testing

/// Issue 5: a missing or unusable terminal gets a clear message on stderr, exit code 2,
/// and the terminal is left as it was.
@Suite(.serialized) struct TerminalRefusalTests {
    /// Runs `script` (bash) in tmux, waits for it to finish, returns the screen.
    private func runInTmux(_ script: String, term: String?) throws -> String {
        let bin = try Binary.path()
        let home = try Binary.makeHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        var env = Binary.environment(home: home, term: term)
        env["BIN"] = bin
        // The pane itself needs a terminal type for bash and stty; the program gets the one under test.
        let t = try Tmux(["/bin/bash", "--norc", "-c", script + "; echo \"rc=$?\"; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END"],
                         environment: env, width: 120, height: 20)
        try t.waitFor("END")
        // With the history: when the pane dies, tmux scrolls the screen to print "Pane is dead".
        // -J joins lines the pane wrapped, so a long message reads as one line.
        return try t.run(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"])
    }

    @Test(arguments: [
        ("bogus-term", "TERM=bogus-term has no terminfo entry on this machine; run `TERM=xterm-256color acquire-cases`"),
    ])
    func unusableTermIsRefused(term: String, message: String) throws {
        let screen = try runInTmux("TERM=\(term) \"$BIN\"", term: "xterm")
        #expect(screen.contains(message), "screen:\n\(screen)")
        #expect(screen.contains("rc=2"), "screen:\n\(screen)")
        #expect(screen.contains("icanon echo"), "terminal modes changed:\n\(screen)")
    }

    @Test func unsetTermIsRefused() throws {
        let screen = try runInTmux("env -u TERM \"$BIN\"", term: "xterm")
        #expect(screen.contains("TERM is not set"), "screen:\n\(screen)")
        #expect(screen.contains("rc=2"), "screen:\n\(screen)")
    }

    @Test func pipedOutputIsRefused() throws {
        let screen = try runInTmux("set -o pipefail; \"$BIN\" | cat", term: "xterm")
        #expect(screen.contains("standard output is not a terminal"), "screen:\n\(screen)")
        #expect(screen.contains("rc=2"), "screen:\n\(screen)")
        #expect(screen.contains("icanon echo"), "terminal modes changed:\n\(screen)")
    }

    @Test func inputFromDevNullIsRefused() throws {
        let screen = try runInTmux("\"$BIN\" < /dev/null", term: "xterm")
        #expect(screen.contains("standard input is not a terminal"), "screen:\n\(screen)")
        #expect(screen.contains("rc=2"), "screen:\n\(screen)")
    }
}
