import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import AcquireSandbox
@testable import AcquireKit

/// Redirects stay on the origin and keep a POST's method and body (or are not followed); a
/// create reaches the server at most once, whatever happens to its connection.
@Suite(.serialized) struct RedirectAndOnceTests {
    @Test func aSameOrigin307OnASearchKeepsMethodAndBody() async throws {
        let server = try await TestServer.start { req, _ in
            if req.path == "/api/v1/crm/contact/list" {
                return .raw(307, Data(), headers: ["Location": "/moved/contact/list"])
            }
            return .json(200, #"{"data":{"data":[],"total":0}}"#)
        }
        _ = try await makeClient(server.baseURL, attempts: 1).searchContacts("zoë", page: 0, limit: 5)
        await server.stop()
        let seen = server.requests
        #expect(seen.map { "\($0.method) \($0.path)" } == ["POST /api/v1/crm/contact/list", "POST /moved/contact/list"])
        #expect(seen.count == 2 && seen[1].body == seen[0].body && !seen[1].body.isEmpty)
        #expect(seen[1].authorization == "Bearer \(testKey.secret)")
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func aRedirectOnACreateIsNotFollowed(_ status: Int) async throws {
        let server = try await TestServer.start { _, _ in .raw(status, Data(), headers: ["Location": "/elsewhere"]) }
        await #expect(throws: AcquireError.undecodable(excerpt: "a redirect to /elsewhere, not followed")) {
            try await makeClient(server.baseURL, attempts: 1).createCase(sampleCase)
        }
        await server.stop()
        #expect(server.requests.count == 1)
    }

    @Test func a302OnASearchIsNotTurnedIntoAnEmptyGet() async throws {
        let server = try await TestServer.start { req, _ in
            req.path == "/api/v1/crm/contact/list" ? .raw(302, Data(), headers: ["Location": "/x"]) : .json(200, "{}")
        }
        await #expect(throws: AcquireError.undecodable(excerpt: "a redirect to /x, not followed")) {
            try await makeClient(server.baseURL, attempts: 1).searchContacts("a", page: 0, limit: 5)
        }
        await server.stop()
        #expect(server.requests.count == 1)
    }

    @Test func aRedirectToAnotherPortOrSchemeIsNotFollowed() async throws {
        try await withOther { other in
            let server = try await TestServer.start { req, _ in
                req.path.hasSuffix("user") ? .raw(302, Data(), headers: ["Location": "http://127.0.0.1:\(other.port)/api/v1/account/user"])
                    : .raw(302, Data(), headers: ["Location": "https://127.0.0.1:\(other.port)/x"])
            }
            let client = makeClient(server.baseURL, attempts: 1)
            await #expect(throws: AcquireError.self) { try await client.agents() }
            await #expect(throws: AcquireError.self) { try await client.channels() }
            await server.stop()
            #expect(other.requests.isEmpty)
        }
    }

    func withOther(_ body: (TestServer) async throws -> Void) async throws {
        let other = try await TestServer.start { _, _ in .json(200, #"{"data":{"data":[]}}"#) }
        do { try await body(other) } catch { await other.stop(); throw error }
        await other.stop()
    }

    @Test func aCreateDroppedAfterReadsOnAKeepAliveSandboxIsSentOnce() async throws {
        try await SandboxHarness.with { h in
            // Reads leave keep-alive connections in the pool (the sandbox keeps them open).
            for _ in 0..<3 { _ = try await h.client.agents() }
            await h.fault(SandboxFault(endpoint: .createCase, kind: .dropAfterRequest))
            await #expect(performing: { try await h.client.createCase(h.draft(contactId: 21, title: "once")) }, throws: { error in
                if case AcquireError.uncertain = error { return true }
                return false
            })
            #expect(await h.creates() == 1)
            await h.fault()
            // The next create goes out on a fresh connection and is sent once too.
            _ = try await h.client.createCase(h.draft(contactId: 21, title: "twice?"))
            #expect(await h.creates() == 2)
        }
    }

    @Test func aReusedConnectionDroppedAfterTheRequestIsNotResentByTheTransport() async throws {
        // The server answers the first request on a connection, then reads the second and drops it.
        let s = try ScriptedServer { c, s in
            guard s.read(c) != nil else { return }
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
            guard s.read(c) != nil else { return }
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        defer { s.stop() }
        let transport = AsyncHTTPTransport()
        let url = s.baseURL.appendingPathComponent("x")
        _ = try await transport.send(AcquireKit.HTTPRequest(method: "GET", url: url))
        await #expect(throws: TransportError.self) {
            _ = try await transport.send(AcquireKit.HTTPRequest(method: "POST", url: url, body: Data("{}".utf8)))
        }
        #expect(s.requests.value.count == 2)
        #expect(s.accepted.value == 1)
    }
}
