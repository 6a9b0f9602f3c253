import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: review, sending once, uncertain creates, countdowns")
struct SendingUpdateTests {
    static let expected = CreateCaseRequest(contactId: 1234, title: "Refund for order 42",
                                            message: "Hello,\nthe refund did not arrive.", channel: "chat", routeAgentId: 0)

    @Test func enterOnReviewEmitsExactlyOneSubmit() {
        var d = Driver()
        d.autoBaseline = false
        d.toReview()
        d.reset()
        // First the contact's case ids (the baseline), then the draft saying "sent, outcome unknown", then the create.
        let first = d.key(.enter)
        #expect(first == [.lookupRecentCases(contactId: 1234, limit: 10), .startTimer(.spinner, milliseconds: 120)])
        let listed = d.send(.recentCasesLoaded(contactId: 1234, .success([Fx.record(id: 3)])))
        let marked = Draft(contactId: 1234, contactName: "Ann Lee", title: Self.expected.title, message: Self.expected.message,
                           channel: "chat", agentId: 0, updatedAt: d.state.now, sent: SentMarker(at: d.state.now, knownCaseIds: [3]))
        #expect(listed == [.cancelTimer(.draftSave), .saveDraft(marked), .submit(Self.expected)])
        #expect(d.state.screen == .sending)
        // A second Enter, key repeats and a resize send nothing more.
        for _ in 0..<5 { d.key(.enter) }
        d.send(.resize(Size(width: 40, height: 12)))
        d.key(.enter)
        #expect(d.effects.submits.count == 1)
    }

    /// The baseline cannot be listed: nothing is sent, the failure is shown, `r` tries again.
    @Test func noBaselineNoCreate() {
        var d = Driver()
        d.autoBaseline = false
        d.toReview()
        d.key(.enter)
        let e = d.send(.recentCasesLoaded(contactId: 1234, .failure(.offline("refused"))))
        #expect(e == [.cancelTimer(.spinner)])
        #expect(d.state.sending.phase == .failed(.offline("refused")))
        #expect(d.effects.submits.isEmpty)
        #expect(d.key(.char("r")).contains(.lookupRecentCases(contactId: 1234, limit: 10)))
    }

    /// Esc while the baseline is listed: nothing leaves, back on the review.
    @Test func cancellingBeforeTheCreateLeftSendsNothing() {
        var d = Driver()
        d.autoBaseline = false
        d.toReview()
        d.key(.enter)
        #expect(d.key(.escape).isEmpty)
        d.send(.recentCasesLoaded(contactId: 1234, .success([])))
        #expect(d.effects.submits.isEmpty)
        #expect(d.state.screen == .review)
    }

