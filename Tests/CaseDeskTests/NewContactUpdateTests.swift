import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: the new contact form")
struct NewContactUpdateTests {
    static let made = Contact(id: 900, name: "Nina Novak", email: "nina@example.com", phone: "+386 1 234 5678")

    /// A search for `query` that finds nobody.
    static func nobody(_ query: String = "Nina Novak") -> Driver {
        var d = Driver()
        d.loadFields()
        d.type(query)
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([]))))
        return d
    }

    /// The form filled in: name from the search, email, phone and the required plan.
    static func filled() -> Driver {
        var d = nobody()
        d.key(.enter)
        d.key(.tab)
        d.type("nina@example.com")
        d.key(.tab)
        d.type("+386 1 234 5678")
        d.key(.tab)            // Plan (radio, required)
        d.key(.enter)
        d.key(.down)
        d.key(.enter)          // Pro
        return d
    }

    var request: ContactCreateRequest {
        ContactCreateRequest(name: "Nina Novak", email: "nina@example.com", phone: "+386 1 234 5678", fields: ["plan": "Pro"])
    }

    @Test func enterOnASearchThatFoundNobodyOpensTheFormWithTheQuery() {
        var d = Self.nobody()
        #expect(KeyMaps.command(for: .enter, in: d.state) == .newContact)
        let list = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(list.contains("Enter creates a new contact"))
        d.key(.enter)
        #expect(d.state.screen == .newContact)
        #expect(d.state.newContact?.form.values["name"] == .text("Nina Novak"))
        // An e-mail address typed as the query goes to Email.
        #expect(NewContactState.prefilled(from: "nina@example.com").form.values == ["email": .text("nina@example.com")])
        #expect(NewContactState.prefilled(from: "+386 1 234 5678").form.values == ["phone": .text("+386 1 234 5678")])
    }

    @Test func f2OpensItFromTheContactScreenAndEscKeepsWhatWasTyped() {
        var d = Driver()
        d.key(.function(2))
        #expect(d.state.screen == .newContact)
        d.type("Ann")
        d.key(.escape)
        #expect(d.state.screen == .contact)
        d.key(.ctrl("n"))
        #expect(d.state.newContact?.form.values["name"] == .text("Ann"))
    }

    @Test func theRowsAreNameEmailPhoneThenTheContactFieldsWithoutSystemOnes() {
        var d = Self.nobody()
        d.key(.enter)
        #expect(d.state.newContactFields.map(\.key) == ["name", "email", "phone", "plan"])
    }

    @Test func problemsAreShownAndNothingIsSent() {
        var d = Self.nobody()
        d.key(.enter)
        d.key(.tab)
        d.type("nina@")
        d.send(.key(.ctrl("r")), effects: []) { $0.newContact?.phase = .editing(showProblems: true) }
        #expect(d.state.newContactProblems.map(\.message).contains("Pick the customer's plan."))
        let screen = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(screen.contains("Cannot create yet") && screen.contains("is not an e-mail address"))
    }

    @Test func theEmailAndPhoneAreSearchedFirstAndAMatchIsOfferedInstead() {
        var d = Self.filled()
        d.key(.ctrl("r"))
        guard case .checking(let token)? = d.state.newContact?.phase else { Issue.record("not checking"); return }
        #expect(d.effects.last == .findContacts(request, token: token))
        d.send(.contactsFound(token: token, .success([Fx.bob])))
        guard case .matches(let found)? = d.state.newContact?.phase else { Issue.record("no matches offered"); return }
        #expect(found == [Fx.bob])
        d.key(.enter)    // use Bob instead
        #expect(d.state.screen == .compose)
        #expect(d.state.contact == ContactRef(id: 77, name: "Bob Martin"))
        #expect(!d.effects.contains { if case .createContact = $0 { return true } else { return false } })
    }

    @Test func withoutAMatchTheContactIsCreatedOnceAndComposeOpensForIt() {
        var d = Self.filled()
        d.key(.ctrl("r"))
        guard case .checking(let token)? = d.state.newContact?.phase else { Issue.record("not checking"); return }
        d.send(.contactsFound(token: token, .success([])))
        #expect(d.effects.last == .createContact(request))
        #expect(d.state.newContact?.phase == .creating)
        // Keys while it is in flight send nothing again.
        d.key(.ctrl("r"))
        d.key(.enter)
        d.send(.contactCreated(.success(Self.made)))
        #expect(d.effects.filter { $0 == .createContact(request) }.count == 1)
        #expect(d.state.screen == .compose)
        #expect(d.state.contact == ContactRef(id: 900, name: "Nina Novak"))
        #expect(d.state.newContact == nil)
        #expect(d.state.search.recent.first?.id == 900)
        #expect(d.effects.contains { if case .rememberContact(let r) = $0 { return r.id == 900 } else { return false } })
    }

    @Test func anUncertainCreateIsSettledBySearchingNeverBySendingAgain() {
        var d = Self.filled()
        d.key(.ctrl("r"))
        guard case .checking(let t1)? = d.state.newContact?.phase else { Issue.record("not checking"); return }
        d.send(.contactsFound(token: t1, .success([])))
        d.send(.contactCreated(.failure(.uncertainContact("the connection was reset after sending"))))
        guard case .settling(_, let t2)? = d.state.newContact?.phase else { Issue.record("not settling"); return }
        #expect(d.effects.last == .findContacts(request, token: t2))
        d.send(.contactsFound(token: t2, .success([])))
        guard case .notSettled? = d.state.newContact?.phase else { Issue.record("not unsettled"); return }
        let screen = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(screen.contains("may or may not have been created") && screen.contains("l looks again"))
        d.key(.char("l"))
        guard case .settling(_, let t3)? = d.state.newContact?.phase else { Issue.record("not settling again"); return }
        d.send(.contactsFound(token: t3, .success([Self.made])))
        #expect(d.state.contact?.id == 900)
        #expect(d.effects.filter { $0 == .createContact(request) }.count == 1)
    }

    @Test func aContactThatExistedBeforeIsNotTakenAsTheOneCreated() {
        var d = Self.filled()
        d.key(.ctrl("r"))
        guard case .checking(let t1)? = d.state.newContact?.phase else { Issue.record("not checking"); return }
        // Found by phone only (another person's number ending the same): offered; back to the form and create.
        let samePhone = Contact(id: 55, name: "Someone Else", phone: "1 234 5678")
        d.send(.contactsFound(token: t1, .success([samePhone])))
        d.key(.escape)
        d.state.newContact?.existingIDs = [55]
        d.state.newContact?.phase = .creating
        d.send(.contactCreated(.failure(.uncertainContact("reset"))))
        guard case .settling(_, let t2)? = d.state.newContact?.phase else { Issue.record("not settling"); return }
        d.send(.contactsFound(token: t2, .success([samePhone])))
        guard case .notSettled? = d.state.newContact?.phase else { Issue.record("took an older contact"); return }
    }

    @Test func aRefusedCreateSaysWhyAndKeepsTheForm() {
        var d = Self.filled()
        d.key(.ctrl("r"))
        guard case .checking(let t1)? = d.state.newContact?.phase else { Issue.record("not checking"); return }
        d.send(.contactsFound(token: t1, .success([])))
        d.send(.contactCreated(.failure(.invalidInput("plan: not an option"))))
        #expect(d.state.newContact?.phase == .failed(.invalidInput("plan: not an option")))
        d.key(.escape)
        #expect(d.state.newContact?.phase == .editing(showProblems: false))
        #expect(d.state.newContact?.form.values["email"] == .text("nina@example.com"))
    }
}
