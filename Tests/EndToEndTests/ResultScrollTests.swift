import AcquireKit
import Foundation
import Testing

extension AppEndToEnd {
    /// The visit timeline on the result screen scrolls in a real terminal: curses moves its rows
    /// with the terminal's scroll region (`idlok`), and what tmux shows afterwards must be exactly
    /// the timeline shifted, with the right visit coming in at the bottom and nothing left behind.
    @Suite struct ResultScrollTests {
        @Test(arguments: [(100, 30), (40, 12)])
        func theTimelineScrollsLineByLineAndBack(width: Int, height: Int) async throws {
            try await AppSession.with(.init(width: width, height: height)) { app in
                let client = try app.client()
                let page = try await client.searchContacts("", page: 0, limit: 50)
                var chosen: Contact?
                for c in page.contacts {
                    let full = try await client.contact(id: c.id)
                    // URLs in ASCII, so a row can be compared with the visit it shows.
                    if full.timeline.count >= 12, full.timeline.allSatisfy({ $0.url.unicodeScalars.allSatisfy(\.isASCII) }) {
                        chosen = full
                        break
                    }
                }
                let contact = try #require(chosen, "no contact with 12 visits among the first 50")
                try await app.pickContact(contact.id)
                try await app.compose(title: "Scroll check", message: ["Timeline"])
                try await app.review()
                try await app.keys("Enter")
                try await app.waitFor("created: case #")
                // Tab to the visits pane (the third); narrow, it is then the only pane shown.
                try await app.keys("Tab", "Tab")
                let first = try await app.waitForScreen("the visits pane focused") { $0.contains("▸Visits") }
                let rows = Self.visitRows(first)
                try #require(rows.count >= 4, "visit rows:\n\(first)")
                #expect(rows[1].contains(String(contact.timeline[0].url.prefix(width / 2 - 4))), "\(first)")

                // Each Down moves every row up by one; the row coming in is the next line of the
                // timeline (line k is visit k/2's title line, or its URL line when k is odd).
                var before = rows
                for step in 1...5 {
                    try await app.keys("Down")
                    let lastLine = step + rows.count - 1
                    let visit = contact.timeline[lastLine / 2]
                    let position = "\(min(contact.timeline.count, (lastLine + 2) / 2))/\(contact.timeline.count)"
                    // The whole frame, not one caught half-drawn (rows shifted, the new row and the
                    // position not yet written): the wait ends only when all of it is on screen.
                    let screen = try await app.waitForScreen("the timeline scrolled by \(step), at \(position)") { s in
                        let now = Self.visitRows(s)
                        let incoming = now.last?.trimmingCharacters(in: .whitespaces) ?? ""
                        return now.count == before.count && Array(now.dropLast()) == Array(before.dropFirst())
                            && !incoming.isEmpty
                            && (lastLine % 2 == 0 || now.last?.contains(String(visit.url.prefix(width / 2 - 4))) == true)
                            && s.contains(position)
                    }
                    #expect(screen.contains(position), "the position counts visits:\n\(screen)")
                    before = Self.visitRows(screen)
                }
                // Back up five lines: the very screen it started from.
                try await app.keys("Up", "Up", "Up", "Up", "Up")
                _ = try await app.waitForScreen("the timeline back at its top") { Self.visitRows($0) == rows }
            }
        }

        /// The rows under the visits pane's rule, to the help line (which is left out).
        static func visitRows(_ screen: String) -> [String] {
            let lines = screen.components(separatedBy: "\n")
            guard let rule = lines.firstIndex(where: { $0.contains("Visits, newest first") }) else { return [] }
            let rest = lines[(rule + 1)...].dropLast(lines.last == "" ? 2 : 1)
            return Array(rest)
        }
    }
}
