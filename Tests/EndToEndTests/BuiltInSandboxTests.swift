import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: with no account configured the app talks to its built-in sandbox and says so.
    @Suite struct BuiltInSandboxTests {
        @Test func noAccountMeansTheBuiltInSandboxLabelled() async throws {
            // No ACQUIRE_* variable and no config file at all.
            try await AppSession.with(sandbox: nil) { app in
                let first = try await app.waitFor("SANDBOX")
                let header = try #require(ScreenText.lines(first).first)
                #expect(header.contains("SANDBOX"), "the header is: \(header)")
                #expect(header.contains("Contact"), "the header is: \(header)")
                try await app.type("ma")
                let screen = try await app.waitForScreen("contacts found by the search") { screen in
                    guard let m = screen.firstMatch(of: /Contacts 1\/(\d+)/), let total = Int(m.1) else { return false }
                    return total > 0 && screen.contains("▸")
                }
                #expect(ScreenText.lines(screen).first?.contains("SANDBOX") == true, "screen:\n\(screen)")
            }
        }
    }
}
