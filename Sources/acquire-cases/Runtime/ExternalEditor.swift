import AcquireKit
import CaseDesk
import Foundation
import NcursesTerminal

/// Opens the message in `$VISUAL` / `$EDITOR` (else `vi`) the way `git commit` does: the terminal
/// back in its normal modes (`endwin`), the editor in the foreground (`EditorProcess`), curses back
/// afterwards. The app has saved the draft before it asks for the editor.
enum ExternalEditor {
    static func edit(_ text: String, terminal: NcursesTerminal, directory: StateDirectory) -> Result<String, EditorFailure> {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let name = "message-\(getpid()).md"
        do {
            try directory.writeAtomically(Data(text.utf8), to: name)
        } catch {
            return .failure(.io("\(error)"))
        }
        defer { directory.remove(name) }
        terminal.pause()
        // The editor command may carry arguments ("code -w"); the file is passed as "$1".
        let outcome = EditorProcess.run(["/bin/sh", "-c", editor + " \"$1\"", "sh", directory.file(name)],
                                        environment: ChildEnvironment.forEditor(env))
        if case .terminated(let sig) = outcome {
            // Hung up or told to end: no redraw on a terminal that may be gone; the loop saves and exits.
            return .failure(.exited(status: 128 + sig))
        }
        terminal.resume()
        // The tty's Ctrl-C inside the editor must not quit the app.
        _ = Signals.takeInterruptOnly()
        switch outcome {
        case .notStarted, .exited(127): return .failure(.noEditor)
        case .exited(0): break
        case .exited(let status), .terminated(let status): return .failure(.exited(status: status))
        }
        guard let data = directory.read(name) else { return .failure(.io("the edited file is gone")) }
        // The final newline is trimmed by the app (EditorText), with every other rule for this text.
        return .success(String(decoding: data, as: UTF8.self))
    }
}
