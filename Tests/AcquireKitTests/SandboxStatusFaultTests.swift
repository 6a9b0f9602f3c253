import Foundation
import Testing
import AcquireSandbox
@testable import AcquireKit

/// One test per error-status fault of the sandbox, through the real client over loopback: the exact
/// `AcquireError`, how many requests the sandbox saw, and for creates how many creates arrived and
/// whether the case exists afterwards.
@Suite struct SandboxStatusFaultTests {
    let agentsPath = "/api/v1/account/user"

    func status(_ endpoint: SandboxEndpoint, _ code: Int, retryAfter: String? = nil, count: Int? = nil,
                stored: Bool = false) -> SandboxFault {
        SandboxFault(endpoint: endpoint, kind: .status(code, retryAfter: retryAfter), count: count, stored: stored)
    }

    @Test func unauthorized401() async throws {
        try await SandboxHarness.with(faults: [status(.agents, 401), status(.createCase, 401)]) { h in
            await #expect(throws: AcquireError.unauthorized(keySource: nil)) { try await h.client.agents() }
            #expect(await h.requests(to: agentsPath) == 1)
            await #expect(throws: AcquireError.unauthorized(keySource: nil)) { try await h.client.createCase(h.draft(contactId: 2, title: "401")) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 2, title: "401")
            #expect(isAbsent)
        }
        // A wrong key gets the sandbox's own 401.
        try await SandboxHarness.with { h in
            let wrong = AcquireClient(configuration: ClientConfiguration(
                baseURL: h.sandbox.baseURL, apiKey: APIKey("sbx_not_the_key_0123456789"), timeout: 10, retry: .none))
            await #expect(throws: AcquireError.unauthorized(keySource: nil)) { try await wrong.channels() }
            #expect(await h.sandbox.journal().map(\.authorized) == [false])
        }
    }

    @Test func forbidden403() async throws {
        try await SandboxHarness.with(faults: [status(.departments, 403), status(.createCase, 403)]) { h in
            await #expect(throws: AcquireError.forbidden) { try await h.client.departments() }
            #expect(await h.requests(to: "/api/v1/account/department") == 1)
            await #expect(throws: AcquireError.forbidden) { try await h.client.createCase(h.draft(contactId: 2, title: "403")) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 2, title: "403")
            #expect(isAbsent)
        }
    }

    @Test func notFound404() async throws {
        try await SandboxHarness.with(faults: [status(.contact, 404), status(.createCase, 404)]) { h in
            await #expect(throws: AcquireError.notFound("contact #3")) { try await h.client.contact(id: 3) }
            #expect(await h.requests(to: "/api/v1/crm/objects/contact/3") == 1)
            await #expect(throws: AcquireError.notFound("contact #3")) { try await h.client.createCase(h.draft(contactId: 3, title: "404")) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 3, title: "404")
            #expect(isAbsent)
        }
    }

    @Test func rateLimited429IsRetriedAfterRetryAfterOnAReadOnly() async throws {
        try await SandboxHarness.with(faults: [status(.agents, 429, retryAfter: "1", count: 1),
                                               status(.channels, 429, retryAfter: "60"),
                                               status(.createCase, 429, retryAfter: "3", count: 1)]) { h in
            // A read waits as asked (1 s, under the 5 s cap) and then succeeds.
            let agents = try await h.client.agents()
            #expect(agents.count == 12)
            #expect(await h.sandbox.journal().filter { $0.path == agentsPath }.map(\.status) == [429, 200])
            // Longer than the cap: the error goes back with its seconds, after one request.
            await #expect(throws: AcquireError.rateLimited(retryAfter: 60)) { try await h.client.channels() }
            #expect(await h.requests(to: "/api/v1/crm/channel/all") == 1)
            // A create is not retried by the client: the app counts down and lets the agent resend.
            let draft = h.draft(contactId: 6, title: "429 then sent")
            await #expect(throws: AcquireError.rateLimited(retryAfter: 3)) { try await h.client.createCase(draft) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 6, title: draft.title)
            #expect(isAbsent)
            // The allowed resend creates it once.
            let created = try await h.client.createCase(draft)
            #expect(await h.creates() == 2)
            let recent = try await h.client.recentCases(contactId: 6, limit: 20)
            #expect(recent.filter { $0.title == draft.title }.map(\.id) == [created.id])
        }
    }

    @Test func serverError500() async throws {
        try await SandboxHarness.with(faults: [status(.agents, 500), status(.createCase, 500)]) { h in
            // A 500 on a read is not retried (unlike 502/503/504): one request.
            await #expect(throws: AcquireError.serverError(status: 500)) { try await h.client.agents() }
            #expect(await h.requests(to: agentsPath) == 1)
            // Failed before doing anything: uncertain all the same (the client cannot know), not stored.
            await #expect(throws: AcquireError.uncertain("HTTP 500")) { try await h.client.createCase(h.draft(contactId: 7, title: "500 early")) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 7, title: "500 early")
            #expect(isAbsent)
            // Stored, then failed: uncertain, and the contact's cases settle it.
            await h.fault(status(.createCase, 500, stored: true))
            await #expect(throws: AcquireError.uncertain("HTTP 500")) { try await h.client.createCase(h.draft(contactId: 7, title: "500 late")) }
            #expect(await h.creates() == 2)
            let isStored = try await h.stored(contactId: 7, title: "500 late")
            #expect(isStored)
        }
    }

    @Test func badGateway502HTMLPage() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .shortcuts, kind: .badGatewayHTML),
                                               SandboxFault(endpoint: .createCase, kind: .badGatewayHTML, stored: true)]) { h in
            await #expect(throws: AcquireError.unavailable(retryAfter: nil)) { try await h.client.shortcuts(search: "") }
            #expect(await h.requests(to: "/api/v1/crm/message-shortcut") == 3)
            await #expect(throws: AcquireError.uncertain("HTTP 502 from a proxy")) {
                try await h.client.createCase(h.draft(contactId: 8, title: "502"))
            }
            #expect(await h.creates() == 1)
            let isStored = try await h.stored(contactId: 8, title: "502")
            #expect(isStored)
        }
    }

    @Test func unavailable503() async throws {
        try await SandboxHarness.with(faults: [status(.agents, 503), status(.channels, 503, retryAfter: "30"),
                                               status(.createCase, 503, retryAfter: "30")]) { h in
            await #expect(throws: AcquireError.unavailable(retryAfter: nil)) { try await h.client.agents() }
            #expect(await h.requests(to: agentsPath) == 3)
            await #expect(throws: AcquireError.unavailable(retryAfter: 30)) { try await h.client.channels() }
            #expect(await h.requests(to: "/api/v1/crm/channel/all") == 1)
            await #expect(throws: AcquireError.unavailable(retryAfter: 30)) { try await h.client.createCase(h.draft(contactId: 9, title: "503")) }
            #expect(await h.creates() == 1)
            let isAbsent = try await h.absent(contactId: 9, title: "503")
            #expect(isAbsent)
        }
    }
}
