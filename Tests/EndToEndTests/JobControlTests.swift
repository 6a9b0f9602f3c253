import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: Ctrl-S never freezes the screen; Ctrl-Z suspends and `fg` brings it back intact.
    @Suite struct JobControlTests {
        @Test func ctrlZSuspendsAndFgRestores() async throws {
            try await AppSession.with(.init(viaShell: true)) { app in
                try await app.waitFor("Search")
                try await app.type("abc")
                try await app.waitFor("Search abc")

                // Twice: the second round starts from a resumed app (raw mode and the screen restored).
                for round in 1...2 {
                    let text = round == 1 ? "abc" : "abcd"
                    try await app.keys("C-z")
                    let suspended = try await app.waitForScreen("the shell prompt after Ctrl-Z") { screen in
                        screen.contains("Stopped")
                            && ScreenText.lines(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                                .hasPrefix(AppSession.promptMark) == true
                    }
                    #expect(!suspended.contains("Search \(text)"), "the app's screen is still shown:\n\(suspended)")

                    try await app.type("fg")
                    try await app.keys("Enter")
                    // Redrawn in full: the header again, the query, no trace of the shell.
                    try await app.waitForScreen("the app redrawn after fg") { screen in
                        screen.contains("Search \(text)") && ScreenText.lines(screen).first?.contains("1 Contact") == true
                            && !screen.contains("Stopped") && !screen.contains(AppSession.promptMark)
                    }

                    if round == 1 {
                        try await app.type("d")
                        try await app.waitFor("Search abcd")
                    }
                }
                // Still alive and reading keys.
                try await app.type("e")
                try await app.waitFor("Search abcde")
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
}
