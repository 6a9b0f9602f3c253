import TestSupport
import Foundation
import Testing
@testable import AcquireSandbox

@Suite("Create")
struct CreateTests {
    @Test("contactId is validated: malformed or missing is ERROR_INVALID_INPUT, unknown is ERROR_RECORD_NOT_FOUND")
    func validation() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        for bad in ["abc", "-3", "0", "1.5", ""] {
            let answer = try await box.create(contactId: bad)
            #expect(answer.status == 400, "\(bad)")
            #expect((answer.json as? [String: Any])?["type"] as? String == "ERROR_INVALID_INPUT", "\(bad)")
        }
        let unknown = try await box.create(contactId: "301")
        #expect(unknown.status == 400)
        #expect((unknown.json as? [String: Any])?["type"] as? String == "ERROR_RECORD_NOT_FOUND")
        let badBody = try await box.call("POST", APIPath.createCase, query: ["contactId": "3"],
                                         body: Data("not json".utf8))
        #expect(badBody.status == 400)
        let badChannel = try await box.call("POST", APIPath.createCase, query: ["contactId": "3"],
                                            body: Data(#"{"channel":"pigeon"}"#.utf8))
        #expect(badChannel.status == 400)
        #expect(try await box.cases(contactId: 3).allSatisfy { $0["title"] as? String != "Printer on fire" })
    }

    @Test("a created case is stored: newest first in the contact's case list, readable by id")
    func storedAndListed() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let before = try await box.cases(contactId: 250)
        let first = try #require(try await box.create(contactId: "250", title: "First").object?["id"] as? Int)
        let second = try #require(try await box.create(contactId: "250", title: "Second").object?["id"] as? Int)
        #expect(second > first)
        let after = try await box.cases(contactId: 250)
        #expect(after.count == before.count + 2)
        #expect(after.prefix(2).compactMap { $0["id"] as? Int } == [second, first])
        #expect(after.first?["title"] as? String == "Second")
        let one = try #require(try await box.call("GET", "/api/v1/crm/objects/case/\(first)").object)
        #expect(one["title"] as? String == "First")
        #expect(one["contactId"] as? Int == 250)
        let contact = try #require(try await box.call("GET", "/api/v1/crm/objects/contact/250").object)
        #expect((contact["cases"] as? [[String: Any]])?.contains { $0["id"] as? Int == second } == true)
        // An empty body is allowed.
        let empty = try await box.call("POST", APIPath.createCase, query: ["contactId": "250"])
        #expect(empty.status == 200)
    }

    @Test("routing to an agent records it; an unknown agent is refused")
    func agents() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let routed = try await box.call("POST", APIPath.createCase, query: ["contactId": "4"],
                                        body: Data(#"{"title":"x","routeAgentId":"19","channel":"mail"}"#.utf8))
        #expect(routed.object?["userId"] as? Int == 19)
        #expect(routed.object?["channel"] as? String == "mail")
        let unknown = try await box.call("POST", APIPath.createCase, query: ["contactId": "4"],
                                         body: Data(#"{"agentId":4242}"#.utf8))
        #expect(unknown.status == 400)
    }
}
