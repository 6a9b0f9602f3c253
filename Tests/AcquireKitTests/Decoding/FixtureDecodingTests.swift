import Foundation
import Testing
@testable import AcquireKit

/// Every documented example body decodes, and the decoded values are the ones in the file.
@Suite struct FixtureDecodingTests {
    let decoder = ResponseDecoder()

    @Test func everyFixtureIsPresentAndParses() throws {
        #expect(Fixtures.allNames.count == 19)
        for name in Fixtures.allNames {
            #expect((try? JSONParser().parse(try Fixtures.data(name))) != nil, "\(name)")
        }
    }

    @Test func agentList() throws {
        let agents = try decoder.agents(try Fixtures.data("agent-list.response.json"))
        #expect(agents.map(\.id) == [1, 19, 20])
        #expect(agents[0] == Agent(id: 1, name: "David Guetta", email: "user@example.com", status: "active", type: "user"))
        #expect(agents[1].name == "hello user1")
    }

    @Test func departmentList() throws {
        let deps = try decoder.departments(try Fixtures.data("department-list.response.json"))
        #expect(deps.map(\.id) == Array(6...13))
        #expect(deps[0] == Department(id: 6, name: "eswweew ", status: "active", userIDs: []))
        #expect(deps.first { $0.name == "Youpps" }?.userIDs == [20])
        #expect(deps.first { $0.name == "robust" }?.userIDs == [19])
    }

    @Test func channelList() throws {
        let channels = try decoder.channels(try Fixtures.data("channel-list.response.json"))
        #expect(channels.map(\.id) == ["audio-call", "chat", "mail", "private-form", "sms", "video-call", "voip"])
        #expect(channels[1] == Channel(id: "chat", name: "Chat", enabled: true))
        #expect(channels.allSatisfy { $0.enabled })
    }

    @Test func shortcutListAndGroups() throws {
        let list = try decoder.shortcuts(try Fixtures.data("shortcut-list.response.json"))
        #expect(list.map(\.id) == [1, 8, 15, 22, 28, 29, 30])
        #expect(list[3].name == "Only Image")
        #expect(list[3].group == "TYUYUY")
        #expect(list[0].group == nil)
        #expect(list[2].message.hasPrefix("Hello **_Guys_**\n\n![image](https://uat-drive.acquire.io/"))
        #expect(list[6].message.hasPrefix("\\u{1f44b}\\u{1f60d}\n\n\\u{1f602}\n"))
        #expect(try decoder.shortcutGroups(try Fixtures.data("shortcut-groups.response.json")) == ["TYUYUY"])
    }

    @Test func contactGet() throws {
        let c = try decoder.contact(try Fixtures.data("contact-get.response.json"))
        #expect(c.id == 1)
        #expect(c.name == "test" && c.email == "test@yahoo.com" && c.phone == "1343435454545")
        #expect(c.displayName == "test")
        #expect(c.company == "Yahoo!")
        #expect(c.fields.map(\.key) == ["name", "email", "phone", "city", "state", "country", "countryId", "ip"])
        #expect(c.fields.first { $0.key == "country" }?.value == "India")
        #expect(c.fields.first { $0.key == "countryId" } == LabelledField(key: "countryId", label: "countryId", value: "387"))
        #expect(c.visits.isEmpty)
        #expect(c.dateCreated == Fixtures.utc(2020, 8, 11, 7, 25, 59))
    }

    @Test func contactList() throws {
        let page = try decoder.contactPage(try Fixtures.data("contact-list.response.json"), page: 0, limit: 20)
        #expect(page.contacts.map(\.id) == [82, 80, 79, 78, 77, 1])
        #expect(page.total == 6 && !page.hasMore)
        let first = page.contacts[0]
        #expect(first.displayName == "test" && first.company == "Gmail" && first.phone == "23232323")
        #expect(first.visits.map(\.id) == [24, 23])
        #expect(first.timeline.map(\.id) == [24, 23])
        #expect(first.visits[1].date == Fixtures.utc(2020, 9, 9, 10, 1, 36))
        #expect(first.visits[1].url == "https://suthar.uat.env.acquire.io/simulate")
        #expect(page.contacts[1].displayName == "#80")
        #expect(page.contacts[3].displayName == "test@facebook.com" && page.contacts[3].company == "Facebook")
        #expect(page.contacts[4].displayName == "Surendra Sutahr")
    }

    @Test func contactSearch() throws {
        let page = try decoder.contactPage(try Fixtures.data("contact-search.response.json"), page: 0, limit: 10)
        #expect(page.contacts.map(\.id) == [6_545_537, 57])
        #expect(page.total == 2)
        let a = page.contacts[0]
        #expect(a.name == nil && a.displayName == "viswanath.sarma@acquire.io" && a.company == "Acquire")
        #expect(a.dateCreated == Fixtures.utc(2021, 7, 16, 11, 49, 24))
        #expect(a.fields.map(\.key) == ["email", "city", "state", "country", "countryId", "ip", "calling_code", "contact_country_flag"])
        #expect(a.fields[0] == LabelledField(key: "email", label: "Email!!!!", value: "viswanath.sarma@acquire.io"))
        #expect(a.fields[2].value == "" && a.fields[3].value == "United States")
        let b = page.contacts[1]
        #expect(b.displayName == "Viswanath Sarma" && b.phone == "7412356890" && b.company == nil)
    }

