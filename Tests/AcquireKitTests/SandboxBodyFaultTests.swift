import Foundation
import Testing
import AcquireSandbox
@testable import AcquireKit

/// One test per fault of the sandbox that spoils the answer rather than its status: latency, a
/// dropped connection, truncated and malformed JSON, hostile text. Through the real client.
@Suite struct SandboxBodyFaultTests {
    @Test func latencyStillAnswersAndACreatePastTheTimeoutIsUncertain() async throws {
        // The create's answer comes only when the sandbox stops (an hour's latency, cut short by
        // stop), so the client's timeout always fires first, and the timeout is wide enough (15 s)
        // for the 300 ms search to be answered on a loaded machine.
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .searchContacts, kind: .latency(milliseconds: 300)),
                                               SandboxFault(endpoint: .createCase, kind: .latency(milliseconds: 3_600_000))],
                                      timeout: 15) { h in
            let page = try await h.client.searchContacts("a", page: 0, limit: 5)
            #expect(page.contacts.count == 5)
            await #expect(throws: AcquireError.uncertain("no answer within 15 s")) {
                try await h.client.createCase(h.draft(contactId: 10, title: "slow"))
            }
            #expect(await h.creates() == 1)
            let isStored = try await h.stored(contactId: 10, title: "slow")
            #expect(isStored)
        }
    }

    @Test func dropAfterRequest() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .agents, kind: .dropAfterRequest, count: 1),
                                               SandboxFault(endpoint: .channels, kind: .dropAfterRequest),
                                               SandboxFault(endpoint: .createCase, kind: .dropAfterRequest)]) { h in
            // A read dropped once is sent again and succeeds.
            let agents = try await h.client.agents()
            #expect(agents.count == 12)
            #expect(await h.sandbox.journal().filter { $0.path == "/api/v1/account/user" }.map(\.status) == [0, 200])
            // Dropped every time: offline after the client's attempts (libcurl may add its own).
            await #expect(throws: AcquireError.offline("the server closed the connection without a valid answer")) {
                try await h.client.channels()
            }
            #expect(await h.requests(to: "/api/v1/crm/channel/all") >= 3)
            // A create: once, uncertain, and stored (the server did the work, then dropped).
            await #expect(throws: AcquireError.uncertain("the server closed the connection without a valid answer")) {
                try await h.client.createCase(h.draft(contactId: 11, title: "dropped"))
            }
            #expect(await h.creates() == 1)
            let isStored = try await h.stored(contactId: 11, title: "dropped")
            #expect(isStored)
        }
    }

    @Test func truncatedJSON() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .departments, kind: .truncatedJSON),
                                               SandboxFault(endpoint: .createCase, kind: .truncatedJSON)]) { h in
            await #expect(performing: { try await h.client.departments() }, throws: { error in
                guard case AcquireError.undecodable(let excerpt) = error else { return false }
                return excerpt.hasPrefix(#"{"data":{"#) && excerpt.count <= 120
            })
            #expect(await h.requests(to: "/api/v1/account/department") == 1)
            await #expect(performing: { try await h.client.createCase(h.draft(contactId: 12, title: "cut")) }, throws: { error in
                guard case AcquireError.uncertain(let why) = error else { return false }
                return why.hasPrefix(#"the answer could not be read: {"data":{"#)
            })
            #expect(await h.creates() == 1)
            let isStored = try await h.stored(contactId: 12, title: "cut")
            #expect(isStored)
        }
    }

    @Test func malformedJSON() async throws {
        let excerpt = #"{"data": {"id": 7, "title": 'oops', "list": [1, 2,, ]}"#
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .channels, kind: .malformedJSON),
                                               SandboxFault(endpoint: .createCase, kind: .malformedJSON)]) { h in
            await #expect(throws: AcquireError.undecodable(excerpt: excerpt)) { try await h.client.channels() }
            #expect(await h.requests(to: "/api/v1/crm/channel/all") == 1)
            await #expect(throws: AcquireError.uncertain("the answer could not be read: \(excerpt)")) {
                try await h.client.createCase(h.draft(contactId: 13, title: "garbled"))
            }
            #expect(await h.creates() == 1)
            let isStored = try await h.stored(contactId: 13, title: "garbled")
            #expect(isStored)
        }
    }

    @Test func hostileTextIsCleanInEveryDecodedString() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .all, kind: .hostileText)]) { h in
            var values: [Any] = []
            values.append(try await h.client.searchContacts("a", page: 0, limit: 20))
            values.append(try await h.client.listContacts(limit: 30))
            for id in 1...5 { values.append(try await h.client.contact(id: id)) }
            values.append(try await h.client.agents())
            values.append(try await h.client.departments())
            values.append(try await h.client.channels())
            values.append(try await h.client.shortcuts(search: ""))
            let created = try await h.client.createCase(h.draft(contactId: 14, title: "hostile \u{1B}]52;c;eA==\u{07}"))
            values.append(created)
            values.append(try await h.client.caseRecord(id: created.id))
            values.append(try await h.client.recentCases(contactId: 14, limit: 5))
            #expect(await h.creates() == 1)

            let strings = values.flatMap { allStrings(in: $0) }
            #expect(strings.count > 500)
            let multiline: Set<String?> = ["description", "message"]
            let dirty = strings.filter { Sanitizer.needsCleaning($0.text, multiline: multiline.contains($0.label)) }
            #expect(dirty.isEmpty, "\(dirty.prefix(3).map { "\($0.label ?? "?"): \($0.text.debugDescription.prefix(80))" })")
            // The hostile text did arrive, made visible: ESC as ^[, C1 and bidi as \u{…}.
            #expect(strings.contains { $0.text.contains("^[[2J") })
            #expect(strings.contains { $0.text.contains("^[]52;c;") })
            #expect(strings.contains { $0.text.contains("\\u{202E}") })
            #expect(strings.contains { $0.text.contains("\\u{9B}") })
        }
    }
}
