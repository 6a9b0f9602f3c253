import Foundation
import Testing

/// Issue 4: Ctrl-S never freezes the screen; Ctrl-Z suspends and `fg` brings it back intact.
@Suite struct JobControlTests {
    @Test func ctrlZSuspendsAndFgRestores() async throws {
        try await AppSession.with(.init(viaShell: true)) { app in
            try await app.waitFor("Search")
            try await app.type("abc")
            try await app.waitFor("Search abc")

            try await app.keys("C-z")
            let suspended = try await app.waitForScreen("the shell prompt after Ctrl-Z") { screen in
                screen.contains("Stopped")
                    && ScreenText.lines(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                        .hasPrefix(AppSession.promptMark) == true
            }
            #expect(!suspended.contains("Search abc"), "the app's screen is still shown:\n\(suspended)")

            try await app.type("fg")
            try await app.keys("Enter")
            // Redrawn in full: the header again, the query, no trace of the shell.
            try await app.waitForScreen("the app redrawn after fg") { screen in
                screen.contains("Search abc") && ScreenText.lines(screen).first?.contains("1 Contact") == true
                    && !screen.contains("Stopped") && !screen.contains(AppSession.promptMark)
            }
            // Still alive and reading keys.
            try await app.type("d")
            try await app.waitFor("Search abcd")
        }
    }

    @Test func ctrlSDoesNotFreeze() async throws {
        try await AppSession.with(.init()) { app in
            try await app.waitFor("Search")
            try await app.type("ab")
            try await app.waitFor("Search ab")
            try await app.keys("C-s")
            try await app.type("cd")
            try await app.waitFor("Search abcd")
            // And the search for what was typed after Ctrl-S runs and shows.
            try await app.waitForJournal("the search for abcd") { $0.contains { $0.searchText == "abcd" } }
        }
    }
}
