import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import TestSupport
import Testing

/// The screens of custom fields, the new contact form and mentions.
enum FieldScreens {
    static let all: [ScreenCase] = [
        ScreenCase(name: "compose-fields") {
            var d = Driver.composeWithFields()
            d.focusField("priority")
            d.key(.enter)
            d.key(.down)
            d.key(.enter)
            d.focusField("reply_to")
            d.type("ops@example.com")
            return d.state
        },
        ScreenCase(name: "compose-fields-checkbox") {
            var d = Driver.composeWithFields()
            d.focusField("topics")
            d.key(.enter)
            d.key(.char(" "))
            d.key(.down)
            return d.state
        },
        ScreenCase(name: "compose-fields-warning") {
            var d = Driver()
            d.send(.fieldDefinitionsLoaded(.failure(.offline("connection refused"))))
            d.pickAnn()
            d.type("Refund for order 42")
            return d.state
        },
        ScreenCase(name: "review-fields-problems") {
            var d = Driver.composeWithFields()
            d.focusField("reply_to")
            d.type("not-an-email")
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "compose-mention-picker") {
            var d = Driver()
            d.pickAnn()
            d.type("Refund")
            d.key(.tab)
            d.type("Could you check, @ma")
            return d.state
        },
        ScreenCase(name: "new-contact") {
            var d = NewContactUpdateTests.nobody()
            d.key(.enter)
            d.key(.tab)
            d.type("nina@example.com")
            return d.state
        },
        ScreenCase(name: "new-contact-problems") {
            var d = NewContactUpdateTests.nobody()
            d.key(.enter)
            d.key(.tab)
            d.type("nina@")
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "new-contact-matches") {
            var d = NewContactUpdateTests.filled()
            d.key(.ctrl("r"))
            if case .checking(let t)? = d.state.newContact?.phase { d.send(.contactsFound(token: t, .success([Fx.bob]))) }
            return d.state
        },
        ScreenCase(name: "new-contact-not-settled") {
            var d = NewContactUpdateTests.filled()
            d.key(.ctrl("r"))
            if case .checking(let t)? = d.state.newContact?.phase { d.send(.contactsFound(token: t, .success([]))) }
            d.send(.contactCreated(.failure(.uncertainContact("the connection was reset after sending"))))
            if case .settling(_, let t)? = d.state.newContact?.phase { d.send(.contactsFound(token: t, .success([]))) }
            return d.state
        },
        ScreenCase(name: "search-preview-cases") {
            var d = Driver()
            d.type("ann")
            d.fire(.searchDebounce)
            d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
            d.send(.contactLoaded(token: d.lastContactToken!, .success(Fx.ann)))
            d.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
            return d.state
        },
        ScreenCase(name: "result-fields") { Driver.resultWithFields().state },
    ]
}

@Suite("screens: fields, new contact and mentions at 80x24 and 40x12")
struct FieldScreenSnapshotTests {
    @Test(arguments: FieldScreens.all)
    func screen(_ screen: ScreenCase) {
        ScreenSnapshotTests.check(screen)
    }
}