    /// A case with the same text that was listed before the send never settles it.
    @Test func anEarlierCaseWithTheSameTextIsNotTheOneSent() {
        var d = Driver()
        d.baseline = [Fx.record(id: 5, created: Fx.at(-10))]
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.serverError(status: 500)), sentAt: Fx.at(2)))
        let e = d.send(.recentCasesLoaded(contactId: 1234, .success([Fx.record(id: 5, created: Fx.at(-10))])))
        #expect(!e.contains(.deleteDraft))
        #expect(d.state.screen == .sending)
        guard case .notConfirmed = d.state.sending.phase else { Issue.record("\(d.state.sending.phase)"); return }
        // The draft kept on disk still says the create left with outcome unknown.
        #expect(d.state.draft(at: Fx.at(9)).sent == SentMarker(at: d.state.now, knownCaseIds: [5]))
    }

    /// A create that failed for sure: the draft no longer says "outcome unknown".
    @Test func aDefiniteFailureClearsTheSentMarker() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        let e = d.send(.submitFinished(.failure(.forbidden), sentAt: Fx.at(2)))
        #expect(e.contains(.saveDraft(d.state.draft(at: d.state.now))))
        #expect(d.state.draft(at: d.state.now).sent == nil)
    }

    /// A draft found at start that was sent with outcome unknown is looked up, not offered.
    @Test func aDraftSentWithOutcomeUnknownIsSettledOnStart() {
        var d = Driver()
        let draft = Draft(contactId: 1234, contactName: "Ann Lee", title: Self.expected.title, message: Self.expected.message,
                          channel: "chat", agentId: 0, updatedAt: Fx.at(-30), sent: SentMarker(at: Fx.at(-30), knownCaseIds: [5]))
        let e = d.send(.draftFound(draft))
        #expect(e == [.lookupRecentCases(contactId: 1234, limit: 10)])
        #expect(d.state.overlay == nil)
        #expect(d.state.screen == .sending)
        // Enter, r and the rest send nothing while it is checked.
        for k: Key in [.enter, .char("r"), .ctrl("r")] { d.key(k) }
        #expect(d.effects.submits.isEmpty)
        // The old case 5 is not it; case 6, made after the send, is.
        let found = d.send(.recentCasesLoaded(contactId: 1234, .success([Fx.record(id: 6, created: Fx.at(-29)), Fx.record(id: 5, created: Fx.at(-60))])))
        #expect(found.contains(.deleteDraft))
        #expect(d.state.result?.record.id == 6)
        #expect(d.state.result?.confirmedByLookup == true)
    }

    @Test func aDraftSentWithOutcomeUnknownAndNotFoundIsNotConfirmed() {
        var d = Driver()
        let draft = Draft(contactId: 1234, contactName: "Ann Lee", title: Self.expected.title, message: Self.expected.message,
                          channel: "chat", agentId: 0, updatedAt: Fx.at(-30), sent: SentMarker(at: Fx.at(-30), knownCaseIds: [5]))
        d.send(.draftFound(draft))
        d.send(.recentCasesLoaded(contactId: 1234, .success([Fx.record(id: 5, created: Fx.at(-60))])))
        guard case .notConfirmed = d.state.sending.phase else { Issue.record("\(d.state.sending.phase)"); return }
        #expect(d.state.draft(at: Fx.at(0)).sent != nil)
        #expect(d.effects.submits.isEmpty)
    }

    @Test func reviewWithProblemsDoesNotSubmit() {
        var d = Driver()
        d.pickAnn()
        d.key(.ctrl("r"))
        #expect(d.state.problems == [.emptyTitle, .emptyMessage])
        #expect(d.key(.enter).isEmpty)
        #expect(d.state.screen == .review)
        var s = AppState()
        s.channels = .loaded(Fx.channels)
        s.compose.channel = "fax"
        #expect(s.problems == [.noContact, .emptyTitle, .emptyMessage, .unknownChannel("fax")])
    }

    @Test func successShowsTheResultAndDeletesTheDraft() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        let e = d.send(.submitFinished(.success(Fx.record()), sentAt: Fx.at(2)))
        #expect(e == [.cancelTimer(.spinner), .cancelTimer(.draftSave), .deleteDraft])
        #expect(d.state.screen == .result)
        #expect(d.state.result?.record.id == 6)
        #expect(d.state.result?.confirmedByLookup == false)
        #expect(!d.state.hasUnsentWork)
        // From the result: a new case for the same contact.
        d.key(.char("n"))
        #expect(d.state.screen == .compose)
        #expect(d.state.contact?.id == 1234)
        #expect(d.state.compose.title.text.isEmpty)
    }

    @Test func aResultWithoutTheContactLoadsIt() {
        var d = Driver(sandbox: false)
        d.send(.recentContacts([RecentContact(Fx.bob, usedAt: Fx.t0)]))
        d.key(.enter)   // Bob from the recent list; his preview never arrived
        d.type("Hi")
        d.key(.tab)
        d.type("Hello")
        d.key(.ctrl("r"))
        d.key(.enter)
        let e = d.send(.submitFinished(.success(Fx.record(contact: nil)), sentAt: Fx.at(2)))
        guard case .loadContact(let id, let token)? = e.last else { Issue.record("\(e)"); return }
        #expect(id == 1234)   // the record's contactId wins
        #expect(d.state.result?.contact == nil)
        d.send(.contactLoaded(token: token, .success(Fx.ann)))
        #expect(d.state.result?.contact == Fx.ann)
    }

    @Test func spinnerAdvancesOnlyWhileInFlight() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        #expect(d.fire(.spinner) == [.startTimer(.spinner, milliseconds: 120)])
        #expect(d.state.sending.spinnerFrame == 1)
        d.send(.submitFinished(.failure(.forbidden), sentAt: Fx.at(2)))
        #expect(d.fire(.spinner).isEmpty)
    }

    @Test func uncertainThenLookupFindsTheCase() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        let e = d.send(.submitFinished(.failure(.uncertain("timed out after sending")), sentAt: Fx.at(2)))
        #expect(e == [.cancelTimer(.spinner), .lookupRecentCases(contactId: 1234, limit: 10)])
        #expect(d.state.sending.phase == .checking(.uncertain("timed out after sending")))
        let other = Fx.record(id: 5, title: "Older case", created: Fx.at(-86400))
        let mine = Fx.record(id: 6, created: Fx.at(-10))   // server clock a little behind: within the slack
        let found = d.send(.recentCasesLoaded(contactId: 1234, .success([mine, other])))
        #expect(found == [.cancelTimer(.draftSave), .deleteDraft])
        #expect(d.state.screen == .result)
        #expect(d.state.result?.record.id == 6)
        #expect(d.state.result?.confirmedByLookup == true)
        #expect(d.effects.submits.count == 1)
    }

    @Test func uncertainThenLookupDoesNotFindItAndNeverResendsByItself() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.serverError(status: 502)), sentAt: Fx.at(2)))
        let tooOld = Fx.record(id: 6, created: Fx.at(-3600))
        let otherText = Fx.record(id: 7, title: "Refund for order 43", created: Fx.at(3))
        let e = d.send(.recentCasesLoaded(contactId: 1234, .success([otherText, tooOld])))
        #expect(e.isEmpty)
        #expect(d.state.sending.phase == .notConfirmed(.serverError(status: 502), lookupError: nil))
        #expect(d.effects.submits.count == 1)
        // Timers and resizes never resend.
        d.fire(.spinner); d.fire(.countdown); d.send(.resize(Size(width: 50, height: 20)))
        #expect(d.effects.submits.count == 1)
        // Looking again asks again; `r` resends explicitly.
        #expect(d.key(.char("l")) == [.lookupRecentCases(contactId: 1234, limit: 10)])
        d.send(.recentCasesLoaded(contactId: 1234, .failure(.offline("no route"))))
        #expect(d.state.sending.phase == .notConfirmed(.serverError(status: 502), lookupError: .offline("no route")))
        #expect(d.key(.char("r")).submits == [Self.expected])
        #expect(d.effects.submits.count == 2)
        // The draft was never deleted.
        #expect(!d.effects.contains(.deleteDraft))
    }

    @Test func cancelAfterSendingIsCheckedLikeAnUncertainCreate() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        #expect(d.key(.escape) == [.cancelSubmit])
        #expect(d.key(.escape).isEmpty)   // once
        let e = d.send(.submitFinished(.failure(.cancelled), sentAt: Fx.at(2)))
        #expect(e.contains(.lookupRecentCases(contactId: 1234, limit: 10)))
        d.send(.recentCasesLoaded(contactId: 1234, .success([])))
        #expect(d.state.sending.phase == .notConfirmed(.cancelled, lookupError: nil))
        d.key(.escape)
        #expect(d.state.screen == .review)
        #expect(d.state.compose.title.text == "Refund for order 42")
    }

    @Test func rateLimitedCountsDownBeforeRetryIsAllowed() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        let e = d.send(.submitFinished(.failure(.rateLimited(retryAfter: 3)), sentAt: Fx.at(2)))
        // Not created: the draft is saved again without "outcome unknown".
        #expect(e == [.cancelTimer(.spinner), .startTimer(.countdown, milliseconds: 1000), .saveDraft(d.state.draft(at: d.state.now))])
        #expect(d.state.sending.countdown == 3)
        #expect(d.key(.char("r")).isEmpty)
        #expect(d.fire(.countdown) == [.startTimer(.countdown, milliseconds: 1000)])
        #expect(d.fire(.countdown) == [.startTimer(.countdown, milliseconds: 1000)])
        #expect(d.key(.char("r")).isEmpty)
        #expect(d.fire(.countdown).isEmpty)
        #expect(d.state.sending.countdown == 0)
        let retry = d.key(.char("r"))
        #expect(retry.submits == [Self.expected])
        #expect(d.effects.submits.count == 2)
    }

    @Test func goingBackDuringACountdownDoesNotBypassIt() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.unavailable(retryAfter: 2)), sentAt: Fx.at(2)))
        d.key(.escape)
        #expect(d.state.screen == .review)
        #expect(d.key(.enter).isEmpty)
        d.fire(.countdown)
        d.fire(.countdown)
        #expect(d.key(.enter).submits.count == 1)
        #expect(d.effects.submits.count == 2)
    }

    @Test func reviewAfterNotConfirmedWarnsOfADuplicate() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.uncertain("reset")), sentAt: Fx.at(2)))
        d.send(.recentCasesLoaded(contactId: 1234, .success([])))
        d.key(.escape)
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(text.contains("may already exist"))
        #expect(text.contains("Enter send again"))
    }

    @Test func unauthorizedShowsTheSentenceAndOffersNoRetry() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        d.send(.submitFinished(.failure(.unauthorized(keySource: nil)), sentAt: Fx.at(2)))
        #expect(d.state.sending.phase == .failed(.unauthorized(keySource: nil)))
        #expect(d.key(.char("r")).isEmpty)
        d.key(.escape)
        #expect(d.state.screen == .review)
        #expect(d.state.compose.message.text == "Hello,\nthe refund did not arrive.")
    }

    @Test func ctrlCWhileSendingAsksFirst() {
        var d = Driver()
        d.toReview()
        d.key(.enter)
        #expect(d.key(.ctrl("c")).isEmpty)
        #expect(d.state.overlay == .quitConfirm)
        // Ctrl-C again in the confirmation quits (keeping the draft).
        #expect(d.key(.ctrl("c")).last == .quit(code: 130))
    }

    @Test func ctrlCInTheHelpOverlayStillAsksFirst() {
        var d = Driver()
        d.toReview()
        d.key(.char("?"))
        #expect(d.state.overlay == .help)
        #expect(d.key(.ctrl("c")).isEmpty)
        #expect(d.state.overlay == .quitConfirm)
    }
}

