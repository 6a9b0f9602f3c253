import AcquireKit
import Foundation
import TerminalUI

/// Step 3's sending: exactly one create per explicit key, its outcome, and settling an uncertain one.
enum SendingStep {
    /// Enter on review: exactly one submit, and only when nothing is missing and nothing is in flight.
    static func submit(_ app: inout AppState) -> [Effect] {
        guard app.screen == .review, !app.sending.isBusy, app.sending.countdown == 0, app.problems.isEmpty,
              let request = app.pendingRequest else { return [] }
        return send(&app, request)
    }

    /// Sends the request: first the contact's case ids are listed (the baseline an uncertain
    /// answer is settled against), then the create leaves (`leave`). The spinner runs throughout.
    static func send(_ app: inout AppState, _ request: CreateCaseRequest) -> [Effect] {
        app.sending.phase = .inFlight(cancelRequested: false)
        app.sending.request = request
        app.sending.knownBefore = nil
        app.sending.spinnerFrame = 0
        app.sending.countdown = 0
        app.sending.askedWait = nil
        app.screen = .sending
        return [.lookupRecentCases(contactId: request.contactId, limit: lookupCaseLimit), .startTimer(.spinner, milliseconds: spinnerMs)]
    }

    /// The baseline is here: "sent at T, outcome unknown" goes into the draft on disk, then the create leaves.
    static func leave(_ app: inout AppState, _ request: CreateCaseRequest, knownBefore: Set<Int>) -> [Effect] {
        app.sending.knownBefore = knownBefore
        app.sending.unsettled = SentMarker(at: app.now, knownCaseIds: knownBefore.sorted())
        app.draftChangedSinceSave = false
        return [.cancelTimer(.draftSave), .saveDraft(app.draft(at: app.now)), .submit(request)]
    }

    /// Esc / Ctrl-X while in flight: ask the runtime to cancel (once).
    static func cancel(_ app: inout AppState) -> [Effect] {
        guard case .inFlight(false) = app.sending.phase else { return [] }
        app.sending.phase = .inFlight(cancelRequested: true)
        // Still listing the baseline: nothing has left, and nothing will.
        return app.sending.knownBefore == nil ? [] : [.cancelSubmit]
    }

    /// `r` after a failure or an unconfirmed create: send again, on the agent's explicit request.
    static func retry(_ app: inout AppState) -> [Effect] {
        guard app.screen == .sending, app.sending.retryAllowed,
              let request = app.pendingRequest ?? app.sending.request else { return [] }
        return [.cancelTimer(.countdown)] + send(&app, request)
    }

    /// `l` when not confirmed: look up the contact's recent cases again.
    static func lookAgain(_ app: inout AppState) -> [Effect] {
        guard case .notConfirmed(let why, _) = app.sending.phase, let request = app.sending.request else { return [] }
        app.sending.phase = .checking(why)
        return [.lookupRecentCases(contactId: request.contactId, limit: lookupCaseLimit)]
    }

    /// Esc after the outcome: back to the review (a running countdown keeps running).
    static func back(_ app: inout AppState) -> [Effect] {
        guard !app.sending.isBusy else { return [] }
        app.sending.phase = .idle
        app.screen = .review
        return []
    }

    /// The create's outcome: the result, a lookup when uncertain, or the error (with a countdown when asked to wait).
    static func answered(_ app: inout AppState, _ result: Result<CaseRecord, AcquireError>, sentAt: Date) -> [Effect] {
        guard case .inFlight = app.sending.phase, app.sending.knownBefore != nil, let request = app.sending.request else { return [] }
        app.sending.sentAt = sentAt
        var out: [Effect] = [.cancelTimer(.spinner)]
        switch result {
        case .success(let record):
            out += created(&app, record, byLookup: false)
        case .failure(let e):
            switch e {
            case _ where UncertainCreate.mayHaveCreated(e):  // the rule shared with the command line
                app.sending.phase = .checking(e)
                out.append(.lookupRecentCases(contactId: request.contactId, limit: lookupCaseLimit))
            case .rateLimited(let after), .unavailable(let after):
                app.sending.phase = .failed(e)
                let asked = max(0, after ?? 0)
                app.sending.countdown = min(asked, SendState.longestWait)
                app.sending.askedWait = asked > SendState.longestWait ? asked : nil
                if app.sending.countdown > 0 { out.append(.startTimer(.countdown, milliseconds: 1000)) }
            default:
                app.sending.phase = .failed(e)
            }
            if case .failed = app.sending.phase {
                // Not created: the draft on disk no longer says "outcome unknown".
                app.sending.unsettled = nil
                out.append(.saveDraft(app.draft(at: app.now)))
            }
        }
        return out
    }

