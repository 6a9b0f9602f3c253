import Foundation
import Testing
@testable import AcquireKit

/// The contact-create, case-reopen and error-on-200 examples: bodies encode as documented,
/// answers decode, an error body is an error.
@Suite struct CreateFixtureTests {
    let decoder = ResponseDecoder()

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func contactCreateBodyNestsFieldsAsTheExample() throws {
        let request = ContactCreateRequest(name: "API  Deo", email: "John@acquire.io", phone: "9460731950",
                                           fields: ["city": "San Francisco", "state": "California", "countryId": "517",
                                                    "ip": "103.61.112.45"])
        let sent = try object(try request.encodedBody())
        let documented = try object(try Fixtures.data("contact-create.request.json"))
        #expect(sent.keys.sorted() == ["fields"])
        #expect(NSDictionary(dictionary: sent["fields"] as! [String: Any])
                == NSDictionary(dictionary: documented["fields"] as! [String: Any]))
    }

    @Test func contactCreateBodyLeavesOutEmptiesAndKeepsItsOwnName() throws {
        let request = ContactCreateRequest(name: "  Zoë ", email: "", phone: " ", fields: ["name": "other", "EMAIL": "x",
                                                                                          "plan": "Pro", "tags": .list(["a"])])
        let fields = try #require(try object(try request.encodedBody())["fields"] as? [String: Any])
        #expect(fields.keys.sorted() == ["name", "plan", "tags"])
        #expect(fields["name"] as? String == "Zoë" && fields["tags"] as? [String] == ["a"])
    }

    @Test func contactCreateProblems() {
        #expect(ContactCreateRequest().problems.map(\.kind) == [.missing])
        #expect(ContactCreateRequest(phone: "123").problems.isEmpty)
        #expect(ContactCreateRequest(name: "A", email: "a@b").problems.map(\.key) == ["email"])
    }

    @Test func contactCreateAnswerHasFlatFields() throws {
        let c = try decoder.contact(try Fixtures.data("contact-create.response.json"))
        #expect(c.id == 12 && c.name == "API  Deo" && c.email == "John@acquire.io" && c.phone == "9460731950")
        #expect(c.fields.map(\.key) == ["name", "email", "phone", "city", "state", "country", "countryId", "ip"])
        #expect(c.fields.first { $0.key == "country" }?.value == "United States")
        let created = try #require(c.dateCreated)
        #expect(c.company == nil && abs(created.timeIntervalSince(Fixtures.utc(2021, 3, 10, 7, 27, 53, ms: 593))) < 0.001)
    }

    @Test func reopenBodyCarriesThreadAndSession() throws {
        let closed = CaseRecord(id: 1683, threadId: 1683, title: "old", description: "", channel: "chat", status: "closed",
                                sessionId: 3_711_819_272)
        #expect(closed.isClosed)
        let request = CreateCaseRequest(contactId: 597_752, title: "string", message: "I'm reopening the closed case",
                                        channel: "chat", mentionUsers: ["00"], isFromCobrowse: true).reopening(closed)
        #expect(request.threadId == 1683 && request.sessionId == 3_711_819_272)
        let sent = try object(try request.encodedBody())
        let documented = try object(try Fixtures.data("case-reopen.request.json"))
        #expect(NSDictionary(dictionary: sent) == NSDictionary(dictionary: documented))
    }

    @Test func reopenWithoutASessionSendsNone() throws {
        let closed = CaseRecord(id: 40, threadId: nil, title: "", description: "", channel: "chat", status: "closed")
        let request = CreateCaseRequest(contactId: 1, title: "t", message: "m", channel: "chat").reopening(closed)
        let sent = try object(try request.encodedBody())
        #expect(sent["threadId"] as? Int == 40 && sent["sessionId"] == nil)
        // A new case carries neither.
        let fresh = try object(try CreateCaseRequest(contactId: 1, title: "t", message: "m", channel: "chat",
                                                     sessionId: 5).encodedBody())
        #expect(fresh["threadId"] == nil && fresh["sessionId"] == nil)
    }

    @Test func reopenAnswerIsANewCaseOnTheOldThread() throws {
        let c = try decoder.caseRecord(try Fixtures.data("case-reopen.response.json"))
        #expect(c.id == 1694 && c.threadId == 1683 && c.parentId == 1683 && c.status == "active" && !c.isClosed)
        #expect(c.description == "I'm reopening the closed case" && c.contact?.id == 597_752)
    }

    @Test func sessionIdComesFromMetaObjectOrString() throws {
        let body = #"{"data":{"data":[{"id":1,"status":"closed","threadId":1,"meta":{"sessionId":3711819272}},{"id":2,"status":"closed","meta":"{\"sessionId\":\"42\"}"},{"id":3,"status":"active","meta":null}]}}"#
        let cases = try decoder.cases(Data(body.utf8))
        #expect(cases.map(\.sessionId) == [3_711_819_272, 42, nil])
        #expect(cases.map(\.isClosed) == [true, true, false])
    }

    @Test func noteAndMentions() throws {
        let request = CreateCaseRequest(contactId: 1, title: "t", message: "@Grace see this", channel: "chat",
                                        mentionUsers: CreateCaseRequest.mentionIDs([19, 20, 19]), messageType: .note)
        let sent = try object(try request.encodedBody())
        #expect((sent["message"] as? [String: Any])?["type"] as? String == "note")
        #expect(sent["mentionUsers"] as? [String] == ["19", "20"])
        let plain = try object(try CreateCaseRequest(contactId: 1, title: "t", message: "m", channel: "chat").encodedBody())
        #expect((plain["message"] as? [String: Any])?["type"] as? String == "message")
    }

    @Test func anErrorBodyOnHTTP200IsAnError() throws {
        let body = try Fixtures.data("error-on-200.response.json")
        let expected = AcquireError.refused(code: "CHAT_ALREADY_JOINED", message: "You have already joined this chat.")
        #expect(throws: expected) { try decoder.caseRecord(body) }
        #expect(throws: expected) { try decoder.contact(body) }
        #expect(throws: expected) { try decoder.fieldDefinitionPage(body) }
        #expect(throws: expected) { try decoder.contactPage(body, page: 0, limit: 20) }
        #expect(throws: expected) { try decoder.agents(body) }
        #expect(expected.message == "Acquire refused the request: You have already joined this chat. (CHAT_ALREADY_JOINED)")
        #expect(expected.advice.hasPrefix("Nothing was created"))
    }

    @Test func errorBodyShapes() throws {
        func error(_ text: String) -> AcquireError? {
            ErrorMapper.bodyError(in: try! JSONParser().parse(Data(text.utf8)))
        }
        #expect(error(#"{"data":{"id":1},"error":null}"#) == nil)
        #expect(error(#"{"data":{"id":1},"error":false}"#) == nil)
        #expect(error(#"{"data":{"id":1},"error":""}"#) == nil)
        #expect(error(#"{"error":"Session expired"}"#) == .refused(code: "", message: "Session expired"))
        #expect(error(#"{"error":true,"message":"No"}"#) == .refused(code: "", message: "No"))
        #expect(error(#"{"error":{}}"#) == .refused(code: "", message: "an error without a message"))
        #expect(error(#"{"error":{"code":"ERROR_UNAUTHORIZED","message":"x"}}"#) == .unauthorized(keySource: nil))
        #expect(error(#"{"error":{"code":"ERROR_UNAUTHORIZED_ACCESS"}}"#) == .forbidden)
        #expect(error(#"{"error":{"code":"ERROR_DUPLICATE_RECORD_FOUND","message":"Email exists"}}"#) == .duplicate("Email exists"))
        #expect(error(#"{"error":{"code":"SOME_CODE"}}"#) == .refused(code: "SOME_CODE", message: "some code"))
        #expect(error(#"{"error":{"code":"X","message":"\u001b]52;c;AAAA\u0007boom"}}"#)
                == .refused(code: "X", message: "^[]52;c;AAAA^Gboom"))
        // Data and an error: the error wins.
        #expect(throws: AcquireError.refused(code: "E", message: "m")) {
            try decoder.caseRecord(Data(#"{"data":{"id":5},"error":{"code":"E","message":"m"}}"#.utf8))
        }
    }

    @Test func duplicateOn400() {
        let body = Data(#"{"status":400,"type":"ERROR_DUPLICATE_RECORD_FOUND","message":"A contact with this email already exists."}"#.utf8)
        #expect(ErrorMapper.error(status: 400, headers: [:], body: body, kind: .create, what: "contact")
                == .duplicate("A contact with this email already exists."))
        #expect(ErrorMapper.error(status: 400, headers: [:], body: Data(#"{"type":"ERROR_DUPLICATE_RECORD_FOUND"}"#.utf8),
                                  kind: .create, what: "contact") == .duplicate("such a record already exists"))
    }
}
