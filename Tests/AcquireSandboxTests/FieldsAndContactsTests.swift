import TestSupport
import Foundation
import Testing
@testable import AcquireSandbox

/// Field definitions, contact create, reopen and the error body, over real HTTP.
@Suite("Fields, contacts, reopen")
struct FieldsAndContactsTests {
    static let fieldsPath = "/api/v1/crm/objects/object-field"
    static let contactPath = "/api/v1/crm/objects/contact"

    func json(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    @Test("definitions come 20 a page with count, as documented; config is sometimes a JSON string")
    func definitionPages() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let first = try #require(try await box.call("GET", Self.fieldsPath).object)
        #expect(first["page"] as? Int == 0 && first["offset"] as? Int == 0 && first["limit"] as? Int == 20)
        #expect(first["count"] as? Int == 25)
        let rows = try #require(first["data"] as? [[String: Any]])
        #expect(rows.count == 20)
        #expect(rows.map { $0["id"] as? Int ?? 0 } == rows.map { $0["id"] as? Int ?? 0 }.sorted(by: >))
        #expect(rows.contains { $0["config"] is String } && rows.contains { $0["config"] is [String: Any] })
        let foundation = try #require(rows.first { $0["key"] as? String == "foundation" })
        #expect((foundation["config"] as? [String: Any])?["input"] == nil)
        let second = try #require(try await box.call("GET", Self.fieldsPath, query: ["page": "1", "limit": "100"]).object)
        #expect((second["data"] as? [[String: Any]])?.count == 5 && second["limit"] as? Int == 20)
        let byOffset = try #require(try await box.call("GET", Self.fieldsPath, query: ["offset": "20"]).object)
        #expect((byOffset["data"] as? [[String: Any]])?.count == 5)
        let past = try #require(try await box.call("GET", Self.fieldsPath, query: ["page": "9"]).object)
        #expect((past["data"] as? [[String: Any]])?.isEmpty == true)
        // Every input type is served, and the objects are case, contact, company.
        let all = rows + (second["data"] as? [[String: Any]] ?? [])
        let types = Set(all.compactMap { row -> String? in
            let config = row["config"] as? [String: Any]
                ?? (row["config"] as? String).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            return (config?["input"] as? [String: Any])?["type"] as? String
        })
        #expect(types.isSuperset(of: ["text", "radio", "checkbox", "department", "date"]))
        #expect(Set(all.compactMap { $0["object"] as? String }) == ["case", "contact", "company"])
    }

    @Test("contact create answers the contact with flat fields; the same email is ERROR_DUPLICATE_RECORD_FOUND")
    func contactCreate() async throws {
        let box = try await TestSandbox.start(contacts: 50)
        defer { Task { await box.stop() } }
        let body = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/acquire-api/contact-create.request.json"))
        let answer = try await box.call("POST", Self.contactPath, body: body)
        #expect(answer.status == 200)
        let data = try #require(answer.object)
        #expect(data["id"] as? Int == 51 && data["archive"] as? String == "no")
        let fields = try #require(data["fields"] as? [String: Any])
        #expect(fields["name"] as? String == "API  Deo" && fields["countryId"] as? String == "517")
        #expect((fields["country"] as? [String: Any])?["name"] as? String == "United States")
        let again = try await box.call("POST", Self.contactPath, body: try json(["fields": ["email": "john@ACQUIRE.io"]]))
        #expect(again.status == 400)
        let error = try #require(again.json as? [String: Any])
        #expect(error["type"] as? String == "ERROR_DUPLICATE_RECORD_FOUND")
        #expect(error["message"] as? String == "Contact #51 already has the email john@ACQUIRE.io.")
        // It is found by search and by id, and a case can be opened for it.
        #expect((try await box.search("john@acquire.io").object?["list"] as? [[String: Any]])?.count == 1)
        #expect(try await box.call("GET", "\(Self.contactPath)/51").status == 200)
        #expect(try await box.create(contactId: "51").status == 200)
        // Unknown keys and nothing to know it by are refused.
        #expect(try await box.call("POST", Self.contactPath, body: try json(["fields": ["shoe": "42"]])).status == 400)
        #expect(try await box.call("POST", Self.contactPath, body: try json(["fields": ["plan": "Pro"]])).status == 400)
        #expect(try await box.call("POST", Self.contactPath, body: try json(["fields": ["name": "P", "plan": "Gold"]])).status == 400)
    }

