import AcquireKit
import CaseDesk
import Foundation
import NcursesTerminal

/// Opens the message in `$VISUAL` / `$EDITOR` (else `vi`) the way `git commit` does.
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
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", editor + " \"$1\"", "sh", directory.file(name)]
        p.environment = ChildEnvironment.forEditor(env)
        var status: Int32 = 0
        do {
            try p.run()
            p.waitUntilExit()
            status = p.terminationStatus
        } catch {
            terminal.resume()
            return .failure(.noEditor)
        }
        terminal.resume()
        // The tty's Ctrl-C inside the editor must not quit the app.
        _ = Signals.takeInterruptOnly()
        if status == 127 { return .failure(.noEditor) }
        guard status == 0 else { return .failure(.exited(status: status)) }
        guard let data = directory.read(name) else { return .failure(.io("the edited file is gone")) }
        // The final newline is trimmed by the app (EditorText), with every other rule for this text.
        return .success(String(decoding: data, as: UTF8.self))
    }
}