    /// The recent cases after an uncertain create: the one just sent, or "not confirmed".
    static func lookupAnswered(_ app: inout AppState, contactId: Int, _ result: Result<[CaseRecord], AcquireError>) -> [Effect] {
        if case .inFlight(let cancelled) = app.sending.phase, app.sending.knownBefore == nil,
           let request = app.sending.request, request.contactId == contactId {
            return baselineAnswered(&app, request, cancelled: cancelled, result)
        }
        guard case .checking(let why) = app.sending.phase, let request = app.sending.request,
              request.contactId == contactId else { return [] }
        switch result {
        case .success(let cases):
            // Is this recent case the one just sent? (One rule, shared with the command line.)
            if let found = UncertainCreate.find(request, sentAt: app.sending.sentAt, in: cases, knownBefore: app.sending.knownBefore) {
                return created(&app, found, byLookup: true)
            }
            app.sending.phase = .notConfirmed(why, lookupError: nil)
        case .failure(let e):
            app.sending.phase = .notConfirmed(why, lookupError: e)
        }
        app.sending.unconfirmed = true
        return []
    }

    /// The contact's case ids before the send: the create leaves now; when they cannot be listed
    /// (or the agent cancelled meanwhile) nothing is sent.
    static func baselineAnswered(_ app: inout AppState, _ request: CreateCaseRequest, cancelled: Bool,
                                 _ result: Result<[CaseRecord], AcquireError>) -> [Effect] {
        switch result {
        case .success(let cases) where !cancelled:
            return leave(&app, request, knownBefore: UncertainCreate.baseline(cases))
        case .success:
            app.sending.phase = .idle
            app.screen = .review
        case .failure(let e):
            app.sending.phase = .failed(e)
        }
        return [.cancelTimer(.spinner)]
    }

    /// A draft found at start whose create left with outcome unknown (the app died meanwhile): it is
    /// settled by looking up the contact's recent cases before anything can be sent again.
    static func settleOnStart(_ app: inout AppState, _ draft: Draft, _ marker: SentMarker) -> [Effect] {
        guard let request = app.pendingRequest else { return [] }
        app.sending.request = request
        app.sending.sentAt = marker.at
        app.sending.knownBefore = Set(marker.knownCaseIds)
        app.sending.unsettled = marker
        let when = DateText.format(marker.at, in: app.timeZone)
        app.sending.phase = .checking(.uncertain("This case was being sent at \(when) when the app stopped; whether Acquire created it is not known."))
        app.screen = .sending
        return [.lookupRecentCases(contactId: request.contactId, limit: lookupCaseLimit)]
    }

    /// A confirmed create: show it, forget the draft, clear the form for the next case.
    static func created(_ app: inout AppState, _ record: CaseRecord, byLookup: Bool) -> [Effect] {
        // A case list (the lookup) carries a bare contact: never let it replace the one loaded earlier.
        let known = app.contacts[record.contactId ?? record.contact?.id ?? app.contact?.id ?? -1]
        let contact = fuller(record.contact, known)
        if let contact { app.contacts[contact.id] = contact }
        var result = ResultState(record: record, contact: contact, confirmedByLookup: byLookup)
        result.routedTo = app.compose.agentId == 0 ? nil : app.agentName
        result.sentAs = app.sending.request?.messageType ?? app.compose.messageType
        result.reopened = app.compose.reopen?.id
        result.mentioned = (app.sending.request?.mentionUsers ?? []).compactMap(Int.init).map { id in
            app.agents.value?.first { $0.id == id }?.name ?? "#\(id)"
        }
        app.result = result
        var out: [Effect] = [.cancelTimer(.draftSave), .deleteDraft]
        if contact == nil, let id = record.contactId ?? app.contact?.id {
            let token = app.makeToken()
            app.result?.contactToken = token
            out.append(.loadContact(id: id, token: token))
        }
        app.sending = SendState()
        app.screen = .result
        app.overlay = app.overlay == .help ? nil : app.overlay
        let channel = app.compose.channel, agent = app.compose.agentId
        app.compose = ComposeState()
        app.compose.channel = channel
        app.compose.agentId = agent
        app.compose.cases = .idle   // the contact's cases changed: asked again for the next case
        if let id = record.contactId ?? app.contact?.id { app.contactCases[id] = nil }
        app.draftChangedSinceSave = false
        app.contactCheck = nil
        return out
    }

    /// The contact that says more (fields, visits, a name); `a` when they say as much.
    static func fuller(_ a: Contact?, _ b: Contact?) -> Contact? {
        guard let a else { return b }
        guard let b else { return a }
        func weight(_ c: Contact) -> Int { c.fields.count + c.visits.count + (c.name?.isEmpty == false ? 1 : 0) }
        return weight(b) > weight(a) ? b : a
    }
}

/// Recent cases fetched to find an uncertain create among them (the shared rule's number).
let lookupCaseLimit = UncertainCreate.lookupLimit
