import AcquireKit
import AcquireSandbox
import Foundation
import TestSupport
import Testing

extension AppEndToEnd {
    /// Case custom fields and @ mentions end to end: the rows on compose filled by their own keys,
    /// the definitions' own messages blocking submit on review, and exactly one create whose body
    /// carries `fields` keyed by key (the case title apart) and `mentionUsers` as id strings.
    @Suite struct FieldsFlowTests {
        @Test func caseFieldsAndAMentionAreSent() async throws {
            try await AppSession.with(.init(width: 80, height: 24), sandbox: AppSession.standardSandbox) { app in
                let client = try app.client()
                let departments = try await client.departments()
                let support = try #require(departments.first { $0.name.trimmingCharacters(in: .whitespaces) == "Support" }, "no department Support: \(departments)")
                let priya = try #require(try await client.agents().first { $0.name.hasPrefix("Priya") }, "no agent Priya")
                try await app.pickContact(5)
                try await app.waitFor("Priority*")
                try await app.compose(title: "Parcel lost", message: ["Where is it?"])
                try await app.type(" @")
                try await app.waitFor("Mention an agent")
                try await app.type("priy")
                try await app.waitForScreen("the list narrowed to Priya") { $0.contains("@\(priya.name)") && $0.contains("Filter priy") }
                try await app.keys("Enter")
                try await app.waitFor("Where is it? @\(priya.name)")
                // message -> channel -> agent -> Priority
                try await app.keys("Tab", "Tab", "Tab")
                try await app.waitForScreen("the priority row has the keys") { $0.contains("Enter choose") }
                try await app.keys("Enter", "Down", "Down", "Enter")          // High
                try await app.waitFor("(•) High")
                try await app.keys("Tab", "Space")                           // Topics: its list
                try await app.waitFor("Space tick")
                try await app.keys("Space", "Down", "Down", "Space", "Enter") // Billing, Shipping
                try await app.waitFor("[x] Billing  [ ] Login  [x] Shipping")
                try await app.keys("Tab", "Enter", "Down", "Enter")          // Team: the first department, Support
                try await app.waitForScreen("the team chosen") { $0.contains("Team") && $0.contains("Support") }
                try await app.keys("Tab")
                try await app.type("A-1001")
                try await app.keys("Tab")
                try await app.type("not-an-email")
                try await app.keys("Tab")
                try await app.type("custom title")
                try await app.waitFor("custom title")
                try await app.keys("C-r")
                try await app.waitForScreen("the review refuses the bad email with the definition's message") { s in
                    s.contains("Cannot submit yet") && s.contains("Reply-to email:") && s.contains("format")
                }
                try await app.keys("Enter")           // not bound: nothing is sent
                try await app.keys("Escape", "BTab", "C-u")
                try await app.type("ops@example.com")
                try await app.waitFor("ops@example.com")
                try await app.keys("C-r")
                try await app.waitForScreen("the review lists the fields") { s in
                    s.contains("Enter sends exactly this") && s.contains("Billing, Shipping") && s.contains("Mentions @\(priya.name)")
                }
                try await app.keys("Enter")
                try await app.waitFor("Case fields (as Acquire saved them)")
                let creates = try await app.creates()
                try #require(creates.count == 1, "creates: \(creates)")
                let body = try #require(creates[0].jsonBody)
                #expect(body["title"] as? String == "Parcel lost")
                let fields = try #require(body["fields"] as? [String: Any], "body: \(creates[0].body)")
                #expect(fields["priority"] as? String == "High")
                #expect(fields["topics"] as? [String] == ["Billing", "Shipping"])
                #expect(fields["team"] as? String == String(support.id))
                #expect(fields["order_number"] as? String == "A-1001")
                #expect(fields["reply_to"] as? String == "ops@example.com")
                #expect(fields["title"] as? String == "custom title")
                #expect(Set(fields.keys) == ["priority", "topics", "team", "order_number", "reply_to", "title"])
                #expect(body["mentionUsers"] as? [String] == [String(priya.id)])
                #expect(creates[0].status == 200)
            }
        }
    }

