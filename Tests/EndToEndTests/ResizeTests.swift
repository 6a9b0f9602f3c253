import AcquireKit
import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: resizing at any moment re-lays out; smaller than 40x12 shows "terminal too small"
    /// until it grows, losing nothing.
    @Suite struct ResizeTests {
        @Test func resizeInTheMiddleOfTyping() async throws {
            try await AppSession.with(.init(width: 80, height: 24)) { app in
                // A contact with a plain ASCII name, found by its email (one match).
                let client = try app.client()
                let page = try await client.searchContacts("ma", page: 0, limit: 50)
                let contact = try #require(page.contacts.first { c in
                    guard let name = c.name, let email = c.email else { return false }
                    return !name.isEmpty && (name + email).unicodeScalars.allSatisfy { $0.isASCII }
                }, "no contact with an ASCII name and email")
                try await app.waitFor("Search")
                try await app.type(contact.email!)
                try await app.waitFor("Contacts 1/1")
                try await app.keys("Enter")
                try await app.waitFor("#\(contact.id)")

                // Before: at 80x24.
                try await app.type("Resize title")
                try await app.keys("Tab")
                try await app.type("typed before")
                try await app.keys("Enter")
                var screen = try await app.waitForScreen("the text typed at 80x24, laid out to fit") {
                    $0.contains("typed before") && ScreenText.misfit($0, width: 80, height: 24) == nil
                }

                // During: at 40x12, the layout follows and typing goes on.
                try await app.resize(width: 40, height: 12)
                screen = try await app.waitForScreen("the compose screen laid out for 40x12") {
                    ScreenText.misfit($0, width: 40, height: 12) == nil && $0.contains("typed before")
                }
                try await app.type("typed during")
                try await app.keys("Enter")
                screen = try await app.waitForScreen("the title and the text typed at 40x12") {
                    $0.contains("typed during") && $0.contains("Resize title")
                }
                #expect(ScreenText.misfit(screen, width: 40, height: 12) == nil, "40x12:\n\(screen)")

                // Too small: the notice only. Keys are ignored there (docs/EFFECTS.md: an unseen
                // Enter must not submit), and nothing typed so far is lost.
                try await app.resize(width: 30, height: 10)
                screen = try await app.waitForScreen("the too-small notice alone") {
                    $0.contains("too small") && !$0.contains("typed before")
                }
                try await app.type("ignored")
                try await app.keys("C-r")

                // After: at 100x30 everything is back, in a layout that fits, and typing continues.
                try await app.resize(width: 100, height: 30)
                screen = try await app.waitForScreen("the compose screen laid out for 100x30") {
                    ScreenText.misfit($0, width: 100, height: 30) == nil && $0.contains("typed during")
                }
                try await app.type("typed after")
                screen = try await app.waitForScreen("everything typed, at 100x30") { screen in
                    ["Resize title", "typed before", "typed during", "typed after"].allSatisfy { screen.contains($0) }
                }
                for text in ["Resize title", "typed before", "typed during", "typed after"] {
                    #expect(screen.contains(text), "\(text) missing at 100x30:\n\(screen)")
                }
                #expect(!screen.contains("ignored"), "keys typed while too small were applied:\n\(screen)")
                #expect(!screen.contains("Enter sends exactly this"), "^R while too small was applied:\n\(screen)")
                #expect(ScreenText.misfit(screen, width: 100, height: 30) == nil, "100x30:\n\(screen)")

                // The review lists every line, in order, exactly as typed.
                try await app.keys("C-r")
                let review = try await app.waitForScreen("the review with the title and every line in order") { screen in
                    let lines = ScreenText.lines(screen)
                    let order = ["typed before", "typed during", "typed after"].map { text in
                        lines.firstIndex { $0.contains(text) } ?? -1
                    }
                    return screen.contains("Enter sends exactly this") && screen.contains("Resize title")
                        && order.allSatisfy { $0 >= 0 } && order == order.sorted()
                }
                #expect(ScreenText.misfit(review, width: 100, height: 30) == nil, "review:\n\(review)")
            }
        }
    }
}
