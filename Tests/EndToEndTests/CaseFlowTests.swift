import AcquireKit
import AcquireSandbox
import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4, end to end: a case created from the first key to the result screen, in tmux, by the
    /// real binary against a sandbox in this process; the sandbox journal shows what was sent.
    @Suite struct CaseFlowTests {
        /// The multi-line, non-ASCII message typed into the editor, line by line (Enter between).
        static let messageLines = ["Grüße 👋", "第二行", "مرحبا"]

        @Test(arguments: [(80, 24), (40, 12)])
        func caseFromFirstKeyToResult(width: Int, height: Int) async throws {
            try await AppSession.with(.init(width: width, height: height)) { app in
                let client = try app.client()
                let query = "ma"
                let found = try await client.searchContacts(query, page: 0, limit: 20)
                try #require(found.contacts.count >= 2, "the sandbox should have contacts matching \(query)")
                let contact = found.contacts[1]
                let agents = try await client.agents()
                let channels = try await client.channels()
                try #require(agents.count >= 2)
                let agent = agents[1]

                // 1. Contact: type to search, ↓ to the second row, Enter picks it.
                try await app.waitFor("Search")
                try await app.type(query)
                try await app.waitFor("Contacts 1/\(found.total ?? found.contacts.count)")
                try await app.keys("Down")
                try await app.waitFor("Contacts 2/")
                try await app.keys("Enter")

                // 2. Compose: title, a multi-line message, a channel other than the default, an agent.
                try await app.waitFor("#\(contact.id)")
                let title = "Printer on fire — Ünïcode ✓"
                try await app.type(title)
                try await app.keys("Tab")
                for (i, line) in Self.messageLines.enumerated() {
                    if i > 0 { try await app.keys("Enter") }
                    try await app.type(line)
                }
                try await app.waitFor(Self.messageLines[2])
                try await app.keys("Tab")
                let before = try await app.waitForScreen("a channel on the compose screen") { Self.channelName(in: $0) != nil }
                let defaultChannel = try #require(Self.channelName(in: before))
                try await app.keys("Right", "Right")
                let after = try await app.waitForScreen("another channel") {
                    Self.channelName(in: $0).map { $0 != defaultChannel } ?? false
                }
                let channelName = try #require(Self.channelName(in: after))
                let channel = try #require(channels.first { $0.name == channelName }, "no channel named \(channelName)")

                try await app.keys("Tab", "Enter")
                try await app.waitFor("Routing agent")
                try await app.type(agent.name)
                try await app.waitForScreen("the picker filtered to \(agent.name)") { screen in
                    screen.contains("▸" + agent.name) || screen.contains("▸ " + agent.name)
                }
                try await app.keys("Enter")
                try await app.waitForScreen("the agent chosen") { screen in
                    !screen.contains("Routing agent") && screen.contains(agent.name)
                }

                // 3. Review shows what will be sent; 4. Enter submits; 5. the result screen.
                try await app.keys("C-r")
                try await app.waitForScreen("the review of what will be sent") { screen in
                    screen.contains("Enter sends exactly this") && screen.contains(String(title.prefix(12)))
                        && screen.contains("#\(agent.id)") && screen.contains("(\(channel.id))")
                        && screen.contains("#\(contact.id)")
                }
                try await app.keys("Enter")
                let result = try await app.waitForScreen("the result screen, laid out for \(width)x\(height)") { screen in
                    screen.contains("created: case #") && ScreenText.lines(screen).first?.contains("Result") == true
                        && ScreenText.misfit(screen, width: width, height: height) == nil
                }

                // The result screen names the case the sandbox stored.
                let caseId = try #require(result.firstMatch(of: /created: case #(\d+)/).flatMap { Int($0.1) })
                let stored = try await client.recentCases(contactId: contact.id, limit: 10)
                #expect(stored.first?.id == caseId, "newest stored case: \(String(describing: stored.first))")
                #expect(stored.first?.title == title)

                // Another Enter on the result screen sends nothing; `n` starts a new case for the
                // same contact (so the app has handled the Enter by the time the new form shows).
                try await app.keys("Enter", "n")
                try await app.waitForScreen("a new case for the same contact") { screen in
                    screen.contains("#\(contact.id)") && screen.contains("Title") && !screen.contains(String(title.prefix(12)))
                }

                // The journal: exactly one create, carrying everything typed and chosen.
                let creates = try await app.journal().filter(\.isCreate)
                try #require(creates.count == 1, "creates: \(creates)")
                let create = creates[0]
                #expect(create.status == 200)
                #expect(create.query["contactId"] == String(contact.id))
                let body = try #require(try JSONSerialization.jsonObject(with: Data(create.body.utf8)) as? [String: Any])
                #expect(body["title"] as? String == title)
                let message = body["message"] as? [String: Any]
                #expect(message?["message"] as? String == Self.messageLines.joined(separator: "\n"))
                #expect(body["channel"] as? String == channel.id)
                #expect(body["routeAgentId"] as? Int == agent.id)
            }
        }

        /// The channel shown as `‹ Name ›` on the compose screen.
        static func channelName(in screen: String) -> String? {
            screen.firstMatch(of: /‹ (.+?) ›/).map { String($0.1) }
        }
    }
}
