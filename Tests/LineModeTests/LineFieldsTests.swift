import AcquireKit
import CaseDesk
import Foundation
import Testing
@testable import LineMode

/// Custom case fields in the line mode: one question each, by number or name, checked by the shared rules.
@Suite struct LineFieldsTests {
    static func input(_ kind: FieldInputKind, required: Bool = false, options: [String] = [], email: Bool = false,
                      requiredMessage: String? = nil, validationMessage: String? = nil) -> FieldInput {
        FieldInput(kind: kind, required: required, validationFormat: email ? "email" : "any",
                   requiredErrorMessage: requiredMessage, validationErrorMessage: validationMessage, options: options)
    }

    static let definitions = [
        FieldDefinition(id: 40, object: "case", key: "priority", label: "Priority",
                        input: input(.radio, required: true, options: ["Low", "Normal", "High"], requiredMessage: "Choose a priority."), order: 1),
        FieldDefinition(id: 41, object: "case", key: "topics", label: "Topics", input: input(.checkbox, options: ["Billing", "Login"]), order: 2),
        FieldDefinition(id: 42, object: "case", key: "team", label: "Team", input: input(.department), order: 3),
        FieldDefinition(id: 44, object: "case", key: "reply_to", label: "Reply-to", input: input(.text, email: true, validationMessage: "Not an address."), order: 4),
        FieldDefinition(id: 45, object: "case", key: "title", label: "title", input: input(.text), order: 5),
    ]
    static let departments = [Department(id: 6, name: "Support", status: "active", userIDs: []),
                              Department(id: 7, name: "Billing", status: "active", userIDs: [])]

    /// At the first field question.
    static func atFields() -> Talk {
        var t = Talk()
        t.start()
        t.send(.listsLoaded(channels: .success(Talk.channels), agents: .success(Talk.agents),
                            fields: .success(FieldCatalog(definitions: definitions)), departments: .success(departments)))
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        t.type("Refund")
        t.type("m")
        t.type(".")
        t.type("")
        t.type("")
        return t
    }

    @Test func everyFieldIsAskedAndSentKeyedByItsKey() {
        var t = Self.atFields()
        #expect(t.c.step == .field(0))
        #expect(t.transcript.hasSuffix("Priority:\n  1. Low\n  2. Normal\n  3. High\nPriority (required; a number or an option): "))
        #expect(t.type("").first == .say("Choose a priority."))
        #expect(t.type("urgent").first == .say("\"urgent\" is not one of the choices for Priority; type its number or name."))
        t.type("3")
        #expect(t.c.step == .field(1))
        t.type("login, 1, Login")
        t.type("billing")
        #expect(t.c.fieldValues["team"] == .department(id: 7, name: "Billing"))
        #expect(t.type("nope").first == .say("Not an address."))
        t.type("ana@example.com")
        #expect(t.transcript.contains("title (custom field) (text; Enter leaves it empty): "))
        t.type("")
        #expect(t.c.step == .review)
        #expect(t.transcript.contains("  Priority: High\n  Topics: Login, Billing\n  Team: Billing\n  Reply-to: ana@example.com\n  Message:"))
        #expect(t.effects.last == .ask("Send it? y = send, c = contact, t = title, m = message, h = channel, a = agent, f = fields, n = note or message, @ = mentions, q = quit (the draft is kept): "))
        t.sendCase()
        guard case .submit(let r)? = t.effects.last else { Issue.record("no submit"); return }
        #expect(r.fields == ["priority": "High", "topics": .list(["Billing", "Login"]), "team": "7", "reply_to": "ana@example.com"])
        #expect(r.title == "Refund")
    }

    @Test func anInactiveDepartmentIsNeitherListedNorTaken() {
        var t = Talk()
        t.start()
        let departments = Self.departments + [Department(id: 8, name: "Escalations", status: "inactive", userIDs: [])]
        t.send(.listsLoaded(channels: .success(Talk.channels), agents: .success(Talk.agents),
                            fields: .success(FieldCatalog(definitions: Self.definitions)), departments: .success(departments)))
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        for answer in ["Refund", "m", ".", "", "", "3", "-"] { t.type(answer) }
        #expect(t.transcript.hasSuffix("Team:\n  1. Support\n  2. Billing\nTeam (a number or a department; Enter leaves it empty): "),
                "\(t.transcript.suffix(300))")
        #expect(t.type("Escalations").first == .say("\"Escalations\" is not a department for Team; type its number or name."))
        #expect(t.c.fieldValues["team"] == nil)
        t.type("2")
        #expect(t.c.fieldValues["team"] == .department(id: 7, name: "Billing"))
    }

    @Test func fieldsAreKeptInTheDraftAndRestored() {
        var t = Self.atFields()
        t.type("2")
        let saved = t.effects.compactMap { e -> Draft? in if case .saveDraft(let d) = e { return d } else { return nil } }.last
        #expect(saved?.fields == ["priority": .option("Normal")])
        var next = Talk()
        next.start(draft: saved)
        next.type("r")
        next.send(.listsLoaded(channels: .success(Talk.channels), agents: .success(Talk.agents),
                               fields: .success(FieldCatalog(definitions: Self.definitions)), departments: .success(Self.departments)))
        #expect(next.c.step == .review)
        #expect(next.transcript.contains("  Priority: Normal"))
    }

    @Test func aMissingRequiredFieldBlocksTheReviewWithItsOwnMessage() {
        var t = Talk()
        t.start(draft: Draft(contactId: 12, contactName: "Ana", title: "T", message: "M", channel: "chat", agentId: 0, updatedAt: t.now))
        t.type("r")
        t.send(.listsLoaded(channels: .success(Talk.channels), agents: .success(Talk.agents),
                            fields: .success(FieldCatalog(definitions: Self.definitions)), departments: .success([])))
        #expect(t.transcript.contains("It cannot be sent yet:\n  - Priority: Choose a priority. (f)"))
        #expect(t.type("y").first == .say("Fix the problems listed first."))
        t.type("f")
        #expect(t.c.step == .field(0))
        t.type("1")
        t.type("-")
        // No departments could be read: an id is taken as it is.
        t.type("9")
        #expect(t.c.fieldValues["team"] == .department(id: 9, name: "#9"))
    }

    @Test func unreadableDefinitionsAreAWarningNotABlock() {
        var t = Talk()
        t.start(draft: Draft(contactId: 12, contactName: "Ana", title: "T", message: "M", channel: "chat", agentId: 0, updatedAt: t.now))
        t.type("r")
        t.send(.listsLoaded(channels: .success(Talk.channels), agents: .success(Talk.agents),
                            fields: .failure(.serverError(status: 500)), departments: .success([])))
        #expect(t.c.step == .review)
        t.type("a")
        t.type("")
        #expect(t.transcript.contains("Warning: The case fields could not be read (Acquire had an internal error (HTTP 500).); the case is sent without them."))
        t.sendCase()
        #expect(t.effects.last == .submit(CreateCaseRequest(contactId: 12, title: "T", message: "M", channel: "chat")))
    }
}
