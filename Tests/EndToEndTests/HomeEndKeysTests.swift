import Foundation
import Testing

extension AppEndToEnd {
    /// Home and End as tmux sends them (`ESC[1~`, `ESC[4~`) under TERM=xterm-256color, whose
    /// terminfo names other sequences (`ESC OH`, `ESC OF`): they move the cursor, and a sequence no
    /// one knows is dropped, never typed into the field (it typed "1~" before).
    @Suite struct HomeEndKeysTests {
        @Test func homeAndEndMoveAndAnUnknownSequenceTypesNothing() async throws {
            try await AppSession.with(.init(width: 80, height: 24)) { app in
                try await app.pickContact(5)
                try await app.type("abc")
                try await app.waitFor("abc")
                try await app.keys("Home")
                try await app.type("X")
                try await app.keys("End")
                try await app.type("Y")
                // Raw bytes of keys the terminfo entry does not name: F20 in VT220 form, a CSI u key.
                try await app.type("\u{1B}[34~")
                try await app.type("\u{1B}[97;5u")
                try await app.type("Z")
                let screen = try await app.waitForScreen("the title with Home and End applied") { s in
                    s.split(separator: "\n").contains { $0.hasPrefix(" Title") && $0.contains("XabcYZ") }
                }
                let title = screen.split(separator: "\n").first { $0.hasPrefix(" Title") } ?? ""
                #expect(!title.contains("~") && !title.contains("97;5u") && !title.contains("1~"), "title row: \(title)")
            }
        }
    }
}
