import AcquireKit
import CaseDesk
import Foundation
import Testing
@testable import LineMode

/// Drives a conversation the way the runner does, keeping every effect.
struct Talk {
    var c = LineConversation(isSandbox: false, timeZone: TimeZone(identifier: "UTC")!)
    var effects: [LineEffect] = []
    var now = Date(timeIntervalSince1970: 1_800_000_000)

    static let ana = Contact(id: 12, name: "Ana Lima", email: "ana@example.com", phone: "+49 30 1234")
    static let bo = Contact(id: 13, name: "Bo Chen", email: "bo@example.com")
    static let channels = [Channel(id: "chat", name: "Chat", enabled: true), Channel(id: "mail", name: "Email", enabled: true),
                           Channel(id: "sms", name: "SMS", enabled: false)]
    static let agents = [Agent(id: 3, name: "José Silva", email: "jose@acme.test", status: "online"),
                         Agent(id: 4, name: "Joseph Kim", email: "jkim@acme.test", status: "away")]

    @discardableResult
    mutating func start(draft: Draft? = nil) -> [LineEffect] { record(c.start(draft: draft, now: now)) }

    @discardableResult
    mutating func type(_ line: String) -> [LineEffect] { record(c.handle(.line(line), now: now)) }

    @discardableResult
    mutating func send(_ event: LineEvent) -> [LineEffect] { record(c.handle(event, now: now)) }
    /// Types `answer` (y, s or r: send) and answers the baseline listing of the contact's cases.
    @discardableResult
    mutating func sendCase(_ answer: String = "y", baseline: [CaseRecord] = []) -> [LineEffect] {
        type(answer) + send(.recentCases(.success(baseline)))
    }

    mutating func record(_ e: [LineEffect]) -> [LineEffect] {
        effects += e
        return e
    }

    @discardableResult
    mutating func lists() -> [LineEffect] { send(.listsLoaded(channels: .success(Self.channels), agents: .success(Self.agents))) }

    /// Start, pick Ana by search, type a title and a two-line message, keep channel and agent: at the review.
    mutating func toReview() {
        start()
        lists()
        type("ana")
        send(.contactsFound(.success(ContactPage(contacts: [Self.ana, Self.bo], total: 2, page: 0, limit: 20))))
        type("1")
        type("Refund")
        type("Card charged twice.")
        type("Please refund.")
        type(".")
        type("")
        type("")
    }

    /// All text printed, in order.
    var transcript: String {
        effects.compactMap { e -> String? in
            switch e {
            case .say(let t): return t + "\n"
            case .ask(let t): return t
            default: return nil
            }
        }.joined()
    }
}

