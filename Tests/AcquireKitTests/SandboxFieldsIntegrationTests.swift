import Foundation
import Testing
import AcquireSandbox
@testable import AcquireKit

/// The real client against the sandbox on loopback: field definitions over two pages, custom fields,
/// contact create with the duplicate check, reopen, notes and mentions, as the journal shows them.
@Suite struct SandboxFieldsIntegrationTests {
    static let fieldsPath = "/api/v1/crm/objects/object-field"
    static let contactPath = "/api/v1/crm/objects/contact"

    /// The JSON body of the last request to `path`.
    func lastBody(_ h: SandboxHarness, _ path: String, method: String = "POST") async throws -> [String: Any] {
        let entry = try #require(await h.sandbox.journal().last { $0.path == path && $0.method == method })
        return try #require(try JSONSerialization.jsonObject(with: Data(entry.body.utf8)) as? [String: Any])
    }

    @Test func definitionsAreReadOverBothPages() async throws {
        try await SandboxHarness.with { h in
            let catalog = try await h.client.fieldDefinitions()
            #expect(catalog.definitions.count == 25 && catalog.warning == nil)
            let reads = await h.sandbox.journal().filter { $0.path == Self.fieldsPath }
            #expect(reads.map { $0.query["page"] } == ["0", "1"])
            #expect(reads.map { $0.query["offset"] } == ["0", "20"])
            let form = catalog.formFields(for: .case)
            #expect(form.map(\.key) == ["priority", "topics", "team", "order_number", "reply_to", "title", "due_date"])
            #expect(form.map(\.kind) == [.radio, .checkbox, .department, .text, .text, .text, .text])
            #expect(form[0].isRequired && form[0].input?.requiredErrorMessage == "Choose a priority for the case.")
            #expect(form[3].label == "Order number")  // config as a JSON string
            #expect(form[4].input?.wantsEmail == true && form[6].input?.serverType == "date")
            let contactForm = catalog.formFields(for: .contact, excludingKeys: ContactCreateRequest.standardKeys)
            #expect(contactForm.map(\.key) == ["city", "plan", "customer_since", "account_manager", "vip", "notes", "home_team", "ip"])
            #expect(catalog.formFields(for: .company).map(\.key) == ["employees"])
        }
    }

