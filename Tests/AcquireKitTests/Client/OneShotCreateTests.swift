import TestSupport
import Foundation
import Testing
@testable import AcquireKit

/// A create travels on a connection of its own that says `Connection: close`; reads do not.
@Suite struct OneShotCreateTests {
    @Test func theClientMarksOnlyCreatesAsNotIdempotent() async throws {
        let server = try await TestServer.start { req, _ in
            req.method == "POST" && req.path.hasSuffix("/create")
                ? .json(200, String(decoding: try Fixtures.data("case-create.response.json"), as: UTF8.self))
                : .json(200, #"{"data":{"rows":[{"id":"chat","name":"Chat"}]}}"#)
        }
        let client = makeClient(server.baseURL)
        _ = try await client.channels()
        _ = try await client.searchContacts("a", page: 0, limit: 5)
        #expect(try await client.createCase(sampleCase).id == 2071)
        _ = try await client.channels()
        await server.stop()
        let seen = server.requests.map { "\($0.method) \($0.path) \($0.connection?.lowercased() ?? "-")" }
        #expect(seen.count == 4)
        #expect(seen[2] == "POST \(APIPath.createCase) close")
        #expect(![seen[0], seen[1], seen[3]].contains { $0.hasSuffix(" close") })
    }

    @Test func aCallersConnectionHeaderIsReplacedOnAOneShotRequest() async throws {
        let server = try await TestServer.start { _, _ in .json(200, "{}") }
        let transport = AsyncHTTPTransport()
        let url = server.baseURL.appendingPathComponent("x")
        _ = try await transport.send(AcquireKit.HTTPRequest(method: "POST", url: url, headers: ["connection": "keep-alive"],
                                                            body: Data("{}".utf8), isIdempotent: false))
        _ = try await transport.send(AcquireKit.HTTPRequest(method: "POST", url: url, body: Data("{}".utf8), isIdempotent: false))
        await server.stop()
        #expect(server.requests.map { $0.connection?.lowercased() } == ["close", "close"])
    }
}
