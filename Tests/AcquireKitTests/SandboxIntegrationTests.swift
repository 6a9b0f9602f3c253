import Foundation
import Testing
import AcquireSandbox
@testable import AcquireKit

/// The real client (`AcquireClient` + `AsyncHTTPTransport`) against the sandbox over loopback:
/// every endpoint decodes, and a create reaches the server at most once per call.
@Suite struct SandboxIntegrationTests {
    @Test func searchPagesAndFoldsAccents() async throws {
        try await SandboxHarness.with { h in
            let first = try await h.client.searchContacts("a", page: 0, limit: 5)
            let second = try await h.client.searchContacts("a", page: 1, limit: 5)
            #expect(first.contacts.count == 5 && second.contacts.count == 5)
            #expect(Set(first.contacts.map(\.id)).isDisjoint(with: second.contacts.map(\.id)))
            #expect(first.total == second.total)
            #expect(first.hasMore)
            #expect(first.contacts.map(\.id) == first.contacts.map(\.id).sorted())
            #expect(second.contacts.first!.id > first.contacts.last!.id)

            // "jose" finds José, "lukasz" finds Łukasz, "JOSÉ" finds the same as "jose".
            let jose = try await h.client.searchContacts("jose", page: 0, limit: 50)
            #expect(jose.contacts.contains { $0.name?.contains("José") == true })
            #expect(jose.contacts.allSatisfy { c in
                [c.name, c.email].compactMap { $0 }.contains { $0.contains("José") || $0.lowercased().contains("jose") }
            })
            let upper = try await h.client.searchContacts("JOSÉ", page: 0, limit: 50)
            #expect(upper.contacts.map(\.id) == jose.contacts.map(\.id))
            let lukasz = try await h.client.searchContacts("lukasz", page: 0, limit: 50)
            #expect(lukasz.contacts.contains { $0.name?.contains("Łukasz") == true })

