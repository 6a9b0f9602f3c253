import Foundation
import Testing

/// The `$EDITOR` child gets the app's environment without the API key (editor plugins can read it).
@Suite struct ChildEnvironmentTests {
    @Test func theEditorSeesNoKey() async throws {
        let s = try await AppSession.start()
        do {
            let dump = s.home + "/editor-env.txt"
            let editor = s.home + "/dump-env-editor"
            // An editor that writes its environment out and leaves the message as it was.
            try Data("#!/bin/sh\nenv > '\(dump)'\nexit 0\n".utf8).write(to: URL(fileURLWithPath: editor))
            chmod(editor, 0o700)
            try await s.launch(extraEnv: ["EDITOR": editor, "VISUAL": "", "ACQUIRE_EXTRA_SECRET": "extra-0123456789"])
            try await s.pickContact()
            try await s.compose(title: "Editor env", message: ["hello"])
            try await s.keys("C-o")
            let written = try await eventually { FileManager.default.fileExists(atPath: dump) }
            if !written { Issue.record("the editor did not run; screen:\n\(try await s.screen())") }
            try await s.waitFor("hello")
            let seen = (try? String(contentsOfFile: dump, encoding: .utf8)) ?? ""
            let key = try #require(s.sandbox?.apiKey)
            #expect(seen.contains("HOME=\(s.home)"), "the editor's environment was not written:\n\(seen)")
            #expect(!seen.contains(key), "the editor saw the API key")
            #expect(!seen.contains("ACQUIRE_"), "the editor saw ACQUIRE_* variables:\n\(seen)")
        } catch {
            await s.close()
            throw error
        }
        await s.close()
    }
}