    @Test func contactSearchRequestBody() throws {
        let body = try ContactSearchBody(page: 0, limit: 0, search: "viswanath.sarma@acquire.io").encoded()
        #expect(try sameJSON(body, try Fixtures.data("contact-search.request.json")))
    }

    @Test func caseCreateRequestBody() throws {
        let request = CreateCaseRequest(contactId: 597_752, title: "string", message: "I'm reopening the closed case",
                                        channel: "chat", mentionUsers: ["00"], isFromCobrowse: true)
        #expect(try sameJSON(try request.encodedBody(), try Fixtures.data("case-create.request.json")))
    }

    @Test func caseCreateResponse() throws {
        let c = try decoder.caseRecord(try Fixtures.data("case-create.response.json"))
        #expect(c.id == 2071 && c.threadId == 1683 && c.userId == 25)
        #expect(c.title == "string" && c.description == "I'm reopening the closed case")
        #expect(c.channel == "chat" && c.status == "active")
        #expect(c.dateQueue == Fixtures.utc(2021, 3, 30, 18, 21, 41, ms: 338))
        #expect(c.dateCreated == Fixtures.utc(2021, 3, 30, 18, 21, 41))
        #expect(c.datePending == nil && c.dateClosed == nil && c.dateUpdated == nil)
        #expect(c.users.isEmpty && c.fields.isEmpty)
        #expect(c.contactId == 597_752)
        let contact = try #require(c.contact)
        #expect(contact.displayName == "#597752")
        #expect(contact.fields.map(\.label) == ["Name", "Email!!!!", "city", "state", "countryId", "ip"])
        #expect(contact.fields.map(\.value) == ["", "", "", "", "517", "2402:8100:21f5:3d13:d9da:18ea:aa28:f778"])
        #expect(contact.visits.map(\.id) == [1367, 1368, 1369, 1370, 1371])
        #expect(contact.timeline.first?.id == 1371)
        #expect(contact.visits[0].title == "Acquire | Test Simulate Page")
        #expect(contact.visits[0].date == Fixtures.utc(2021, 3, 24, 10, 6, 57))
        #expect(contact.company == nil)
    }

    @Test func caseGet() throws {
        let c = try decoder.caseRecord(try Fixtures.data("case-get.response.json"))
        #expect(c.id == 30 && c.threadId == 30 && c.channel == "chat" && c.status == "active" && c.title == "")
        #expect(c.contactId == 5 && c.contact?.id == 5 && c.contact?.dateCreated == Fixtures.utc(2020, 12, 10, 11, 54, 24))
    }

    @Test func caseList() throws {
        let cases = try decoder.cases(try Fixtures.data("case-list.response.json"))
        #expect(cases.map(\.id) == [1, 2])
        #expect(cases.allSatisfy { $0.contactId == 1 && $0.channel == "chat" })
        #expect(AcquireClient.newestFirst(cases).map(\.id) == [2, 1])
    }

    @Test func hostileTextIsSanitizedAtDecode() throws {
        let body = #"{"data":{"list":[{"id":"9","fields":{"name":"\u001b]0;pwned\u0007Eve\u202e","email":"e@x"},"visits":[{"id":1,"title":"\u009b2J","url":"https://x/\u001b[2J","dateCreated":"2021-01-01 00:00:00"}]}],"counts":{"total":"1"}}}"#
        let page = try decoder.contactPage(Data(body.utf8), page: 0, limit: 10)
        let c = try #require(page.contacts.first)
        #expect(c.id == 9 && page.total == 1)
        #expect(c.displayName == "^[]0;pwned^GEve\\u{202E}")
        #expect(c.visits[0].title == "\\u{9B}2J" && c.visits[0].url == "https://x/^[[2J")
    }

    @Test func wrongShapesAreUndecodable() {
        #expect(throws: AcquireError.self) { try decoder.agents(Data(#"{"data":{"nothing":1}}"#.utf8)) }
        #expect(throws: AcquireError.self) { try decoder.contact(Data(#"{"data":null}"#.utf8)) }
        #expect(throws: AcquireError.undecodable(excerpt: "Bad Gateway nginx")) {
            try decoder.contact(Data("<html><body><h1>Bad Gateway</h1><hr>nginx</body></html>".utf8))
        }
    }

    /// Same JSON document, ignoring key order and formatting.
    func sameJSON(_ a: Data, _ b: Data) throws -> Bool {
        let x = try JSONSerialization.jsonObject(with: a) as? NSDictionary
        let y = try JSONSerialization.jsonObject(with: b) as? NSDictionary
        return x != nil && x == y
    }
}
