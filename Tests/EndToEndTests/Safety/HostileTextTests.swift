import AcquireSandbox
import Foundation
import Testing

/// Issue 5, hostile input: with names, titles and URLs full of escape sequences, OSC 52, C1 and bidi
/// controls and very long values, no byte from the server takes over the terminal, the payloads show
/// escaped, and the layout holds.
@Suite struct HostileTextTests {
    static let width = 100, height = 30

    /// The layout checks for one screen; problems as sentences.
    static func layoutProblems(_ screen: String, _ stage: String) -> [String] {
        var out: [String] = []
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.last == "" ? lines.dropLast() : lines[...]
        if rows.count != height { out.append("\(stage): \(rows.count) lines, not \(height)") }
        if !(rows.first ?? "").hasPrefix(" 1 Contact › 2 Compose › 3 Review › 4 Result") {
            out.append("\(stage): the header is gone: \(rows.first ?? "")")
        }
        let help = rows.last ?? ""
        if !help.hasSuffix("quit") {
            out.append("\(stage): the help line is gone: \(help)")
        }
        for (n, line) in rows.enumerated() {
            let w = TerminalBytes.width(line)
            if w > width { out.append("\(stage): line \(n) is \(w) columns wide: \(line)") }
            // A box line keeps its right border at the edge.
            if let first = line.first, "│┌└".contains(first) {
                if let last = line.last, "│┐┘┤".contains(last), w == width { continue }
                out.append("\(stage): line \(n) lost its right border (\(w) columns): \(line)")
            }
        }
        return out
    }

    @Test func hostileServerTextNeverReachesTheTerminal() async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse("all:hostile")])
        let raw = NSTemporaryDirectory() + "acq-e2e-hostile-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        do {
            try await s.launch(gate: true, width: Self.width, height: Self.height)
            try await s.tmux { try $0.pipeOutput(to: raw) }
            try await s.openGate()
            var stages: [(String, String)] = []

            try await s.waitFor("Search")
            try await s.type("a")
            stages.append(("search", try await s.waitForScreen("hostile search results") { $0.contains("Contacts 1/") && $0.contains("^[") }))
            for _ in 0..<3 {
                try await s.keys("Down")
                stages.append(("preview", try await s.waitFor("Latest visits")))
            }
            try await s.keys("Enter")
            stages.append(("compose", try await s.waitFor("Title")))
            try await s.compose(title: "Plain title", message: ["Plain message"])
            try await s.review()
            try await s.keys("Enter")
            stages.append(("result", try await s.waitFor("created: case #")))
            try await s.keys("Tab")
            stages.append(("result fields", try await s.screen()))
            try await s.keys("Tab")
            stages.append(("result visits", try await s.screen()))

            // The payloads show as visible escapes: caret forms and \u{…} for C1 and bidi controls.
            #expect(stages[0].1.contains("^["), "no escaped ESC on the search screen:\n\(stages[0].1)")
            for (stage, screen) in stages where stage != "compose" {
                #expect(screen.contains("^[") || screen.contains("\\u{"), "\(stage): no escaped payload:\n\(screen)")
            }
            for (stage, screen) in stages {
                let problems = Self.layoutProblems(screen, stage)
                #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))\n\(screen)")
            }
            #expect(try await s.journal().contains { $0.path == "/api/v1/crm/contact/list" }, "no search was made")

            // Quit so curses flushes and restores, then read every byte it sent.
            try await s.keys("q")
            _ = try await s.waitFor("END")
            let bytes = [UInt8](FileManager.default.contents(atPath: raw) ?? Data())
            #expect(bytes.count > 2000, "the raw output was not captured (\(bytes.count) bytes)")
            let problems = TerminalBytes.problems(in: bytes)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// Server text kept on disk (the recent contacts, the draft's contact name) is as safe on the next
    /// start, when it comes back from the files and not from the server.
    @Test func hostileTextFromDiskOnNextStart() async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse("all:hostile")])
        let raw = NSTemporaryDirectory() + "acq-e2e-hostile2-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        do {
            try await s.launch(inShell: true, width: Self.width, height: Self.height)
            try await s.waitFor("Search")
            try await s.type("a")
            try await s.waitForScreen("hostile search results") { $0.contains("Contacts 1/") && $0.contains("^[") }
            try await s.keys("Down", "Enter")
            try await s.waitFor("Title")
            try await s.compose(title: "Plain title", message: ["Plain message"])
            #expect(try await eventually { s.draft() != nil }, "no draft saved")
            #expect(kill(s.appPID, SIGTERM) == 0)
            _ = try await s.waitFor("END")

            try await s.launch(gate: true, width: Self.width, height: Self.height)
            try await s.tmux { try $0.pipeOutput(to: raw) }
            try await s.openGate()
            let offer = try await s.waitFor("An unsent case was found.")
            let problems = Self.layoutProblems(offer, "draft offer")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))\n\(offer)")
            try await s.keys("C-d")
            let recents = try await s.waitForScreen("the recent contacts") { $0.contains("Recent contacts") && !$0.contains("An unsent case") }
            #expect(Self.layoutProblems(recents, "recent contacts").isEmpty, "\(recents)")
            try await s.keys("C-c")
            _ = try await s.waitFor("END")
            let bytes = [UInt8](FileManager.default.contents(atPath: raw) ?? Data())
            #expect(bytes.count > 1000, "the raw output was not captured (\(bytes.count) bytes)")
            let bad = TerminalBytes.problems(in: bytes)
            #expect(bad.isEmpty, "\(bad.joined(separator: "\n"))")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// The byte checker itself: it passes what curses sends and catches each payload the sandbox serves.
    @Test(arguments: [
        "\u{1B}[2J\u{1B}[H\u{1B}[31mName\u{1B}[0m\u{07}",
        "Name\u{1B}]52;c;cm0gLXJmIH4K\u{07}",
        "Name\u{1B}]0;pwned\u{1B}\\",
        "\u{202E}Name\u{2066}gpj.exe\u{2069}",
        "Name\u{9B}31m\u{85}\u{9D}0;title\u{9C}",
        "\u{1B}]8;;https://evil.example/\u{1B}\\Name",
        "\u{1B}P1$qm\u{1B}\\",
        "\u{1B}c reset",
    ])
    func byteCheckerCatchesPayload(payload: String) {
        let curses = "\u{1B}[?1049h\u{1B}[22;0;0t\u{1B}[1;24r\u{1B}(B\u{1B}[m\u{1B}[?25l\u{1B}[38;5;12mJosé 张敏\u{1B}7\u{1B}8\u{1B}M\u{1B}=\u{1B}>\u{1B}(0qqq\u{1B}(B"
        #expect(TerminalBytes.problems(in: Array(curses.utf8)).isEmpty, "\(TerminalBytes.problems(in: Array(curses.utf8)))")
        #expect(!TerminalBytes.problems(in: Array((curses + payload + curses).utf8)).isEmpty, "missed: \(payload.debugDescription)")
    }
}
