import TestSupport
import Foundation
import Testing
@testable import AcquireKit

/// Every endpoint sends the documented request and reads the documented answer, over real HTTP.
@Suite struct ClientRequestTests {
    static func fixture(for req: SeenRequest) throws -> String {
        switch (req.method, req.path) {
        case ("POST", "/api/v1/crm/contact/list"): return "contact-search.response.json"
        case ("GET", "/api/v1/crm/objects/contact"): return "contact-list.response.json"
        case ("GET", "/api/v1/crm/objects/contact/1"): return "contact-get.response.json"
        case ("GET", "/api/v1/account/user"): return "agent-list.response.json"
        case ("GET", "/api/v1/account/department"): return "department-list.response.json"
        case ("GET", "/api/v1/crm/channel/all"): return "channel-list.response.json"
        case ("GET", "/api/v1/crm/message-shortcut"): return "shortcut-list.response.json"
        case ("POST", APIPath.createCase): return "case-create.response.json"
        case ("GET", "/api/v1/crm/objects/case/30"): return "case-get.response.json"
        case ("GET", "/api/v1/crm/objects/case"): return "case-list.response.json"
        default: return "missing"
        }
    }

    @Test func everyEndpoint() async throws {
        let server = try await TestServer.start { req, _ in
            let name = try Self.fixture(for: req)
            guard name != "missing" else { return .json(404, "") }
            return .raw(200, try Fixtures.data(name), headers: ["Content-Type": "application/json"])
        }
        defer { Task { await server.stop() } }
        let client = makeClient(server.baseURL.appendingPathComponent("/"))

        let page = try await client.searchContacts("viswanath.sarma@acquire.io", page: 1, limit: 25)
        #expect(page.contacts.map(\.id) == [6_545_537, 57] && page.page == 1 && page.limit == 25)
        let search = try #require(server.requests.last)
        #expect(search.authorization == "Bearer \(testKey.secret)")
        let body = try JSONParser().parse(search.body)
        #expect(body["payload"] == .object([]) && body["page"] == .int(1) && body["limit"] == .int(25))
        #expect(body["search"] == .string("viswanath.sarma@acquire.io"))

        #expect(try await client.listContacts(limit: 10).contacts.count == 6)
        #expect(server.requests.last?.query["limit"] == "10")
        #expect(try await client.contact(id: 1).company == "Yahoo!")
        #expect(server.requests.last?.query["relations"]?.contains("visits") == true)
        #expect(try await client.agents().count == 3)
        #expect(try await client.departments().count == 8)
        #expect(try await client.channels().count == 7)
        #expect(try await client.shortcuts(search: "a+b c").count == 7)
        #expect(server.requests.last?.query["search"] == "a+b c")

        let created = try await client.createCase(sampleCase)
        #expect(created.id == 2071)
        let create = try #require(server.requests.last)
        #expect(create.method == "POST" && create.query == ["contactId": "597752"])
        let sent = try JSONParser().parse(create.body)
        #expect(sent["title"] == .string("Printer on fire"))
        #expect(sent.value(at: "message", "type") == .string("message"))
        #expect(sent.value(at: "message", "message") == .string("Zoë says:\nit smokes 🔥"))
        #expect(sent.value(at: "message", "translateLangKey") == .string(""))
        #expect(sent["routeAgentId"] == .int(19) && sent["agentId"] == .int(19) && sent["channel"] == .string("chat"))
        #expect(sent["contactId"] == nil)

        #expect(try await client.caseRecord(id: 30).threadId == 30)
        let recent = try await client.recentCases(contactId: 1, limit: 5)
        #expect(recent.map(\.id) == [2, 1])
        #expect(server.requests.last?.query == ["where": "contactId|eq|1", "limit": "5"])
        #expect(server.requests.allSatisfy { $0.authorization == "Bearer \(testKey.secret)" })
    }

    @Test func basePathPrefixIsKept() throws {
        let client = makeClient(URL(string: "https://proxy.example/acquire/")!)
        let url = try client.url("/api/v1/account/user", query: [URLQueryItem(name: "q", value: "a+b&c")])
        #expect(url.absoluteString == "https://proxy.example/acquire/api/v1/account/user?q=a%2Bb%26c")
    }
}

@Suite struct ErrorMapperTests {
    @Test func retryAfterSecondsAndDates() {
        let now = Fixtures.utc(2015, 10, 21, 7, 28, 0)
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == 30)
        #expect(RetryAfter.seconds("Wednesday, 21-Oct-15 07:29:00 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds(nil, now: now) == nil)
        let e = ErrorMapper.error(status: 503, headers: ["retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"], body: Data(),
                                  kind: .read, what: "x", now: now)
        #expect(e == .unavailable(retryAfter: 10))
    }

    @Test func excerptStripsTagsAndIsShort() {
        let html = "<html><script>x</script><h1>Error \u{1B}[2J</h1>" + String(repeating: "word ", count: 100) + "</html>"
        let e = ErrorMapper.excerpt(Data(html.utf8))
        #expect(e.hasPrefix("x Error ^[[2J word"))
        #expect(e.count <= 120 && e.hasSuffix("…"))
        #expect(ErrorMapper.excerpt(Data()) == "an empty answer")
    }

    @Test func transportFailuresByKind() {
        #expect(ErrorMapper.error(transport: .notSent("refused"), kind: .create) == .offline("refused"))
        #expect(ErrorMapper.error(transport: .connectionLost("reset"), kind: .create) == .uncertain("reset"))
        #expect(ErrorMapper.error(transport: .connectionLost("reset"), kind: .read) == .offline("reset"))
        #expect(ErrorMapper.error(transport: .tooLarge(status: 201, limit: 8 << 20), kind: .create)
                == .uncertain("the answer was too large to read"))
        #expect(ErrorMapper.error(transport: .cancelled, kind: .read) == .cancelled)
    }

    @Test func everyErrorHasASentenceAndAdvice() {
        let all: [AcquireError] = [.notConfigured("no key"), .invalidAccount("a/b"), .unauthorized(keySource: nil), .forbidden,
                                   .notFound("case #1"), .invalidInput("bad"), .rateLimited(retryAfter: 3),
                                   .unavailable(retryAfter: nil), .serverError(status: 500), .uncertain("timeout"),
                                   .offline("refused"), .undecodable(excerpt: "<"), .cancelled]
        for e in all {
            #expect(!e.message.isEmpty && !e.advice.isEmpty)
        }
        #expect(AcquireError.rateLimited(retryAfter: 3).advice.contains("3"))
    }
}