            let none = try await h.client.searchContacts("zzqqxx-nobody", page: 0, limit: 5)
            #expect(none.contacts.isEmpty && none.total == 0 && !none.hasMore)
        }
    }

    @Test func listAndOneContactWithFieldsAndVisits() async throws {
        try await SandboxHarness.with { h in
            let page = try await h.client.listContacts(limit: 20)
            #expect(page.contacts.map(\.id) == Array(1...20))
            #expect(page.total == 200)
            // The first contacts with visits and a name: one-contact answers carry both.
            var checked = 0
            var titled = 0
            for listed in page.contacts where listed.name?.isEmpty == false {
                let contact = try await h.client.contact(id: listed.id)
                #expect(contact.id == listed.id)
                #expect(contact.name == listed.name)
                #expect(contact.fields.contains { $0.key == "name" && $0.value == listed.name })
                #expect(contact.fields.contains { $0.key == "city" })
                if !contact.visits.isEmpty {
                    // Every visit has a parsed date and a URL (some titles are empty, as on the real API).
                    #expect(contact.visits.allSatisfy { $0.date != nil && $0.url.hasPrefix("http") })
                    titled += contact.visits.filter { !$0.title.isEmpty }.count
                    checked += 1
                }
            }
            #expect(checked > 3 && titled > 0)
            await #expect(throws: AcquireError.notFound("contact #999999")) { try await h.client.contact(id: 999_999) }
        }
    }

    @Test func agentsDepartmentsChannelsShortcuts() async throws {
        try await SandboxHarness.with { h in
            let agents = try await h.client.agents()
            #expect(agents.count == 12)
            #expect(agents.allSatisfy { $0.id > 0 && !$0.name.isEmpty && !$0.status.isEmpty })
            let departments = try await h.client.departments()
            #expect(departments.count == 6)
            let agentIDs = Set(agents.map(\.id))
            #expect(departments.allSatisfy { !$0.name.isEmpty && Set($0.userIDs).isSubset(of: agentIDs) })
            let channels = try await h.client.channels()
            #expect(channels.map(\.id).sorted() == ["audio-call", "chat", "mail", "private-form", "sms", "video-call", "voip"])
            let shortcuts = try await h.client.shortcuts(search: "")
            #expect(shortcuts.count == 12)
            #expect(shortcuts.allSatisfy { !$0.name.isEmpty && !$0.message.isEmpty })
            let some = try await h.client.shortcuts(search: shortcuts[0].name)
            #expect(some.contains { $0.id == shortcuts[0].id })
            #expect(some.count < shortcuts.count)
        }
    }

    @Test func createAnswersTheWholeCaseAndTheCaseIsFoundAgain() async throws {
        try await SandboxHarness.with { h in
            let agent = try await h.client.agents()[0]
            let contact = try await h.client.contact(id: 3)
            var request = h.draft(contactId: 3, title: "Printer on fire")
            request.routeAgentId = agent.id
            request.agentId = agent.id
            let created = try await h.client.createCase(request)
            #expect(created.id > 0)
            #expect(created.title == "Printer on fire")
            #expect(created.description == "Zoë says:\nthe printer smokes 🔥")
            #expect(created.channel == "chat")
            #expect(created.status == "active")
            #expect(created.dateCreated != nil)
            #expect(created.userId == agent.id)
            // The contact comes whole: its fields ARRAY (labelled) and its visits.
            let whole = try #require(created.contact)
            #expect(whole.id == 3)
            #expect(whole.name == contact.name)
            #expect(whole.fields.contains { $0.key == "name" && $0.label == "Name" && $0.value == (contact.name ?? "") })
            #expect(whole.fields.count >= 7)
            #expect(whole.visits.map(\.id) == contact.visits.map(\.id))
            #expect(await h.creates() == 1)

            let again = try await h.client.caseRecord(id: created.id)
            #expect(again.id == created.id && again.title == created.title && again.contactId == 3)
            let recent = try await h.client.recentCases(contactId: 3, limit: 5)
            #expect(recent.first?.id == created.id)
            #expect(recent.first?.title == "Printer on fire")
            await #expect(throws: AcquireError.notFound("case #987654")) { try await h.client.caseRecord(id: 987_654) }
        }
    }

    @Test func createForAnUnknownContactIsRefused() async throws {
        try await SandboxHarness.with { h in
            await #expect(throws: AcquireError.notFound("contact #5000")) {
                try await h.client.createCase(h.draft(contactId: 5_000, title: "nobody"))
            }
            #expect(await h.creates() == 1)
        }
    }

    /// libcurl resends a request on a fresh connection when a reused keep-alive connection closes
    /// without answering. With reads first (a pooled connection exists) and a create dropped after
    /// the server read it, the create must reach the server once and come back uncertain at once
    /// (not after the timeout: the message says the connection closed, not "no answer within").
    @Test func aDroppedCreateOnAKeepAliveServerIsSentOnceAndUncertain() async throws {
        try await SandboxHarness.with(timeout: 20) { h in
            _ = try await h.client.agents()
            _ = try await h.client.channels()
            _ = try await h.client.searchContacts("a", page: 0, limit: 5)
            await h.fault(SandboxFault(endpoint: .createCase, kind: .dropAfterRequest))
            await #expect(throws: AcquireError.uncertain("the server closed the connection without a valid answer")) {
                try await h.client.createCase(h.draft(contactId: 4, title: "dropped once"))
            }
            #expect(await h.creates() == 1)
            let dropped = await h.sandbox.creates()
            #expect(dropped.map(\.status) == [0])
            // The dropped create was stored: the app settles it by listing the contact's cases.
            let isStored = try await h.stored(contactId: 4, title: "dropped once")
            #expect(isStored)
            // Reads still work on the pooled connections afterwards.
            #expect(try await h.client.channels().count == 7)
        }
    }

    @Test func repeatedCreatesEachReachTheServerOnce() async throws {
        try await SandboxHarness.with { h in
            for n in 1...3 {
                _ = try await h.client.agents()
                _ = try await h.client.createCase(h.draft(contactId: 5, title: "case \(n)"))
                #expect(await h.creates() == n)
            }
            let titles = try await h.client.recentCases(contactId: 5, limit: 10).map(\.title)
            #expect(Array(titles.prefix(3)) == ["case 3", "case 2", "case 1"])
        }
    }
}
