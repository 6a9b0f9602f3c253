import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: a clean monochrome look with `TERM=vt100` or `NO_COLOR=1`: the screens are
    /// readable (header, help line, the highlighted row in reverse video) and carry no colour.
    @Suite struct MonochromeTests {
        @Test(arguments: [("vt100", false), ("xterm-256color", true)])
        func monochromeScreensAreReadable(term: String, noColor: Bool) async throws {
            let extra = noColor ? ["NO_COLOR": "1"] : [:]
            try await AppSession.with(.init(term: term, extraEnvironment: extra)) { app in
                // Header and help line.
                try await app.waitForScreen("the header and the help line") { screen in
                    let lines = ScreenText.lines(screen)
                    let help = lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
                    return lines.first?.contains("1 Contact") == true && help.contains("Enter pick") && help.contains("quit")
                }
                try await app.type("ma")
                try await app.waitFor("Contacts 1/")
                // The highlighted row stands out by reverse video (SGR 7), not by colour.
                var styled = ""
                let highlighted = try await eventually {
                    styled = try await app.styledScreen()
                    guard let row = ScreenText.lines(styled).first(where: { $0.contains("▸") }) else { return false }
                    return row.contains("\u{1b}[7m") || row.contains(";7m") || row.contains("[7;")
                }
                #expect(highlighted, "no highlighted row in reverse video:\n\(styled.debugDescription)")
                let colours = ScreenText.colourParameters(in: styled)
                #expect(colours.isEmpty, "colour escapes \(colours) in:\n\(styled.debugDescription)")
                // Compose is readable too: labels and its help line.
                try await app.keys("Enter")
                try await app.waitForScreen("the compose screen and its help line") { screen in
                    let help = ScreenText.lines(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
                    return screen.contains("Title") && help.contains("review")
                }
                let compose = try await app.styledScreen()
                #expect(ScreenText.colourParameters(in: compose).isEmpty, "colour escapes in:\n\(compose.debugDescription)")
            }
        }
    }
}