@Suite struct LineConversationTests {
    @Test func aWholeCaseOneQuestionAtATime() {
        var t = Talk()
        let first = t.start()
        #expect(first.contains(.loadLists))
        #expect(first.last == .ask("Contact (name, e-mail, phone or #id): "))
        #expect(t.c.wantsLine)
        #expect(t.type("ana") == [.say("Searching for \"ana\"…"), .searchContacts("ana")])
        #expect(!t.c.wantsLine)
        let listed = t.send(.contactsFound(.success(ContactPage(contacts: [Talk.ana, Talk.bo], total: 2, page: 0, limit: 20))))
        #expect(listed.first == .say("2 contacts match \"ana\":\n  1. Ana Lima <ana@example.com> +49 30 1234 (#12)\n  2. Bo Chen <bo@example.com> (#13)"))
        let picked = t.type("1")
        #expect(picked.contains(.say("Contact: Ana Lima <ana@example.com> +49 30 1234 (#12)")))
        #expect(picked.last == .ask("Title: "))
        t.type("Refund")
        #expect(t.c.step == .message)
        t.type("Card charged twice.")
        t.type("Please refund.")
        // The channel list waits for the lists that were asked for at the start.
        let waiting = t.type(".")
        #expect(waiting.last == .say("Loading channels and agents…"))
        #expect(!waiting.contains(.loadLists))
        let channels = t.lists()
        #expect(channels.first == .say("Channels:\n  1. Chat (chat)\n  2. Email (mail)"))
        t.type("2")
        #expect(t.c.channel == "mail")
        let agents = t.type("kim")
        #expect(agents.contains(.say("Agent: Joseph Kim (#4)")))
        #expect(t.c.step == .review)
        #expect(t.transcript.contains("""
            Review the case:
              Contact: Ana Lima (#12)
              Title: Refund
              Channel: Email (mail)
              Agent: Joseph Kim (#4)
              Message:
                Card charged twice.
                Please refund.
            """))
        // The contact's case ids are listed first (the baseline); the create leaves only then.
        let sent = t.type("y")
        #expect(sent == [.say("Sending…"), .lookupRecentCases(contactId: 12)])
        let request = CreateCaseRequest(contactId: 12, title: "Refund", message: "Card charged twice.\nPlease refund.",
                                        channel: "mail", routeAgentId: 4)
        // The draft says "sent at T" first (see theDraftIsMarkedSentBeforeTheCreateLeaves).
        #expect(t.send(.recentCases(.success([]))) == [.saveDraft(t.c.draft(at: t.now)), .submit(request)])
        let record = CaseRecord(id: 501, threadId: 77, title: "Refund", description: request.message, channel: "mail", status: "active")
        let done = t.send(.createAnswered(.success(record), sentAt: t.now))
        #expect(done.prefix(2) == [.deleteDraft, .say("created: case #501 for Ana Lima (#12)")])
        #expect(t.type("q") == [.quit(code: 0)])
    }

    @Test func theDraftIsSavedWithEveryAnswerAndEveryMessageLine() {
        var t = Talk()
        t.start()
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        #expect(t.effects.contains(.saveDraft(Draft(contactId: 12, contactName: "Ana Lima", title: "", message: "",
                                                    channel: "chat", agentId: 0, updatedAt: t.now))))
        t.type("Refund")
        #expect(t.type("first line") == [.saveDraft(Draft(contactId: 12, contactName: "Ana Lima", title: "Refund",
                                                            message: "first line", channel: "chat", agentId: 0, updatedAt: t.now))])
        #expect(t.c.draft(at: t.now).message == "first line")
        #expect(t.c.hasUnsentWork)
    }

    @Test func aDraftIsOfferedAndRestoredToTheReview() {
        var t = Talk()
        let d = Draft(contactId: 12, contactName: "Ana Lima", title: "Refund", message: "Twice.", channel: "mail",
                      agentId: 3, updatedAt: t.now)
        let first = t.start(draft: d)
        #expect(first.contains(.say("An unsent draft from 2027-01-15 08:00: for Ana Lima (#12), titled \"Refund\", 1 line of message.")))
        #expect(first.last == .ask("Restore it? r = restore, d = discard: "))
        t.type("x")
        #expect(t.c.step == .offerDraft)
        t.type("r")
        t.lists()
        #expect(t.c.step == .review)
        #expect(t.transcript.contains("  Agent: José Silva (#3)"))
        t.sendCase()
        #expect(t.effects.last == .submit(CreateCaseRequest(contactId: 12, title: "Refund", message: "Twice.", channel: "mail", routeAgentId: 3)))
    }

    @Test func discardingTheDraftDeletesIt() {
        var t = Talk()
        t.start(draft: Draft(contactId: 12, contactName: "Ana", title: "T", message: "", channel: "chat", agentId: 0, updatedAt: t.now))
        let out = t.type("d")
        #expect(out.first == .deleteDraft)
        #expect(t.c.step == .contact)
        #expect(t.c.contact == nil)
    }

    @Test func emptyAnswersAreRefusedWithTheReason() {
        var t = Talk()
        t.start()
        #expect(t.type("").first == .say("A case needs a contact: type part of a name, an e-mail address, a phone number, or #id."))
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        #expect(t.type("   ").first == .say("The title is empty. Type a title."))
        t.type("Refund")
        #expect(t.type(".").first == .say("The message is empty. Type the message again."))
        #expect(t.c.step == .message)
        t.type("x\u{1B}[2J")
        #expect(t.type(".").first == .say("The message contains the control character U+001B, which cannot be sent. Type the message again."))
    }

    @Test func ctrlDEndsTheMessageAndQuitsElsewhereKeepingTheDraft() {
        var t = Talk()
        t.start()
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        t.type("Refund")
        t.type("one line")
        t.send(.endOfInput)
        #expect(t.c.message == "one line")
        t.lists()
        #expect(t.c.step == .channel)
        let out = t.send(.endOfInput)
        #expect(out == [.say("The draft is kept; it will be offered the next time acquire-cases starts."), .quit(code: 0)])
    }

    @Test func searchesThatFindNothingOrOneOrFailAskAgain() {
        var t = Talk()
        t.start()
        t.type("zz")
        #expect(t.send(.contactsFound(.success(ContactPage(contacts: [], total: 0, page: 0, limit: 20)))).first
                == .say("No contact matches \"zz\". Try another search."))
        t.type("zz")
        let failed = t.send(.contactsFound(.failure(.unavailable(retryAfter: nil))))
        #expect(failed.first == .say("Acquire is unavailable for now. Wait a moment and try again."))
        #expect(t.c.step == .contact)
        t.type("bo")
        let one = t.send(.contactsFound(.success(ContactPage(contacts: [Talk.bo], total: 1, page: 0, limit: 20))))
        #expect(one.first == .say("Contact: Bo Chen <bo@example.com> (#13)"))
        #expect(t.c.step == .title)
    }

    @Test func agentsByNumberNameOrSeveral() {
        var t = Talk()
        t.toReview()
        t.type("a")
        #expect(t.c.step == .agent)
        #expect(t.type("jos").first == .say("Several agents match \"jos\": José Silva (#3), Joseph Kim (#4). Type more of the name, or its number."))
        t.type("1")
        #expect(t.c.agentId == 3)
        #expect(t.c.step == .review)
        t.type("a")
        t.type("0")
        #expect(t.c.agentId == 0)
        t.type("h")
        #expect(t.type("sms").first == .say("No channel is called \"sms\"; type its number or name."))
        #expect(t.type("9").first == .say("There is no number 9 in the list; type 1 to 2, or a name."))
        t.type("email")
        #expect(t.c.channel == "mail")
    }

    @Test func anUncertainCreateIsLookedUpNeverResent() {
        var t = Talk()
        t.toReview()
        t.sendCase()
        let sentAt = t.now
        let out = t.send(.createAnswered(.failure(.uncertain("the connection was lost")), sentAt: sentAt))
        #expect(out.last == .lookupRecentCases(contactId: 12))
        #expect(!out.contains { if case .submit = $0 { return true } else { return false } })
        let stored = CaseRecord(id: 900, title: "Refund", description: "Card charged twice.\nPlease refund.", channel: "chat",
                                status: "active", dateCreated: sentAt.addingTimeInterval(1), contactId: 12)
        let found = t.send(.recentCases(.success([stored])))
        #expect(found.contains(.say("created: case #900 (found)")))
        #expect(found.first == .deleteDraft)
    }

    /// The draft on disk says "sent at T" (with the baseline) before the create leaves, so a run
    /// that ends mid-send leaves a draft that is settled by lookup, never offered for sending.
    @Test func theDraftIsMarkedSentBeforeTheCreateLeaves() {
        var t = Talk()
        t.toReview()
        let earlier = CaseRecord(id: 467, title: "Old", description: "x", channel: "chat", status: "active", contactId: 12)
        let out = t.sendCase(baseline: [earlier])
        guard let save = out.firstIndex(where: { if case .saveDraft = $0 { return true } else { return false } }),
              let submit = out.firstIndex(where: { if case .submit = $0 { return true } else { return false } }),
              case .saveDraft(let draft) = out[save] else {
            Issue.record("no draft saved before the create: \(out)")
            return
        }
        #expect(save < submit)
        #expect(draft.sent == SentMarker(at: t.now, knownCaseIds: [467]))
        #expect(draft.title == "Refund")
        // Refused for sure: the marker goes, the draft is an unsent one again.
        let refused = t.send(.createAnswered(.failure(.unauthorized(keySource: nil)), sentAt: t.now))
        let resaved = refused.compactMap { e -> Draft? in if case .saveDraft(let d) = e { return d } else { return nil } }.last
        #expect(resaved != nil && resaved?.sent == nil, "\(refused)")
    }

    @Test func aDraftSentWithNoAnswerIsLookedUpFirstAndFound() {
        var t = Talk()
        let sentAt = t.now.addingTimeInterval(-600)
        let draft = Draft(contactId: 12, contactName: "Ana Lima", title: "Refund", message: "Card charged twice.", channel: "chat",
                          agentId: 0, updatedAt: sentAt, sent: SentMarker(at: sentAt, knownCaseIds: [467]))
        let out = t.start(draft: draft)
        #expect(out.last == .lookupRecentCases(contactId: 12))
        #expect(!t.transcript.contains("Restore it?"))
        #expect(t.transcript.contains("This case was sent at"))
        #expect(!out.contains { if case .submit = $0 { return true } else { return false } })
        let earlier = CaseRecord(id: 467, title: "Refund", description: "Card charged twice.", channel: "chat",
                                 status: "active", dateCreated: sentAt.addingTimeInterval(-5), contactId: 12)
        let stored = CaseRecord(id: 900, title: "Refund", description: "Card charged twice.", channel: "chat",
                                status: "active", dateCreated: sentAt.addingTimeInterval(1), contactId: 12)
        let found = t.send(.recentCases(.success([stored, earlier])))
        #expect(found.first == .deleteDraft)
        #expect(found.contains(.say("created: case #900 (found)")))
    }

    @Test func aDraftSentWithNoAnswerAndNotFoundIsNotResentWithoutAsking() {
        var t = Talk()
        let sentAt = t.now.addingTimeInterval(-600)
        let draft = Draft(contactId: 12, contactName: "Ana Lima", title: "Refund", message: "Card charged twice.", channel: "chat",
                          agentId: 0, updatedAt: sentAt, sent: SentMarker(at: sentAt, knownCaseIds: []))
        t.start(draft: draft)
        let out = t.send(.recentCases(.success([])))
        #expect(!out.contains { if case .submit = $0 { return true } else { return false } })
        #expect(t.c.step == .notConfirmed)
        #expect(out.contains(.say("not confirmed: case may exist for #12; check before creating again")))
        // s is the agent's explicit choice to send again.
        t.type("s")
        let sent = t.send(.recentCases(.success([])))
        #expect(sent.contains { if case .submit = $0 { return true } else { return false } })
    }

    /// A case with the same text that was there before this send never settles it.
    @Test func aCaseListedBeforeTheSendIsNotTheOneSent() {
        var t = Talk()
        t.toReview()
        let sentAt = t.now
        let earlier = CaseRecord(id: 467, title: "Refund", description: "Card charged twice.\nPlease refund.", channel: "chat",
                                 status: "active", dateCreated: sentAt.addingTimeInterval(-5), contactId: 12)
        t.sendCase(baseline: [earlier])
        t.send(.createAnswered(.failure(.serverError(status: 500)), sentAt: sentAt))
        let out = t.send(.recentCases(.success([earlier])))
        #expect(!out.contains(.say("created: case #467 (found)")))
        #expect(out.contains(.say("not confirmed: case may exist for #12; check before creating again")))
    }

    /// When the baseline cannot be listed, nothing is sent.
    @Test func noBaselineNoCreate() {
        var t = Talk()
        t.toReview()
        t.type("y")
        let out = t.send(.recentCases(.failure(.offline("refused"))))
        #expect(!out.contains { if case .submit = $0 { return true } else { return false } })
        #expect(t.c.step == .failed)
    }

    @Test func notConfirmedKeepsTheDraftAndSendsAgainOnlyWhenAsked() {
        var t = Talk()
        t.toReview()
        t.sendCase()
        t.send(.createAnswered(.failure(.serverError(status: 500)), sentAt: t.now))
        let out = t.send(.recentCases(.success([])))
        #expect(out.contains(.say("not confirmed: case may exist for #12; check before creating again")))
        #expect(t.c.step == .notConfirmed)
        #expect(t.c.hasUnsentWork)
        #expect(t.type("l").last == .lookupRecentCases(contactId: 12))
        t.send(.recentCases(.failure(.offline("refused"))))
        #expect(t.c.step == .notConfirmed)
        #expect(t.sendCase("s").last.map { if case .submit = $0 { return true } else { return false } } == true)
    }

    @Test func aRefusedKeyIsNotRetriedAndARateLimitWaits() {
        var t = Talk()
        t.toReview()
        t.sendCase()
        let refused = t.send(.createAnswered(.failure(.unauthorized(keySource: nil)), sentAt: t.now))
        #expect(refused.last == .ask("e = back to the review, q = quit (the draft is kept): "))
        #expect(t.type("r").first == .say("Please type e or q."))
        t.type("e")
        t.sendCase()
        t.send(.createAnswered(.failure(.unavailable(retryAfter: 30)), sentAt: t.now))
        #expect(t.type("r").first == .say("Acquire asked to wait: retry allowed in 30 s."))
        t.now = t.now.addingTimeInterval(31)
        #expect(t.sendCase("r").last.map { if case .submit = $0 { return true } else { return false } } == true)
    }

    @Test func listsThatFailAreOfferedAgain() {
        var t = Talk()
        t.start()
        t.send(.listsLoaded(channels: .failure(.unauthorized(keySource: nil)), agents: .success([])))
        t.type("#12")
        t.send(.contactLoaded(.success(Talk.ana)))
        t.type("T")
        t.type("m")
        let out = t.type(".")
        #expect(out.contains(.say("Channels and agents could not be loaded. Acquire refused the API key. Make a new key in Acquire (Settings > For Developers > API Key) and use it instead of this one.")))
        #expect(t.c.step == .listsFailed)
        #expect(t.type("").contains(.loadLists))
        t.lists()
        #expect(t.c.step == .channel)
    }

    @Test func serverTextIsPrintedSafely() {
        var t = Talk()
        t.start()
        t.type("x\u{1B}]52;c;AAAA\u{07}")
        #expect(!t.transcript.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
