import Foundation
import Testing
@testable import AcquireSandbox

/// The answers have the fixtures' shapes, quirks included.
@Suite("Shapes")
struct ShapeTests {
    @Test("search: fields is a flat object, config a JSON-encoded string, dates without zone")
    func searchShape() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let answer = try await box.search("a", limit: 5)
        #expect(answer.status == 200)
        let data = try #require(answer.object)
        #expect((data["counts"] as? [String: Any])?["filteredCount"] is Int)
        let list = try #require(data["list"] as? [[String: Any]])
        #expect(list.count == 5)
        for item in list {
            #expect(item["fields"] is [String: Any])
            let config = try #require(item["config"] as? String)
            #expect((try? JSONSerialization.jsonObject(with: Data(config.utf8))) is [String: Any])
            #expect(item["id"] is Int)
            #expect(["name", "email", "phone"].contains(item["key"] as? String ?? ""))
            let date = try #require(item["dateCreated"] as? String)
            #expect(date.count == 19 && date.contains(" ") && !date.hasSuffix("Z"), "\(date)")
        }
    }

    @Test("created case: contact fields are an ARRAY with field.config, visits present, ISO dates")
    func createShape() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let answer = try await box.create(contactId: "12")
        #expect(answer.status == 200)
        let data = try #require(answer.object)
        #expect(data["id"] is Int)
        #expect(data["threadId"] is Int)
        #expect(data["title"] as? String == "Printer on fire")
        #expect(data["description"] as? String == "Please help")
        #expect(data["status"] as? String == "active")
        #expect(data["dateClosed"] is NSNull)
        #expect((data["dateCreated"] as? String)?.hasSuffix(".000Z") == true)
        let contact = try #require(data["contact"] as? [String: Any])
        #expect(contact["id"] as? Int == 12)
        let fields = try #require(contact["fields"] as? [[String: Any]])
        #expect(fields.count >= 7)
        let keys = fields.compactMap { ($0["field"] as? [String: Any])?["key"] as? String }
        #expect(keys.starts(with: ["name", "email", "phone"]))
        #expect(fields.allSatisfy { $0["contactId"] as? Int == 12 && $0["owner"] as? String == "contact" })
        let configs = fields.compactMap { ($0["field"] as? [String: Any])?["config"] }
        #expect(configs.contains { $0 is String }, "one config is a JSON-encoded string")
        #expect(configs.contains { $0 is [String: Any] })
        #expect(contact["visits"] is [[String: Any]])
    }

    @Test("contact list: flat fields, string ids (caseId), counts, lastVisit")
    func listShape() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let answer = try await box.call("GET", "/api/v1/crm/objects/contact", query: ["limit": "30"])
        let data = try #require(answer.object)
        let counts = try #require(data["counts"] as? [String: Any])
        #expect(counts["total"] as? Int == 300)
        let list = try #require(data["list"] as? [[String: Any]])
        #expect(list.count == 30)
        #expect(list.allSatisfy { $0["fields"] is [String: Any] })
        let withCase = list.filter { !($0["caseId"] is NSNull) }
        #expect(!withCase.isEmpty)
        #expect(withCase.allSatisfy { $0["caseId"] is String && $0["latestTimelineId"] is String })
        #expect(list.contains { ($0["lastDateUpdated"] as? String)?.count == 19 })
    }

    @Test("one contact: flat fields object, cases, visits; unknown id 404, malformed 400")
    func oneContact() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let data = try #require(try await box.call("GET", "/api/v1/crm/objects/contact/5").object)
        #expect(data["id"] as? Int == 5)
        #expect(data["fields"] is [String: Any])
        #expect(data["cases"] is [[String: Any]])
        #expect(data["visits"] is [[String: Any]])
        #expect(try await box.call("GET", "/api/v1/crm/objects/contact/999999").status == 404)
        #expect(try await box.call("GET", "/api/v1/crm/objects/contact/abc").status == 400)
    }

    @Test("agents, departments, channels, shortcuts")
    func accountShapes() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let agents = try #require(try await box.call("GET", "/api/v1/account/user").object)
        let agentRows = try #require(agents["data"] as? [[String: Any]])
        #expect(agents["count"] as? Int == agentRows.count)
        #expect(agentRows.count >= 10)
        #expect(Set(agentRows.compactMap { $0["status"] as? String }).count >= 3)
        #expect(agentRows.allSatisfy { $0["id"] is Int && $0["name"] is String && $0["email"] is String })
        let departments = try #require(try await box.call("GET", "/api/v1/account/department").object)
        let departmentRows = try #require(departments["data"] as? [[String: Any]])
        #expect(departmentRows.contains { ($0["users"] as? [[String: Any]])?.isEmpty == false })
        let channels = try #require(try await box.call("GET", "/api/v1/crm/channel/all").object)
        let ids = (channels["rows"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(ids) == ["chat", "mail", "sms", "voip", "audio-call", "video-call", "private-form"])
        let all = try #require(try await box.call("GET", "/api/v1/crm/message-shortcut", query: ["search": ""]).object)
        #expect((all["data"] as? [[String: Any]])?.count == 12)
        let some = try #require(try await box.call("GET", "/api/v1/crm/message-shortcut", query: ["search": "REFUND"]).object)
        let names = (some["data"] as? [[String: Any]] ?? []).compactMap { $0["shortcut_name"] as? String }
        #expect(names == ["Refund policy"])
    }

    @Test("one case and the case list with status filter and paging")
    func caseShapes() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let list = try #require(try await box.call("GET", "/api/v1/crm/objects/case",
                                                  query: ["where": "status|eq|active", "limit": "5", "page": "1"]).object)
        #expect(list["page"] as? Int == 1)
        #expect(list["limit"] as? Int == 5)
        #expect(list["offset"] as? Int == 5)
        let rows = try #require(list["data"] as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0["status"] as? String == "active" && $0["contact"] is [String: Any] })
        let id = try #require(rows.first?["id"] as? Int)
        let one = try #require(try await box.call("GET", "/api/v1/crm/objects/case/\(id)").object)
        #expect(one["id"] as? Int == id)
        #expect(one["threadId"] is Int)
        #expect(try await box.call("GET", "/api/v1/crm/objects/case/987654").status == 404)
        let bad = try await box.call("GET", "/api/v1/crm/objects/case", query: ["where": "colour|eq|red"])
        #expect(bad.status == 400)
    }
}
