import AcquireKit
import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: UTF-8 with wide and combining characters. Names in other scripts reach the terminal
    /// whole, and their rows stay as wide as the others (tmux, a wcwidth terminal, is the judge).
    @Suite struct ScriptRenderingTests {
        @Test func devanagariNamesAreDrawnWholeAndAligned() async throws {
            try await AppSession.with(.init()) { app in
                let client = try app.client()
                var target: Contact?
                for q in ["arjun", "sharma", "priya", "verma", "singh", "kumar", "a"] where target == nil {
                    let page = try await client.searchContacts(q, page: 0, limit: 50)
                    target = page.contacts.first { c in
                        // A name with a conjunct or a spacing vowel sign: several spacing characters in one cluster.
                        (c.name ?? "").unicodeScalars.contains { (0x93E...0x940).contains($0.value) || $0.value == 0x94D }
                    }
                }
                let contact = try #require(target, "no contact with a Devanagari name in the sandbox")
                let name = try #require(contact.name)
                let query = try #require(contact.email ?? contact.phone, "the contact has no email or phone to search by")
                try await app.waitFor("Search")
                try await app.type(query)
                let screen = try await app.waitForScreen("the list showing \(name) whole") { screen in
                    screen.contains("Contacts 1/") && screen.contains(name)
                }
                // Every framed row ends at the right edge, the one with the name included.
                let rows = ScreenText.lines(screen).filter { $0.hasPrefix("│") }
                #expect(!rows.isEmpty)
                for row in rows {
                    #expect(ScreenText.width(row) == 80 && row.hasSuffix("│"), "row \(ScreenText.width(row)) wide: \(row)\n\(screen)")
                }
                #expect(ScreenText.misfit(screen, width: 80, height: 24) == nil, "\(screen)")
                // And on the compose screen after picking it.
                try await app.keys("Enter")
                try await app.waitForScreen("the compose screen naming \(name)") { $0.contains("Contact  \(name)  #\(contact.id)") }
            }
        }

        @Test func emojiSequenceNamesKeepTheirRowsAligned() async throws {
            try await AppSession.with(.init()) { app in
                let client = try app.client()
                let all = try await client.searchContacts("", page: 0, limit: 200)
                let contact = try #require(all.contacts.first { c in
                    (c.name ?? "").unicodeScalars.contains { $0.value == 0x200D } && c.email != nil
                }, "no contact with an emoji sequence (ZWJ) in its name among \(all.contacts.count)")
                try await app.waitFor("Search")
                try await app.type(contact.email!)
                let screen = try await app.waitForScreen("the list with contact #\(contact.id)") { screen in
                    screen.contains("Contacts 1/") && screen.contains("#\(contact.id)")
                }
                let rows = ScreenText.lines(screen).filter { $0.hasPrefix("│") }
                for row in rows {
                    #expect(ScreenText.width(row) == 80 && row.hasSuffix("│"), "row \(ScreenText.width(row)) wide: \(row)\n\(screen)")
                }
                // No joiner left dangling without the emoji it joined.
                for line in ScreenText.lines(screen) {
                    let scalars = Array(line.unicodeScalars)
                    for (i, s) in scalars.enumerated() where s.value == 0x200D {
                        #expect(i + 1 < scalars.count && scalars[i + 1].properties.isEmoji, "dangling joiner in: \(line)")
                    }
                }
            }
        }
    }
}
