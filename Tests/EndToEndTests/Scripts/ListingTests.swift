import AcquireKit
import AcquireSandbox
import Foundation
import Testing

/// `contacts QUERY`, `agents`, `channels`: aligned tables of sanitized text, or JSON arrays of exact values.
@Suite struct ListingTests {
    @Test func agentsAsATableAndAsJSON() async throws {
        try await AppSession.using { s in
            let agents = try await s.client().agents()
            let table = try await s.command(["agents"])
            #expect(table.status == 0, "\(table.stderr)")
            let lines = table.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("ID  NAME") == true, "\(table.stdout)")
            #expect(lines.count == agents.count + 1)
            // Aligned: every row's e-mail starts in the same display column as the header's EMAIL.
            let emailColumn = TerminalBytes.width(lines[0][..<lines[0].range(of: "EMAIL")!.lowerBound])
            for (line, agent) in zip(lines.dropFirst(), agents) {
                let email = try #require(agent.email)
                let at = try #require(line.range(of: email), "\(line)")
                #expect(TerminalBytes.width(line[..<at.lowerBound]) == emailColumn, "\(line)")
            }
            let json = try await s.command(["agents", "--json"])
            #expect(json.status == 0)
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.map { $0["id"] as? Int } == agents.map(\.id))
            #expect(array.map { $0["name"] as? String } == agents.map(\.name))
            #expect(array.map { $0["status"] as? String } == agents.map(\.status))
        }
    }

    @Test func channelsAndContacts() async throws {
        try await AppSession.using { s in
            let channels = try await s.client().channels()
            let json = try await s.command(["channels", "--json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.map { $0["id"] as? String } == channels.map(\.id))
            #expect(array.map { $0["enabled"] as? Bool } == channels.map(\.enabled))
            let table = try await s.command(["channels"])
            #expect(table.stdout.split(separator: "\n").count == channels.count + 1)
            #expect(table.stdout.contains("chat"))

            let c = try await s.namedContact()
            let query = try #require(c.email)
            let found = try await s.command(["contacts", query, "--json"])
            #expect(found.status == 0, "\(found.stderr)")
            let contacts = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]])
            let match = try #require(contacts.first { $0["id"] as? Int == c.id })
            #expect(match["email"] as? String == c.email)
            #expect(match["phone"] as? String == c.phone)
            #expect(match["name"] as? String == c.name)
            let rows = try await s.command(["contacts", query])
            #expect(rows.stdout.hasPrefix("ID"))
            #expect(rows.stdout.contains("\n\(c.id) "), "\(rows.stdout)")
            let none = try await s.command(["contacts", "zzzz-nobody-zzzz"])
            #expect(none.status == 0)
            #expect(none.stdout.isEmpty)
            #expect(none.stderr == "acquire-cases: no contact matches \"zzzz-nobody-zzzz\"\n")
            let noneJSON = try await s.command(["contacts", "zzzz-nobody-zzzz", "--json"])
            #expect(noneJSON.stdout == "[]\n")
        }
    }

    @Test func hostileNamesAreEscapedInTablesAndExactInJSON() async throws {
        try await AppSession.using(faults: [try SandboxFault.parse("agents:hostile")]) { s in
            let table = try await s.command(["agents"])
            #expect(table.status == 0, "\(table.stderr)")
            #expect(TerminalBytes.problems(in: Array(table.stdout.utf8)).isEmpty, "\(table.stdout)")
            #expect(!table.stdout.unicodeScalars.contains { $0.value == 0x1B })
            let json = try await s.command(["agents", "--json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            let agents = try await s.client().agents()
            #expect(array.map { $0["name"] as? String } == agents.map(\.name))
        }
    }

    @Test func aRefusedKeyExits4() async throws {
        try await AppSession.using(faults: [try SandboxFault.parse("agents:401")]) { s in
            let r = try await s.command(["agents", "--json"])
            #expect(r.status == 4)
            #expect(r.stdout.isEmpty)
            let refused = AcquireError.unauthorized(keySource: .environment("ACQUIRE_API_KEY"))
            #expect(r.stderr == "acquire-cases: \(refused.message) \(refused.advice)\n")
        }
    }
}