@Suite("update: the result remembers the routing asked for")
struct RoutedToTests {
    @Test func aChosenAgentIsShownAsRequested() {
        let d = Screens.result()
        #expect(d.state.screen == .result)
        #expect(d.state.result?.routedTo == "David Guetta")
    }

    @Test func automaticRoutingHasNoAgent() {
        var d = Driver()
        d.pickAnn()
        d.type("Title")
        d.key(.tab)
        d.type("Message")
        d.key(.ctrl("r"))
        d.key(.enter)
        d.send(.submitFinished(.success(Fx.record(title: "Title", message: "Message")), sentAt: Fx.at(2)))
        #expect(d.state.screen == .result)
        #expect(d.state.result?.routedTo == nil)
    }
}

@Suite("update: drafts on disk that fail")
struct DraftStorageUpdateTests {
    @Test func aFailedSaveIsShownUntilASaveWorksAndInTheQuitQuestion() {
        var d = Driver()
        d.pickAnn()
        d.send(.draftSaveFailed("No space left on device"))
        #expect(d.state.draftSaveProblem == "No space left on device")
        d.key(.char("x"))
        #expect(d.state.draftSaveProblem != nil, "a key does not hide a failed save")
        let screen = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(screen.contains("The draft is NOT saved"), "\(screen)")
        d.key(.ctrl("c"))
        let ask = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(ask.contains("could not be saved"), "\(ask)")
        d.send(.draftSaveWorked)
        #expect(d.state.draftSaveProblem == nil)
    }

    @Test func aDraftSetAsideIsSaidUntilTheNextKey() {
        var d = Driver()
        d.send(.draftSetAside(path: "/s/draft-x.json.broken"))
        #expect(view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText().contains("draft-x.json.broken"))
        d.key(.char("a"))
        #expect(d.state.storageNotice == nil)
    }
}
