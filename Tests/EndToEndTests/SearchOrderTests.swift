import AcquireKit
import AcquireSandbox
import Foundation
import Testing

extension AppEndToEnd {
    /// Issue 4: an answer for an older query never replaces the answer for the current one,
    /// whatever order they arrive in.
    @Suite struct SearchOrderTests {
        @Test func slowAnswerForTheFirstQueryNeverReplacesTheSecond() async throws {
            try await AppSession.with(.init(arguments: ["--debug"])) { app in
                // Two queries with different totals, so the list title tells whose answer is shown.
                let client = try app.client()
                var totals: [(String, Int)] = []
                for q in ["ma", "an", "li", "er", "ol"] {
                    let page = try await client.searchContacts(q, page: 0, limit: 20)
                    if let total = page.total, total > 1 { totals.append((q, total)) }
                }
                let (first, firstTotal) = try #require(totals.first)
                let (second, secondTotal) = try #require(totals.first { $0.1 != firstTotal })
                // The journal from here on holds only the app's requests.
                let baseline = try await app.journal().count
                // The first query's answer comes 3 s late; the second's at once.
                await app.sandbox!.setFaults([SandboxFault(endpoint: .searchContacts, kind: .latency(milliseconds: 3000), match: first)])

                try await app.waitFor("Search")
                try await app.type(first)
                try await app.waitForJournal("the search for \(first)") { $0.dropFirst(baseline).contains { $0.searchText == first } }
                try await app.keys("Escape")
                try await app.waitForScreen("the query cleared") { !$0.contains("Search \(first)") }
                try await app.type(second)

                // From here on, no screen may show the first query's results.
                var seen: [String] = []
                func watch(_ what: String, until done: @escaping (String) -> Bool) async throws {
                    let deadline = Date().addingTimeInterval(20)
                    while true {
                        let screen = try await app.screen()
                        seen.append(screen)
                        if Self.total(in: screen) == firstTotal {
                            Issue.record("the first query's answer replaced the second's:\n\(screen)")
                            return
                        }
                        if done(screen) { return }
                        guard Date() < deadline else { throw E2EError("timed out waiting for \(what):\n\(screen)") }
                        try await Task.sleep(nanoseconds: 25_000_000)
                    }
                }
                try await watch("the second query's results") { Self.total(in: $0) == secondTotal }

                // Wait until the app's client has received every search answer, the slow one included
                // (its debug log writes one line per answer, just before the answer goes to the app).
                let log = app.stateFile("debug.log")
                let searches = try await app.journal().dropFirst(baseline).filter(\.isSearch).count
                try #require(searches >= 2)
                var answered = 0
                let deadline = Date().addingTimeInterval(20)
                while answered < searches, Date() < deadline {
                    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                    answered = text.split(separator: "\n").filter { line in
                        line.contains("/api/v1/crm/contact/list") && (line.contains(" ← ") || line.contains(" ✗ "))
                    }.count
                    if answered < searches {
                        seen.append(try await app.screen())
                        if let last = seen.last, Self.total(in: last) == firstTotal { break }
                        try await Task.sleep(nanoseconds: 25_000_000)
                    }
                }
                #expect(answered >= searches, "the slow answer never arrived (\(answered) of \(searches) answers logged)")

                // A key after the stale answer: the app has handled it, and still shows the second query.
                try await app.keys("Down")
                try await watch("the highlight to move in the second query's results") { $0.contains("Contacts 2/\(secondTotal)") }
                let screen = try await app.screen()
                #expect(screen.contains("Search \(second)"), "screen:\n\(screen)")
                #expect(Self.total(in: screen) == secondTotal, "screen:\n\(screen)")
                #expect(!seen.contains { Self.total(in: $0) == firstTotal })
                // The debug log masks the key.
                let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                #expect(!logText.isEmpty && !logText.contains(app.sandbox!.apiKey), "the debug log holds the API key")
            }
        }

        /// The total in the list title `Contacts N/TOTAL`.
        static func total(in screen: String) -> Int? {
            screen.firstMatch(of: /Contacts \d+\/(\d+)/).flatMap { Int($0.1) }
        }
    }
}
