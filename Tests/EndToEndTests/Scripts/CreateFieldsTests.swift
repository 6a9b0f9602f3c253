import AcquireKit
import AcquireSandbox
import Foundation
import Testing

/// `create --field`, `--reopen`, `--note` and `--mention`: exactly one create carrying the exact
/// `fields`, `threadId`, `message.type` and `mentionUsers`; the shared field rules before anything is sent.
@Suite struct CreateFieldsTests {
    @Test func fieldsNoteAndMentionsGoIntoTheOneCreate() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let agents = try await s.client().agents()
            let mentioned = [agents[1], agents[3]]
            let r = try await s.command(["create", "--contact", String(c.id), "--title", "Refund", "--message", "Internal",
                                         "--field", "priority=high", "--field", "topics=login", "--field", "topics=Billing",
                                         "--field", "reply_to=ana@example.com", "--field", "order_number=A-17",
                                         "--note", "--mention", mentioned[0].email ?? "", "--mention", String(mentioned[1].id)])
            #expect(r.status == 0, "\(r.stderr)")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first?.body == #"{"agentId":0,"channel":"chat","fields":{"order_number":"A-17","priority":"High","reply_to":"ana@example.com","topics":["Billing","Login"]},"isFromCobrowse":false,"mentionUsers":["\#(mentioned[0].id)","\#(mentioned[1].id)"],"message":{"message":"Internal","translateLangKey":"","type":"note"},"routeAgentId":0,"source":"firstMessage","title":"Refund"}"#)
        }
    }

    @Test func reopeningAClosedCaseCarriesItsThread() async throws {
        try await AppSession.using { s in
            let client = try s.client()
            // A contact whose latest case is closed.
            var closed: CaseRecord?
            for id in 1...200 where closed == nil {
                if let latest = try await client.recentCases(contactId: id, limit: 1).first, latest.isClosed { closed = latest }
            }
            let old = try #require(closed)
            let full = try await client.caseRecord(id: old.id)
            let r = try await s.command(["create", "--reopen", String(old.id), "--title", "Back", "--message", "Again",
                                         "--field", "priority=Low", "--json"])
            #expect(r.status == 0, "\(r.stderr)")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first?.query == ["contactId": String(try #require(old.contactId))])
            let thread = full.threadId ?? full.id
            let session = full.sessionId.map { #""sessionId":\#($0),"# } ?? ""
            #expect(creates.first?.body == #"{"agentId":0,"channel":"chat","fields":{"priority":"Low"},"isFromCobrowse":false,"mentionUsers":[],"message":{"message":"Again","translateLangKey":"","type":"message"},"routeAgentId":0,\#(session)"source":"firstMessage","threadId":\#(thread),"title":"Back"}"#)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(object["threadId"] as? Int == thread)
            #expect(object["id"] as? Int != old.id)
            // An open case cannot be reopened: refused before anything is sent.
            let owner = try #require(old.contactId)
            let open = try #require(try await client.recentCases(contactId: owner, limit: 1).first)
            let again = try await s.command(["create", "--reopen", String(open.id), "--title", "x", "--message", "y", "--field", "priority=Low"])
            #expect(again.status == 2)
            #expect(again.stderr.contains("not closed; only a closed case can be reopened"), "\(again.stderr)")
            #expect(try await s.creates().count == 1)
        }
    }

    @Test func fieldProblemsUseTheDefinitionsOwnWordsAndSendNothing() async throws {
        try await AppSession.using { s in
            let base = ["create", "--contact", "3", "--title", "t", "--message", "m"]
            let cases: [([String], String)] = [
                ([], "--field priority (Priority): Choose a priority for the case."),
                (["--field", "priority=meh"], "\"meh\" is not an option of priority (Priority); choose one of: \"Low\", \"Normal\", \"High\", \"Urgent\"."),
                (["--field", "priority=Low", "--field", "reply_to=not-an-address"],
                 "--field reply_to (Reply-to email): Oops! Looks like format you entered is wrong. Can you please recheck your email?"),
                (["--field", "priority=Low", "--field", "shoe_size=9"], "There is no case field \"shoe_size\"; the case fields are: "),
                (["--field", "priority"], "--field \"priority\" has no \"=\"; write --field KEY=VALUE."),
                (["--field", "priority=Low", "--mention", "nobody-at-all"], "--mention: no agent matches \"nobody-at-all\"."),
                (["--field", "priority=Low", "--reopen", "x1"], "--reopen \"x1\" is not a case id."),
            ]
            for (more, expected) in cases {
                let r = try await s.command(base + more)
                #expect(r.status == 2, "\(more): \(r.stderr)")
                #expect(r.stderr.contains(expected), "\(more): \(r.stderr)")
            }
            #expect(try await s.creates().isEmpty)
        }
    }

    @Test func definitionsThatCannotBeReadAreAWarningNotABlock() async throws {
        try await AppSession.using(faults: [try SandboxFault.parse("fields:500")]) { s in
            let r = try await s.command(["create", "--contact", "3", "--title", "t", "--message", "m"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("warning: the case fields could not be read"), "\(r.stderr)")
            #expect(try await s.creates().count == 1)
            let withFields = try await s.command(["create", "--contact", "3", "--title", "t", "--message", "m", "--field", "priority=Low"])
            #expect(withFields.status == 1, "\(withFields.stderr)")
            #expect(try await s.creates().count == 1)
        }
    }
}