    @Test("two racing creates of the same email: exactly one contact")
    func racingCreates() async throws {
        let box = try await TestSandbox.start(contacts: 20)
        defer { Task { await box.stop() } }
        let body = try json(["fields": ["name": "Twin", "email": "twin@example.invalid"]])
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try await box.call("POST", Self.contactPath, body: body).status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.sorted() == [200, 400, 400, 400, 400, 400, 400, 400])
        #expect((try await box.search("twin@example.invalid").object?["list"] as? [[String: Any]])?.count == 1)
    }

    @Test("reopen: a closed thread gets a new case id with the old threadId; an open one is refused")
    func reopen() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        var closed: [String: Any]?
        for id in 1...80 where closed == nil {
            closed = try await box.cases(contactId: id).first { $0["status"] as? String == "closed" && $0["meta"] != nil
                && ($0["meta"] as? [String: Any])?["sessionId"] != nil }
        }
        let old = try #require(closed)
        let thread = try #require(old["threadId"] as? Int)
        let session = try #require((old["meta"] as? [String: Any])?["sessionId"] as? Int)
        let contact = try #require(old["contactId"] as? Int)
        let body: [String: Any] = ["title": "again", "message": ["type": "message", "message": "back"], "channel": "chat",
                                   "threadId": thread, "sessionId": session]
        let path = APIPath.createCase
        let answer = try await box.call("POST", path, query: ["contactId": String(contact)], body: try json(body))
        #expect(answer.status == 200)
        let data = try #require(answer.object)
        #expect(data["threadId"] as? Int == thread && data["parentId"] as? Int == thread && data["id"] as? Int != old["id"] as? Int)
        let twice = try await box.call("POST", path, query: ["contactId": String(contact)], body: try json(body))
        #expect(twice.status == 400)
        var wrong = body
        wrong["threadId"] = 999_999
        #expect(try await box.call("POST", path, query: ["contactId": String(contact)], body: try json(wrong)).status == 400)
        var orphan = body
        orphan.removeValue(forKey: "threadId")
        #expect(try await box.call("POST", path, query: ["contactId": String(contact)], body: try json(orphan)).status == 400)
    }

    @Test("notes are taken, other message types and unknown mentions are refused")
    func notesAndMentions() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let path = APIPath.createCase
        func send(_ type: String, _ mentions: [Any]) async throws -> Int {
            try await box.call("POST", path, query: ["contactId": "5"], body: try json([
                "title": "t", "message": ["type": type, "message": "m", "translateLangKey": ""], "mentionUsers": mentions,
            ])).status
        }
        #expect(try await send("note", ["19", 20]) == 200)
        #expect(try await send("message", ["00"]) == 200)
        #expect(try await send("event", []) == 400)
        #expect(try await send("message", ["77777"]) == 400)
        #expect(try await send("message", ["x"]) == 400)
        let journal = await box.sandbox.journal().filter { $0.path == path }
        #expect(journal.count == 5 && journal[0].body.contains(#""note""#))
    }

    @Test("error200 answers HTTP 200 with the documented error body and stores nothing")
    func errorOn200() async throws {
        let box = try await TestSandbox.start(faults: [try SandboxFault.parse("all:error200")])
        defer { Task { await box.stop() } }
        for (method, path) in [("GET", Self.fieldsPath), ("GET", "/api/v1/account/user"), ("POST", Self.contactPath)] {
            let answer = try await box.call(method, path, body: method == "POST" ? try json(["fields": ["name": "Q"]]) : nil)
            #expect(answer.status == 200)
            #expect(answer.text == #"{"error":{"code":"CHAT_ALREADY_JOINED","data":null,"message":"You have already joined this chat."}}"#)
        }
        #expect(try await box.create(contactId: "7", title: "never").status == 200)
        await box.sandbox.setFaults([])
        #expect(try await box.cases(contactId: 7).allSatisfy { $0["title"] as? String != "never" })
        #expect((try await box.search("Q").object?["list"] as? [[String: Any]])?.contains { $0["id"] as? Int ?? 0 > 300 } == false)
    }

    @Test("error200 parses with and without a code")
    func errorOn200Parse() throws {
        #expect(try SandboxFault.parse("create:error200").kind == .errorOn200(code: "CHAT_ALREADY_JOINED"))
        #expect(try SandboxFault.parse("fields:error200=ERROR_X:once") == SandboxFault(endpoint: .fieldDefinitions,
                                                                                       kind: .errorOn200(code: "ERROR_X"), count: 1))
        #expect(try SandboxFault.parse("newcontact:drop").endpoint == .createContact)
        #expect(throws: SandboxFaultParseError.self) { try SandboxFault.parse("create:error200=") }
    }
}
