import Foundation
import Testing
import AcquireSandbox
@testable import AcquireKit

/// The sandbox answering HTTP 200 with the documented error body: every client call throws it,
/// and a create creates nothing (it is not "maybe sent").
@Suite struct SandboxErrorBodyTests {
    static let newContact = ContactCreateRequest(name: "Never Made", email: "never.made@example.invalid")
    static let refused = AcquireError.refused(code: "CHAT_ALREADY_JOINED", message: "You have already joined this chat.")

    @Test func everyEndpointThrowsTheErrorBody() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .all, kind: .errorOn200(code: "CHAT_ALREADY_JOINED"))]) { h in
            let c = h.client
            let calls: [(String, @Sendable () async throws -> Void)] = [
                ("search", { _ = try await c.searchContacts("a", page: 0, limit: 5) }),
                ("list", { _ = try await c.listContacts(limit: 5) }),
                ("contact", { _ = try await c.contact(id: 1) }),
                ("agents", { _ = try await c.agents() }),
                ("departments", { _ = try await c.departments() }),
                ("channels", { _ = try await c.channels() }),
                ("shortcuts", { _ = try await c.shortcuts(search: "") }),
                ("case", { _ = try await c.caseRecord(id: 1) }),
                ("cases", { _ = try await c.recentCases(contactId: 1, limit: 5) }),
                ("fields", { _ = try await c.fieldDefinitions() }),
                ("create", { _ = try await c.createCase(h.draft(contactId: 2, title: "refused")) }),
                ("newcontact", { _ = try await c.createContact(Self.newContact) }),
            ]
            for (name, call) in calls {
                do {
                    try await call()
                    Issue.record("\(name) succeeded")
                } catch let error as AcquireError {
                    #expect(error == Self.refused, "\(name)")
                }
            }
            // Reads are not retried on an error body, and nothing was stored.
            #expect(await h.sandbox.journal().count == calls.count)
            await h.sandbox.setFaults([])
            #expect(try await h.absent(contactId: 2, title: "refused"))
            let matches = try await h.client.contactsMatching(Self.newContact)
            #expect(matches.isEmpty)
        }
    }

    @Test func anErrorBodyWithItsOwnCode() async throws {
        try await SandboxHarness.with(faults: [try SandboxFault.parse("create:error200=SOMETHING_ELSE:stored")]) { h in
            await #expect(throws: AcquireError.refused(code: "SOMETHING_ELSE", message: "The request was refused (SOMETHING_ELSE).")) {
                try await h.client.createCase(h.draft(contactId: 2, title: "other code"))
            }
            let absent = try await h.absent(contactId: 2, title: "other code")
            #expect(absent)
        }
    }
}
