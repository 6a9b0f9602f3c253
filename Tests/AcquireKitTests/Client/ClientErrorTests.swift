import Foundation
import Testing
import Logging
@testable import AcquireKit

/// Each error kind, produced by a real HTTP server on loopback.
@Suite(.serialized) struct ClientErrorTests {
    /// Runs `body` against a server answering with `handler`, then stops the server.
    func withServer<T>(_ handler: @escaping TestServer.Handler,
                       _ body: (TestServer) async throws -> T) async throws -> T {
        let server = try await TestServer.start(handler)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test func unauthorizedForbiddenNotFound() async throws {
        try await withServer({ req, _ in
            switch req.path {
            case "/api/v1/account/user": return .json(401, #"{"type":"ERROR_UNAUTHORIZED","message":"Invalid token"}"#)
            case "/api/v1/account/department": return .json(403, #"{"message":"no"}"#)
            default: return .json(404, "")
            }
        }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.unauthorized(keySource: nil)) { try await client.agents() }
            await #expect(throws: AcquireError.forbidden) { try await client.departments() }
            await #expect(throws: AcquireError.notFound("contact #12")) { try await client.contact(id: 12) }
            #expect(server.requests.count == 3)
        }
    }

    @Test func invalidInputCarriesTheServerMessage() async throws {
        try await withServer({ req, _ in
            switch req.path {
            case "/api/v1/crm/channel/all": return .json(400, #"{"errors":[{"message":"limit must be \u001b[31mpositive"}]}"#)
            case "/api/v1/account/user": return .json(400, #"{"type":"ERROR_RECORD_NOT_FOUND","message":"no such user"}"#)
            case "/api/v1/account/department": return .json(400, #"{"error":{"type":"ERROR_INVALID_INPUT"}}"#)
            default: return .json(400, #"{"msg":"title is too long"}"#)
            }
        }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.invalidInput("limit must be ^[[31mpositive")) { try await client.channels() }
            await #expect(throws: AcquireError.notFound("agents")) { try await client.agents() }
            await #expect(throws: AcquireError.invalidInput("some input is not valid")) { try await client.departments() }
            await #expect(throws: AcquireError.invalidInput("title is too long")) { try await client.createCase(sampleCase) }
        }
    }

    @Test func rateLimitedHonoursRetryAfterThenSucceeds() async throws {
        try await withServer({ _, n in
            n < 3 ? .json(429, "{}", headers: ["Retry-After": "0"]) : .json(200, #"{"data":{"rows":[{"id":"chat","name":"Chat"}]}}"#)
        }) { server in
            let channels = try await makeClient(server.baseURL).channels()
            #expect(channels.map(\.id) == ["chat"])
            #expect(server.requests.count == 3)
        }
    }

    @Test func retryAfterBeyondTheCapIsReturnedWithItsSeconds() async throws {
        try await withServer({ req, _ in
            req.path.hasSuffix("user") ? .json(429, "{}", headers: ["Retry-After": "120"])
                : .json(503, "<h1>maintenance</h1>", headers: ["Retry-After": "3600"])
        }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.rateLimited(retryAfter: 120)) { try await client.agents() }
            await #expect(throws: AcquireError.unavailable(retryAfter: 3600)) { try await client.channels() }
            #expect(server.requests.count == 2)
        }
    }

    @Test func unavailableAfterEveryAttemptWithoutRetryAfter() async throws {
        try await withServer({ _, _ in .json(503, "") }) { server in
            await #expect(throws: AcquireError.unavailable(retryAfter: nil)) { try await makeClient(server.baseURL).agents() }
            #expect(server.requests.count == 3)
        }
    }

    @Test func proxyHTMLOn502() async throws {
        let html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"
        try await withServer({ _, _ in .raw(502, Data(html.utf8), headers: ["Content-Type": "text/html"]) }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.unavailable(retryAfter: nil)) { try await client.agents() }
            #expect(server.requests.count == 3)
            await #expect(throws: AcquireError.uncertain("HTTP 502 from a proxy")) { try await client.createCase(sampleCase) }
            #expect(server.requests.count == 4)
        }
    }

    @Test func serverErrorOnReadUncertainOnCreateNeverRetried() async throws {
        try await withServer({ _, _ in .json(500, #"{"type":"ERROR_SERVER_ERROR"}"#) }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.serverError(status: 500)) { try await client.channels() }
            await #expect(throws: AcquireError.uncertain("HTTP 500")) { try await client.createCase(sampleCase) }
            #expect(server.requests.filter { $0.method == "POST" }.count == 1)
        }
    }

    @Test func createGets503Once() async throws {
        try await withServer({ _, _ in .json(503, "", headers: ["Retry-After": "2"]) }) { server in
            await #expect(throws: AcquireError.unavailable(retryAfter: 2)) { try await makeClient(server.baseURL).createCase(sampleCase) }
            #expect(server.requests.count == 1)
        }
    }

    @Test func undecodableAnswers() async throws {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        try await withServer({ req, _ in
            switch req.path {
            case "/api/v1/account/user": return .raw(200, Data("<!DOCTYPE html><html><body><p>Please log in to the <b>proxy</b></p></body></html>".utf8))
            case "/api/v1/account/department": return .json(200, #"{"data":{"data":[{"id":1,"na"#)
            case "/api/v1/crm/channel/all": return .json(200, #"{"data":"# + deep + "}")
            default: return .raw(200, Data(repeating: UInt8(ascii: " "), count: 9 * 1024 * 1024))
            }
        }) { server in
            let client = makeClient(server.baseURL)
            await #expect(throws: AcquireError.undecodable(excerpt: "Please log in to the proxy")) { try await client.agents() }
            await #expect(throws: AcquireError.undecodable(excerpt: #"{"data":{"data":[{"id":1,"na"#)) { try await client.departments() }
            await #expect(throws: AcquireError.undecodable(excerpt: "an answer nested deeper than 64 levels")) { try await client.channels() }
            await #expect(throws: AcquireError.undecodable(excerpt: "an answer larger than the 8 MiB allowed")) { try await client.shortcuts(search: "") }
        }
    }

    @Test func timeoutIsOfflineOnReadAndUncertainOnCreate() async throws {
        try await withServer({ _, _ in
            try await Task.sleep(for: .seconds(20))
            return .json(200, "{}")
        }) { server in
            let client = makeClient(server.baseURL, timeout: 1, attempts: 1)
            await #expect(throws: AcquireError.offline("no answer within 1 s")) { try await client.agents() }
            await #expect(throws: AcquireError.uncertain("no answer within 1 s")) { try await client.createCase(sampleCase) }
            #expect(server.requests.count == 2)
        }
    }

    @Test func resetAfterSendingIsUncertainOnCreate() async throws {
        let server = try ResetServer()
        defer { server.stop() }
        let client = makeClient(server.baseURL)
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { error in
            if case AcquireError.uncertain = error { return true }
            return false
        })
        #expect(server.accepted.value == 1)
        await #expect(performing: { try await client.agents() }, throws: { error in
            if case AcquireError.offline = error { return true }
            return false
        })
        #expect(server.accepted.value == 4)
    }

    @Test func refusedIsOfflineEvenForCreate() async throws {
        let port = try ResetServer.unusedPort()
        let client = makeClient(URL(string: "http://127.0.0.1:\(port)")!)
        await #expect(throws: AcquireError.offline("the connection was refused")) { try await client.agents() }
        await #expect(throws: AcquireError.offline("the connection was refused")) { try await client.createCase(sampleCase) }
    }

    @Test func tlsFailureIsOffline() async throws {
        try await withServer({ _, _ in .json(200, "{}") }) { server in
            let client = makeClient(URL(string: "https://127.0.0.1:\(server.port)")!, attempts: 1)
            await #expect(performing: { try await client.createCase(sampleCase) }, throws: { error in
                if case AcquireError.offline = error { return true }
                return false
            })
        }
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeSending() async throws {
        let client = makeClient(URL(string: "http://acme.acquire.io")!)
        await #expect(throws: AcquireError.offline("plain http:// is only allowed to this machine; use https://")) {
            try await client.agents()
        }
        let transport = AsyncHTTPTransport()
        await #expect(throws: TransportError.notSent("plain http:// is only allowed to this machine; use https://")) {
            _ = try await transport.send(AcquireKit.HTTPRequest(method: "GET", url: URL(string: "http://10.1.2.3/x")!))
        }
    }

    @Test func redirectToAnotherHostNeverCarriesTheKey() async throws {
        try await withServer({ _, _ in .json(200, #"{"data":{"data":[]}}"#) }) { other in
            try await withServer({ req, _ in
                if req.path == "/same" { return .raw(302, Data(), headers: ["Location": "/api/v1/account/department"]) }
                if req.path == "/api/v1/account/department" { return .json(200, #"{"data":{"data":[{"id":3,"name":"Sales"}]}}"#) }
                return .raw(307, Data(), headers: ["Location": "http://localhost:\(other.port)/api/v1/account/user"])
            }) { server in
                let client = makeClient(server.baseURL)
                await #expect(performing: { try await client.agents() }, throws: { error in
                    guard case AcquireError.undecodable(let text) = error else { return false }
                    return text.contains("not followed")
                })
                #expect(other.requests.isEmpty)
                #expect(server.requests.first?.authorization == "Bearer \(testKey.secret)")
                let transport = AsyncHTTPTransport()
                let r = try await transport.send(AcquireKit.HTTPRequest(method: "GET", url: server.baseURL.appendingPathComponent("same")))
                #expect(r.status == 200)
                #expect(server.requests.last?.path == "/api/v1/account/department")
            }
        }
    }

    @Test func theKeyNeverAppearsInErrorsOrLogs() async throws {
        try await withServer({ req, _ in
            .json(400, #"{"message":"bad key \#(req.authorization ?? "")"}"#)
        }) { server in
            let lines = Locked<[String]>([])
            let logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
            let client = makeClient(server.baseURL, logger: logger)
            do {
                _ = try await client.searchContacts("zoë", page: 0, limit: 5)
                Issue.record("expected an error")
            } catch let error as AcquireError {
                #expect(!error.message.contains(testKey.secret) && !error.advice.contains(testKey.secret))
                #expect(error.message.contains("bad key Bearer ••••••••"))
            }
            let log = lines.value.joined(separator: "\n")
            #expect(!lines.value.isEmpty)
            #expect(!log.contains(testKey.secret))
            #expect(log.contains("Authorization: Bearer ••••••••"))
            #expect(log.contains("← 400 POST /api/v1/crm/contact/list"))
        }
    }
}
