import AcquireKit
import Foundation
import TerminalUI

/// Enter on review: exactly one submit, and only when nothing is missing and nothing is in flight.
func submit(_ s: inout AppState) -> [Effect] {
    guard s.screen == .review, !s.sending.isBusy, s.sending.countdown == 0, s.problems.isEmpty,
          let request = s.pendingRequest else { return [] }
    return send(&s, request)
}

/// Sends the request and starts the spinner.
func send(_ s: inout AppState, _ request: CreateCaseRequest) -> [Effect] {
    s.sending.phase = .inFlight(cancelRequested: false)
    s.sending.request = request
    s.sending.spinnerFrame = 0
    s.sending.countdown = 0
    s.sending.askedWait = nil
    s.screen = .sending
    return [.submit(request), .startTimer(.spinner, milliseconds: spinnerMs)]
}

/// Esc / Ctrl-X while in flight: ask the runtime to cancel (once).
func cancelSend(_ s: inout AppState) -> [Effect] {
    guard case .inFlight(false) = s.sending.phase else { return [] }
    s.sending.phase = .inFlight(cancelRequested: true)
    return [.cancelSubmit]
}

/// `r` after a failure or an unconfirmed create: send again, on the agent's explicit request.
func retry(_ s: inout AppState) -> [Effect] {
    guard s.screen == .sending, s.sending.retryAllowed, let request = s.pendingRequest ?? s.sending.request else { return [] }
    return [.cancelTimer(.countdown)] + send(&s, request)
}

/// `l` when not confirmed: look up the contact's recent cases again.
func lookAgain(_ s: inout AppState) -> [Effect] {
    guard case .notConfirmed(let e, _) = s.sending.phase, let r = s.sending.request else { return [] }
    s.sending.phase = .checking(e)
    return [.lookupRecentCases(contactId: r.contactId)]
}

/// The create's outcome: the result, a lookup when uncertain, or the error (with a countdown when asked to wait).
func submitAnswered(_ s: inout AppState, _ result: Result<CaseRecord, AcquireError>, sentAt: Date) -> [Effect] {
    guard case .inFlight = s.sending.phase, let request = s.sending.request else { return [] }
    s.sending.sentAt = sentAt
    var out: [Effect] = [.cancelTimer(.spinner)]
    switch result {
    case .success(let record):
        out += created(&s, record, byLookup: false)
    case .failure(let e):
        switch e {
        case .uncertain, .cancelled, .serverError:
            s.sending.phase = .checking(e)
            out.append(.lookupRecentCases(contactId: request.contactId))
        case .rateLimited(let after), .unavailable(let after):
            s.sending.phase = .failed(e)
            let asked = max(0, after ?? 0)
            s.sending.countdown = min(asked, SendState.longestWait)
            s.sending.askedWait = asked > SendState.longestWait ? asked : nil
            if s.sending.countdown > 0 { out.append(.startTimer(.countdown, milliseconds: 1000)) }
        default:
            s.sending.phase = .failed(e)
        }
    }
    return out
}

/// The recent cases after an uncertain create: the one just sent, or "not confirmed".
func lookupAnswered(_ s: inout AppState, contactId: Int, _ result: Result<[CaseRecord], AcquireError>) -> [Effect] {
    guard case .checking(let why) = s.sending.phase, let request = s.sending.request,
          request.contactId == contactId else { return [] }
    switch result {
    case .success(let cases):
        if let found = UncertainCreate.find(request, sentAt: s.sending.sentAt, in: cases) {
            return created(&s, found, byLookup: true)
        }
        s.sending.phase = .notConfirmed(why, lookupError: nil)
        s.sending.unconfirmed = true
    case .failure(let e):
        s.sending.phase = .notConfirmed(why, lookupError: e)
        s.sending.unconfirmed = true
    }
    return []
}

/// A confirmed create: show it, forget the draft, clear the form for the next case.
func created(_ s: inout AppState, _ record: CaseRecord, byLookup: Bool) -> [Effect] {
    // A case list (the lookup) carries a bare contact: never let it replace the one loaded earlier.
    let known = s.contacts[record.contactId ?? record.contact?.id ?? s.contact?.id ?? -1]
    let contact = fuller(record.contact, known)
    if let contact { s.contacts[contact.id] = contact }
    var result = ResultState(record: record, contact: contact, confirmedByLookup: byLookup)
    result.routedTo = s.compose.agentId == 0 ? nil : s.agentName
    s.result = result
    var out: [Effect] = [.cancelTimer(.draftSave), .deleteDraft]
    if contact == nil, let id = record.contactId ?? s.contact?.id {
        let token = s.makeToken()
        s.result?.contactToken = token
        out.append(.loadContact(id: id, token: token))
    }
    s.sending = SendState()
    s.screen = .result
    s.overlay = s.overlay == .help ? nil : s.overlay
    let channel = s.compose.channel, agent = s.compose.agentId
    s.compose = ComposeState()
    s.compose.channel = channel
    s.compose.agentId = agent
    s.draftChangedSinceSave = false
    return out
}

/// The contact that says more (fields, visits, a name); `a` when they say as much.
func fuller(_ a: Contact?, _ b: Contact?) -> Contact? {
    guard let a else { return b }
    guard let b else { return a }
    func weight(_ c: Contact) -> Int { c.fields.count + c.visits.count + (c.name?.isEmpty == false ? 1 : 0) }
    return weight(b) > weight(a) ? b : a
}