    @Test func hostileLabelsAndMessagesArriveSanitized() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .fieldDefinitions, kind: .hostileText)]) { h in
            let catalog = try await h.client.fieldDefinitions()
            let strings = allStrings(in: catalog.definitions)
            #expect(strings.contains { $0.text.contains("^[") })
            #expect(strings.allSatisfy { !$0.text.unicodeScalars.contains(where: Sanitizer.isForbidden) })
            // Options are not decorated: values chosen from them pass the sandbox's own check.
            let form = catalog.formFields(for: .case)
            var request = h.draft(contactId: 3, title: "hostile labels")
            request.fields = FieldEncoding.body(["priority": .option(form[0].options[0])], definitions: form)
            _ = try await h.client.createCase(request)
            #expect(FieldRules.problems([:], definitions: form).allSatisfy {
                !$0.message.unicodeScalars.contains(where: Sanitizer.isForbidden) })
        }
    }

    @Test func customFieldsTravelKeyedByKeyAndComeBack() async throws {
        try await SandboxHarness.with { h in
            let form = try await h.client.fieldDefinitions().formFields(for: .case)
            let departments = try await h.client.departments()
            let team = try #require(departments.first)
            let values = try FieldArguments.parse(
                ["priority=high", "topics=Login", "topics=Billing", "team=\(team.name)", "title=legacy title",
                 "reply_to=zoe@example.com", "due_date=2026-12-24"], definitions: form, departments: departments)
            #expect(FieldRules.problems(values, definitions: form).isEmpty)
            var request = h.draft(contactId: 3, title: "The real title")
            request.fields = FieldEncoding.body(values, definitions: form)
            let record = try await h.client.createCase(request)
            let sent = try await lastBody(h, SandboxHarness.createPath)
            let fields = try #require(sent["fields"] as? [String: Any])
            #expect(fields["priority"] as? String == "High")
            #expect(fields["topics"] as? [String] == ["Billing", "Login"])
            #expect(fields["team"] as? String == String(team.id))
            #expect(fields["title"] as? String == "legacy title" && sent["title"] as? String == "The real title")
            #expect(fields.count == 6)
            #expect(record.title == "The real title")
            #expect(record.fields.map(\.label) == ["Priority", "Topics", "Team", "Reply-to email", "title", "Due date"])
            #expect(record.fields.first { $0.key == "topics" }?.value == "Billing, Login")
            #expect(await h.creates() == 1)
        }
    }

    @Test func theSandboxRefusesValuesTheFormWouldRefuse() async throws {
        try await SandboxHarness.with { h in
            var request = h.draft(contactId: 3, title: "bad radio")
            request.fields = ["priority": "Whenever"]
            await #expect(throws: AcquireError.invalidInput(
                "\"Whenever\" is not an option of Priority (priority); the options are: Low, Normal, High, Urgent.")) {
                try await h.client.createCase(request)
            }
            request.fields = ["reply_to": "not an address"]
            await #expect(throws: AcquireError.invalidInput(
                "Oops! Looks like format you entered is wrong. Can you please recheck your email?")) {
                try await h.client.createCase(request)
            }
            request.fields = ["colour": "red"]
            await #expect(throws: AcquireError.self) { try await h.client.createCase(request) }
            let absent = try await h.absent(contactId: 3, title: "bad radio")
            #expect(absent)
        }
    }

    @Test func aNewContactIsCreatedFoundAndNotCreatedTwice() async throws {
        try await SandboxHarness.with { h in
            let request = ContactCreateRequest(name: "Zoë Ünal", email: "zoe.unal@example.net", phone: "+44 20 7946 0958",
                                               fields: ["plan": "Pro", "vip": .list(["yes"])])
            #expect(try await h.client.contactsMatching(request).isEmpty)
            let contact = try await h.client.createContact(request)
            #expect(contact.id == 201 && contact.name == "Zoë Ünal" && contact.email == "zoe.unal@example.net")
            let sent = try await lastBody(h, Self.contactPath)
            #expect(sent.keys.sorted() == ["fields"])
            #expect((sent["fields"] as? [String: Any])?["vip"] as? [String] == ["yes"])
            // Search, one contact and the listing know it; a case can be opened for it.
            #expect(try await h.client.contactsMatching(request).map(\.id) == [201])
            #expect(try await h.client.searchContacts("ünal", page: 0, limit: 5).contacts.map(\.id) == [201])
            #expect(try await h.client.contact(id: 201).fields.contains { $0.key == "plan" && $0.value == "Pro" })
            let record = try await h.client.createCase(h.draft(contactId: 201, title: "first case"))
            #expect(record.contact?.displayName == "Zoë Ünal")
            // The same email again is the documented duplicate error.
            await #expect(throws: AcquireError.duplicate("Contact #201 already has the email ZOE.UNAL@example.net.")) {
                try await h.client.createContact(ContactCreateRequest(name: "Other", email: "ZOE.UNAL@example.net"))
            }
            #expect(await h.sandbox.journal().filter { $0.path == Self.contactPath && $0.method == "POST" }.count == 2)
        }
    }

    @Test func aGeneratedContactsEmailOrPhoneIsADuplicate() async throws {
        try await SandboxHarness.with { h in
            let existing = try #require(try await h.client.listContacts(limit: 50).contacts.first { $0.email != nil && $0.phone != nil })
            let byEmail = ContactCreateRequest(name: "X", email: existing.email!.uppercased())
            #expect(try await h.client.contactsMatching(byEmail).map(\.id).contains(existing.id))
            await #expect(throws: AcquireError.self) { try await h.client.createContact(byEmail) }
            let byPhone = ContactCreateRequest(name: "Y", phone: existing.phone!)
            #expect(try await h.client.contactsMatching(byPhone).map(\.id).contains(existing.id))
            do {
                _ = try await h.client.createContact(byPhone)
                Issue.record("a duplicate phone was created")
            } catch let error as AcquireError {
                #expect(error == .duplicate("Contact #\(existing.id) already has the phone \(existing.phone!)."))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func anUncertainContactCreateIsSettledBySearching() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .createContact, kind: .dropAfterRequest, count: 1)]) { h in
            let request = ContactCreateRequest(name: "Dropped Dora", email: "dora@example.org", phone: "5550100")
            let before = Set(try await h.client.contactsMatching(request).map(\.id))
            await #expect(throws: AcquireError.self) { try await h.client.createContact(request) }
            do {
                _ = try await h.client.createContact(ContactCreateRequest(name: "unused"))
            } catch {}
            // Exactly one create of Dora reached the server: the client never sends a create twice.
            let doras = await h.sandbox.journal().filter { $0.path == Self.contactPath && $0.body.contains("dora@example.org") }
            #expect(doras.count == 1)
            let found = try await h.client.contactsMatching(request)
            #expect(ContactMatching.created(by: request, in: found, existingIDs: before)?.name == "Dropped Dora")
        }
    }

    @Test func aDroppedContactCreateIsUncertainNotAFailure() async throws {
        try await SandboxHarness.with(faults: [SandboxFault(endpoint: .createContact, kind: .dropAfterRequest)]) { h in
            do {
                _ = try await h.client.createContact(ContactCreateRequest(name: "D", email: "d@example.org"))
                Issue.record("a dropped create succeeded")
            } catch let error as AcquireError {
                guard case .uncertainContact = error else { Issue.record("not uncertain: \(error)"); return }
                #expect(error.message.hasPrefix("The contact may or may not have been created"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func contactCreateStatusesSayWhetherItMayExist() async throws {
        try await SandboxHarness.with { h in
            // 500 after storing: it may exist (and does); never sent again.
            await h.fault(SandboxFault(endpoint: .createContact, kind: .status(500), count: 1, stored: true))
            let first = ContactCreateRequest(name: "Five Hundred", email: "five.hundred@example.invalid")
            do {
                _ = try await h.client.createContact(first)
                Issue.record("a 500 succeeded")
            } catch let error as AcquireError {
                #expect(error == .uncertainContact("HTTP 500"))
            }
            #expect(ContactMatching.created(by: first, in: try await h.client.contactsMatching(first), existingIDs: []) != nil)
            // 503: not done, come back later; 400: refused.
            await h.fault(SandboxFault(endpoint: .createContact, kind: .status(503, retryAfter: "7"), count: 1))
            await #expect(throws: AcquireError.unavailable(retryAfter: 7)) {
                try await h.client.createContact(ContactCreateRequest(name: "Later", email: "later@example.invalid"))
            }
            await #expect(throws: AcquireError.self) {
                try await h.client.createContact(ContactCreateRequest(name: "Bad plan", fields: ["plan": "Gold"]))
            }
            let posts = await h.sandbox.journal().filter { $0.path == Self.contactPath && $0.method == "POST" }
            #expect(posts.count == 3)
        }
    }

    /// A closed chat case (it has a session) of one of the first contacts.
    func closedChatCase(_ h: SandboxHarness) async throws -> CaseRecord {
        for id in 1...60 {
            if let c = try await h.client.recentCases(contactId: id, limit: 10).first(where: { $0.isClosed && $0.sessionId != nil }) {
                return c
            }
        }
        throw AcquireError.notFound("closed chat case")
    }

    @Test func reopenIsANewCaseOnTheOldThread() async throws {
        try await SandboxHarness.with { h in
            let closed = try await closedChatCase(h)
            let contactId = try #require(closed.contactId)
            let request = CreateCaseRequest(contactId: contactId, title: "Back again", message: "It broke again",
                                            channel: "chat").reopening(closed)
            let record = try await h.client.createCase(request)
            #expect(record.id != closed.id && record.threadId == closed.threadId && record.parentId == closed.threadId)
            let sent = try await lastBody(h, SandboxHarness.createPath)
            #expect(sent["threadId"] as? Int == closed.threadId && sent["sessionId"] as? Int == closed.sessionId)
            // The reopened case is the thread's latest: it is active, so the thread cannot be reopened again.
            let latest = try #require(try await h.client.recentCases(contactId: contactId, limit: 10).first)
            #expect(latest.id == record.id && latest.sessionId == closed.sessionId && !latest.isClosed)
            await #expect(throws: AcquireError.self) { try await h.client.createCase(request) }
            #expect(await h.creates() == 2)
        }
    }

    @Test func notesAndMentionsAreSentAsDocumented() async throws {
        try await SandboxHarness.with { h in
            let agents = try await h.client.agents()
            let mentioned = Array(agents.prefix(2).map(\.id))
            var request = h.draft(contactId: 4, title: "Internal")
            request.messageType = .note
            request.mentionUsers = CreateCaseRequest.mentionIDs(mentioned)
            _ = try await h.client.createCase(request)
            let sent = try await lastBody(h, SandboxHarness.createPath)
            #expect((sent["message"] as? [String: Any])?["type"] as? String == "note")
            #expect(sent["mentionUsers"] as? [String] == mentioned.map(String.init))
            request.mentionUsers = ["424242"]
            await #expect(throws: AcquireError.invalidInput("Unknown user 424242 in mentionUsers.")) {
                try await h.client.createCase(request)
            }
        }
    }
}
