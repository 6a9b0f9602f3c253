import Foundation
import Testing

/// $EDITOR runs as `git commit` runs it: in the terminal's foreground process group, with the
/// terminal in its normal modes, the draft saved before it starts; a hang-up or SIGTERM while it
/// runs still ends in a saved draft and an exited app.
@Suite struct EditorLaunchTests {
    /// A script editor: records its process group and the terminal's foreground group
    /// (/proc/PID/stat fields 5 and 8), the terminal's modes and the draft on disk as it starts,
    /// then appends a line to the file (or, with `hang`, waits until it is killed).
    static func writeEditor(in home: String, hang: Bool = false) throws -> String {
        let path = home + "/editor.sh"
        let script = """
            #!/bin/sh
            cut -d' ' -f5,8 /proc/$$/stat > "$HOME/editor-groups.txt"
            stty -a > "$HOME/editor-stty.txt" 2>&1
            cat "$XDG_STATE_HOME"/acquire-cases/draft-*.json > "$HOME/editor-draft.json" 2>/dev/null
            \(hang ? "exec tail -f /dev/null" : "printf 'written by the editor\\n' >> \"$1\"")

            """
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    /// The editor's process group and the terminal's foreground group, once the editor has run.
    static func groups(_ home: String) async throws -> (Int, Int)? {
        var found: (Int, Int)?
        _ = try await eventually {
            let text = (try? String(contentsOfFile: home + "/editor-groups.txt", encoding: .utf8)) ?? ""
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
            if parts.count == 2 { found = (parts[0], parts[1]) }
            return found != nil
        }
        return found
    }

    /// The app's pid under the pane's shell (a `viaShell` launch does not look it up).
    static func appPID(_ s: AppSession) async throws -> pid_t {
        let pane = try await s.tmux { try $0.panePID() }
        var found: pid_t = 0
        _ = try await eventually {
            found = AppSession.program(under: pane, named: "acquire-cases") ?? 0
            return found != 0
        }
        return found
    }

    static func editorSawDraft(_ home: String, containing text: String) -> Bool {
        let data = FileManager.default.contents(atPath: home + "/editor-draft.json") ?? Data()
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        return (json?["message"] as? String)?.contains(text) == true
    }

    /// Under an interactive shell (its own job) and started directly in the pane.
    @Test(arguments: [true, false])
    func theEditorRunsInTheForegroundWithNormalModesAndTheDraftSavedFirst(viaShell: Bool) async throws {
        let s = try await AppSession.start()
        do {
            let editor = try Self.writeEditor(in: s.home)
            try await s.launch(AppSession.Launch(width: 100, height: 30, extraEnvironment: ["EDITOR": editor, "VISUAL": ""],
                                                 viaShell: viaShell))
            try await s.pickContact(5)
            try await s.type("Editor check")
            try await s.keys("Tab")
            try await s.type("typed just before F4")
            try await s.waitFor("typed just before F4")
            try await s.keys("F4")
            let back = try await s.waitForScreen("the message from the editor") { $0.contains("written by the editor") }
            #expect(back.contains("typed just before F4"), "\(back)")
            let groups = try #require(try await Self.groups(s.home), "the editor never wrote its process group")
            #expect(groups.0 == groups.1, "the editor ran in process group \(groups.0), the terminal's foreground group is \(groups.1)")
            let stty = (try? String(contentsOfFile: s.home + "/editor-stty.txt", encoding: .utf8)) ?? ""
            let modes = stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
            #expect(modes.contains("icanon") && modes.contains("echo"), "the editor got a raw terminal:\n\(stty)")
            #expect(Self.editorSawDraft(s.home, containing: "typed just before F4"), "the draft was not on disk when the editor started")
            // No terminal replies or stray bytes were typed into the message meanwhile.
            #expect(!back.contains("R3;") && !back.contains(";1R"), "\(back)")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// Real vi (vim-tiny on Debian), driven with keys: it is not stopped, and what it writes comes back.
    @Test(.enabled(if: Shell.which("vi") != nil, "vi is not installed"))
    func realViEditsTheMessage() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch(AppSession.Launch(width: 100, height: 30, extraEnvironment: ["EDITOR": "vi", "VISUAL": ""],
                                                 viaShell: true))
            try await s.pickContact(5)
            try await s.type("Vi check")
            try await s.keys("Tab")
            try await s.type("first line")
            try await s.waitFor("first line")
            try await s.keys("F4")
            // vi shows the file name on its last line once it is running in the foreground.
            try await s.waitForScreen("vi editing the message") { $0.contains("message-") && !$0.contains("Vi check") }
            try await s.keys("G", "o")
            try await s.type("added in vi")
            try await s.keys("Escape")
            try await s.type(":wq")
            try await s.keys("Enter")
            let back = try await s.waitForScreen("the compose screen with vi's line") { $0.contains("added in vi") && $0.contains("Vi check") }
            #expect(back.contains("first line"), "\(back)")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// The pane closes (hang-up) or SIGTERM comes while the editor runs: the app exits and the
    /// draft holds what was typed just before the editor opened.
    @Test(arguments: [SIGHUP, SIGTERM])
    func anEndWhileTheEditorRunsStillSavesTheDraft(signal: Int32) async throws {
        let s = try await AppSession.start()
        do {
            let editor = try Self.writeEditor(in: s.home, hang: true)
            try await s.launch(AppSession.Launch(width: 100, height: 30, extraEnvironment: ["EDITOR": editor, "VISUAL": ""],
                                                 viaShell: true))
            try await s.pickContact(5)
            try await s.type("Ended in the editor")
            try await s.keys("Tab")
            try await s.type("typed before the editor")
            try await s.waitFor("typed before the editor")
            try await s.keys("F4")
            #expect(try await Self.groups(s.home) != nil, "the editor did not start")
            let pid = try await Self.appPID(s)
            try #require(pid > 0, "the app's process was not found")
            if signal == SIGHUP {
                try await s.tmux { try $0.run(["kill-pane", "-t", "main"]) }
            } else {
                #expect(kill(pid, signal) == 0)
            }
            #expect(try await eventually { !SignalDraftTests.isRunning(pid) }, "the app is still running after signal \(signal)")
            let draft = s.draft()
            #expect((draft?["message"] as? String)?.contains("typed before the editor") == true, "draft: \(String(describing: draft))")
            #expect(draft?["title"] as? String == "Ended in the editor")
        } catch { Issue.record(error) }
        await s.close()
    }
}
