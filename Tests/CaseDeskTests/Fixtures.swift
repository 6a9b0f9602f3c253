import AcquireKit
import CaseDesk
import Foundation
import TerminalUI
import Testing

/// Fixed dates and data for the CaseDesk tests (all UTC).
enum Fx {
    static let utc = TimeZone(identifier: "UTC")!
    /// 2021-03-24 10:06:57 UTC
    static let t0 = Date(timeIntervalSince1970: 1_616_580_417)
    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static let ann = Contact(
        id: 1234, name: "Ann Lee", email: "ann.lee@example.com", phone: "+1 555 0100", company: "Acme Corp",
        fields: [
            LabelledField(key: "name", label: "Name", value: "Ann Lee"),
            LabelledField(key: "email", label: "Email", value: "ann.lee@example.com"),
            LabelledField(key: "phone", label: "Phone", value: "+1 555 0100"),
            LabelledField(key: "city", label: "City", value: "Lyon"),
            LabelledField(key: "country", label: "Country", value: "France"),
            LabelledField(key: "ip", label: "IP", value: "203.0.113.7"),
        ],
        visits: [
            Visit(id: 1, title: "Pricing", url: "https://acme.example/pricing", date: at(-86400 * 3)),
            Visit(id: 3, title: "Checkout failed", url: "https://acme.example/checkout?step=2", date: at(-600)),
            Visit(id: 2, title: "Login", url: "https://acme.example/login", date: at(-3600)),
        ])
    static let bob = Contact(id: 77, name: "Bob Martin", email: "bob@example.org", phone: "+44 20 7946 0000", company: "Globex")
    static let chen = Contact(id: 501, name: "陈伟 Chen Wei", email: "chen.wei@example.cn", phone: "+86 10 1234 5678", company: "北京公司 Beijing Co")
    static let zoe = Contact(id: 9, name: "Zoë Ångström-Łukasiewicz with a very long name indeed", email: "zoe@example.com")

    static let channels = [
        Channel(id: "audio-call", name: "Audio Call", enabled: true),
        Channel(id: "chat", name: "Chat", enabled: true),
        Channel(id: "mail", name: "Mail", enabled: true),
        Channel(id: "sms", name: "SMS", enabled: true),
    ]
    static let agents = [
        Agent(id: 1, name: "David Guetta", email: "user@example.com", status: "online"),
        Agent(id: 19, name: "hello user1", email: "u1@example.com", status: "away"),
        Agent(id: 20, name: "Maria Silva", email: "maria@example.com", status: "offline"),
    ]
    static let shortcuts = [
        MessageShortcut(id: 1, name: "greeting", message: "Hello, thanks for reaching out!", group: "General"),
        MessageShortcut(id: 2, name: "refund", message: "Your refund is on its way.", group: "Billing"),
    ]

    static func page(_ contacts: [Contact], page: Int = 0, total: Int? = nil, limit: Int = 20) -> ContactPage {
        ContactPage(contacts: contacts, total: total ?? contacts.count, page: page, limit: limit)
    }

    static func record(id: Int = 6, title: String = "Refund for order 42", message: String = "Hello,\nthe refund did not arrive.",
                       created: Date? = at(5), contact: Contact? = ann) -> CaseRecord {
        CaseRecord(id: id, threadId: 11, title: title, description: message, channel: "chat", status: "active",
                   dateQueue: created, dateCreated: created, dateActive: created.map { $0.addingTimeInterval(30) },
                   users: [CaseUser(id: 1, name: "David Guetta")], userId: 1, contactId: contact?.id ?? 1234, contact: contact)
    }
}

/// Drives `update` and keeps every effect emitted.
struct Driver {
    var state: AppState
    var effects: [Effect] = []
    /// Answers the listing of the contact's cases that precedes every create at once (as a runtime
    /// would), with `baseline`; off, a test answers it itself.
    var autoBaseline = true
    var baseline: [CaseRecord] = []

    init(size: Size = Size(width: 80, height: 24), sandbox: Bool = true) {
        state = AppState()
        send(.started(isSandbox: sandbox, now: Fx.t0, timeZone: Fx.utc, size: size))
        send(.channelsLoaded(.success(Fx.channels)))
        send(.agentsLoaded(.success(Fx.agents)))
        effects = []
    }

    /// Sends one message; returns its effects (also appended to `effects`).
    @discardableResult
    mutating func send(_ msg: Msg) -> [Effect] {
        var e = update(&state, msg)
        if autoBaseline, case .inFlight = state.sending.phase, state.sending.knownBefore == nil,
           let c = state.sending.request?.contactId, e.contains(.lookupRecentCases(contactId: c, limit: UncertainCreate.lookupLimit)) {
            e += update(&state, .recentCasesLoaded(contactId: c, .success(baseline)))
        }
        effects += e
        return e
    }

    /// Sends one message and checks it exhaustively: exactly `effects` come back, and the state
    /// changes exactly as `change` says (every other property stays as it was).
    mutating func send(_ msg: Msg, effects expected: [Effect], sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout AppState) -> Void = { _ in }) {
        var predicted = state
        change(&predicted)
        let got = send(msg)
        #expect(got == expected, "effects of \(msg)", sourceLocation: sourceLocation)
        if state != predicted {
            Issue.record("state after \(msg) differs from the stated change in: \(Self.differences(predicted, state).joined(separator: ", "))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The names of the top-level properties in which two states differ.
    static func differences(_ a: AppState, _ b: AppState) -> [String] {
        let left = Mirror(reflecting: a).children, right = Mirror(reflecting: b).children
        return zip(left, right).compactMap { l, r in
            String(describing: l.value) == String(describing: r.value) ? nil : (l.label ?? "?")
        }
    }

    @discardableResult
    mutating func key(_ k: Key) -> [Effect] { send(.key(k)) }

    /// Types each character as a key; returns all effects.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { key(.char($0)) }
    }

    /// Fires a timer as the runtime would.
    @discardableResult
    mutating func fire(_ id: TimerID, at seconds: Double = 1) -> [Effect] { send(.timer(id, at: Fx.at(seconds))) }

    /// Clears the recorded effects.
    mutating func reset() { effects = [] }

    /// The last search effect's token.
    var lastSearchToken: Int? {
        for e in effects.reversed() { if case .searchContacts(_, _, _, let t) = e { return t } }
        return nil
    }

    /// The last loadContact effect's token.
    var lastContactToken: Int? {
        for e in effects.reversed() { if case .loadContact(_, let t) = e { return t } }
        return nil
    }

    /// Searches for `query` and answers with `contacts`, then picks the first (lands on compose).
    mutating func pickAnn() {
        type("ann")
        fire(.searchDebounce)
        send(.searchResults(token: lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
        send(.contactLoaded(token: lastContactToken!, .success(Fx.ann)))
        key(.enter)
    }

    /// A filled-in form on the review screen.
    mutating func toReview(title: String = "Refund for order 42", message: String = "Hello,\nthe refund did not arrive.") {
        pickAnn()
        type(title)
        key(.tab)
        send(.paste(message))
        key(.ctrl("r"))
    }
}

extension Array where Element == Effect {
    /// The submit effects in the list.
    var submits: [CreateCaseRequest] {
        compactMap { if case .submit(let r) = $0 { return r } else { return nil } }
    }
    var searches: [(String, Int, Int)] {
        compactMap { if case .searchContacts(let q, let p, _, let t) = $0 { return (q, p, t) } else { return nil } }
    }
}