    /// A new contact end to end: from a search that finds nobody, the form, the duplicate check
    /// (searching the email and phone), one create, then compose for the new contact.
    @Suite struct NewContactFlowTests {
        /// Fills the form opened from a search for `name` (email, phone, the required plan) and creates it.
        static func fillAndCreate(_ app: AppSession, name: String, email: String, phone: String) async throws {
            try await app.waitFor("Search")
            try await app.type(name)
            try await app.waitFor("No contact matches")
            try await app.keys("Enter")
            try await app.waitForScreen("the new contact form") { $0.contains("New contact") && $0.contains("Plan*") }
            try await app.keys("Tab")
            try await app.type(email)
            try await app.keys("Tab")
            try await app.type(phone)
            try await app.keys("Tab", "Enter", "Down", "Down", "Enter")   // Plan: Pro
            try await app.waitFor("(•) Pro")
            try await app.keys("C-r")
        }

        @Test func aNewContactIsCreatedOnceAndComposeOpensForIt() async throws {
            try await AppSession.with(.init(width: 80, height: 24), sandbox: AppSession.standardSandbox) { app in
                try await Self.fillAndCreate(app, name: "Nina Novak", email: "nina.novak@example.net", phone: "+386 1 555 0199")
                try await app.waitForScreen("compose for the new contact") { s in
                    s.contains(" Contact  Nina Novak") && s.contains("Title")
                }
                let journal = try await app.journal()
                let made = journal.filter { $0.endpoint == .createContact }
                try #require(made.count == 1, "contact creates: \(made)")
                let fields = try #require(made[0].jsonBody?["fields"] as? [String: Any], "body: \(made[0].body)")
                #expect(fields["name"] as? String == "Nina Novak")
                #expect(fields["email"] as? String == "nina.novak@example.net")
                #expect(fields["phone"] as? String == "+386 1 555 0199")
                #expect(fields["plan"] as? String == "Pro")
                // The email and the phone were searched before the create.
                let searched = journal.compactMap(\.searchText)
                #expect(searched.contains("nina.novak@example.net") && searched.contains("+386 1 555 0199"))
                // The new contact joins the recent contacts.
                try await app.keys("Escape")
                try await app.waitForScreen("the search") { $0.contains("Search") }
                try await app.keys("Escape")
                try await app.waitForScreen("Nina among the recent contacts") { $0.contains("Recent contacts") && $0.contains("Nina Novak") }
            }
        }

        @Test func anExistingEmailIsOfferedInsteadOfCreating() async throws {
            try await AppSession.with(.init(width: 80, height: 24), sandbox: AppSession.standardSandbox) { app in
                let known = try #require(try await app.client().contact(id: 7).email, "contact 7 has no email")
                try await Self.fillAndCreate(app, name: "Somebody New", email: known, phone: "")
                try await app.waitFor("Already in Acquire")
                try await app.keys("Enter")
                try await app.waitForScreen("compose for the existing contact") { $0.contains("#7") && $0.contains("Title") }
                let made = try await app.journal().filter { $0.endpoint == .createContact }
                #expect(made.isEmpty, "contact creates: \(made)")
            }
        }

        @Test func aLostAnswerIsSettledBySearchingNotBySendingAgain() async throws {
            try await AppSession.with(.init(width: 80, height: 24), sandbox: AppSession.standardSandbox) { app in
                try await app.setFaults([SandboxFault(endpoint: .createContact, kind: .dropAfterRequest, count: 1)])
                try await Self.fillAndCreate(app, name: "Lost Answer", email: "lost.answer@example.net", phone: "+1 555 0142")
                try await app.waitForScreen("compose for the contact found by searching", seconds: 90) { s in
                    s.contains(" Contact  Lost Answer") && s.contains("Title")
                }
                let journal = try await app.journal()
                let made = journal.filter { $0.endpoint == .createContact }
                #expect(made.count == 1, "contact creates: \(made)")
                #expect(journal.compactMap(\.searchText).filter { $0 == "lost.answer@example.net" }.count >= 2)
            }
        }
    }
}
