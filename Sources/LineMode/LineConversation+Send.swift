import AcquireKit
import CaseDesk
import Foundation

extension LineConversation {
    /// The request the review would send.
    var request: CreateCaseRequest? {
        guard let contact else { return nil }
        return CreateCaseRequest(contactId: contact.id, title: title, message: message, channel: channel, routeAgentId: agentId,
                                 mentionUsers: mentions.map(String.init), fields: wireFields, messageType: messageType)
    }

    /// What stops the case from being sent, each with the key that fixes it.
    var problems: [String] {
        var p: [String] = []
        if contact == nil { p.append("No contact is chosen (c).") }
        if let e = CaseInput.titleProblem(title) { p.append(e.message + " (t)") }
        if let e = CaseInput.messageProblem(message) { p.append(e.message + " (m)") }
        if let channels, CaseChoices.channel(channel, in: channels) == .none {
            p.append("Channel \"\(channel)\" is not offered by Acquire (h).")
        }
        if agentId != 0, let agents, !agents.contains(where: { $0.id == agentId }) {
            p.append("Agent #\(agentId) is not in Acquire's list of agents (a).")
        }
        return p + fieldProblems
    }

    /// The review, printed in full, and its question.
    mutating func review() -> [LineEffect] {
        step = .review
        let filled = fieldDefinitions.compactMap { d in fieldValues[d.key].map { (d.formLabel, $0.displayText) } }
        var warning: [LineEffect] = []
        if let w = fieldsWarning {
            warning = [.say("Warning: " + w)]
            fieldsWarning = nil
        }
        return warning + [.say(LineText.review(contact: contact, title: title, message: message, channel: channelName,
                                     agent: agentName, fields: filled, problems: problems,
                                     sends: AppState.entryWords(messageType), mentions: mentionNames)),
                .ask(reviewQuestion)]
    }

    /// The review's question, with the fields' letter when there are fields.
    var reviewQuestion: String {
        LineText.reviewQuestion(canSend: problems.isEmpty, hasFields: !fieldDefinitions.isEmpty)
    }

    /// y sends; c, t, m, h, a change one thing; q quits keeping the draft.
    mutating func reviewAnswered(_ text: String, now: Date) -> [LineEffect] {
        switch text.lowercased() {
        case "y", "yes", "s", "send":
            guard problems.isEmpty, let r = request else { return [.say("Fix the problems listed first.")] + review() }
            return send(r, now: now)
        case "q", "quit": return quit()
        case "n", "note": return toggleNote()
        case "@":
            editingOne = true
            return ask(.mentions)
        default:
            if let field = LineText.editKeys[text.lowercased()], field != .field(0) || !fieldDefinitions.isEmpty {
                editingOne = true
                return ask(field)
            }
            return [.say(LineText.pleaseType(fieldDefinitions.isEmpty ? "y, c, t, m, h, a, n, @ or q" : "y, c, t, m, h, a, f, n, @ or q")),
                    .ask(reviewQuestion)]
        }
    }

    /// Sends `r` once: first the contact's case ids (the baseline), then the create.
    mutating func send(_ r: CreateCaseRequest, now: Date) -> [LineEffect] {
        sent = r
        failure = nil
        retryNotBefore = nil
        knownBefore = nil
        step = .sending
        waiting = .baseline
        return [.say("Sending…"), .lookupRecentCases(contactId: r.contactId)]
    }

    /// The baseline is here: the create leaves now. When it cannot be listed, nothing is sent.
    /// The draft on disk says "sent at T, outcome unknown" before the create leaves.
    mutating func baselineAnswered(_ result: Result<[CaseRecord], AcquireError>, now: Date) -> [LineEffect] {
        guard let r = sent else { return ask(.review) }
        switch result {
        case .success(let cases):
            let known = UncertainCreate.baseline(cases)
            knownBefore = known
            unsettled = SentMarker(at: now, knownCaseIds: known.sorted())
            waiting = .create
            return [.saveDraft(draft(at: now)), .submit(r)]
        case .failure(let e):
            waiting = nil
            failure = e
            step = .failed
            return [.say("Nothing was sent: the contact's cases could not be listed first. " + LineText.error(e)),
                    .ask(LineText.failedQuestion(canRetry: canRetry))]
        }
    }

    mutating func createAnswered(_ r: Result<CaseRecord, AcquireError>, sentAt: Date, now: Date) -> [LineEffect] {
        waiting = nil
        self.sentAt = sentAt
        switch r {
        case .success(let record): return created(record, found: false)
        case .failure(let e) where UncertainCreate.mayHaveCreated(e):
            uncertainWhy = e
            return lookUp(saying: LineText.error(e))
        case .failure(let e):
            // Refused for sure: nothing was created, the draft is an unsent one again.
            unsettled = nil
            failure = e
            switch e {
            case .rateLimited(let s?), .unavailable(let s?): retryNotBefore = now.addingTimeInterval(TimeInterval(s))
            default: break
            }
            step = .failed
            return [.say(LineText.error(e))] + saveDraft(now) + [.ask(LineText.failedQuestion(canRetry: canRetry))]
        }
    }

    /// A draft that was sent with no answer: look for its case before anything can send it again.
    mutating func settle(_ marker: SentMarker) -> [LineEffect] {
        guard let r = request else { return ask(.contact) }
        sent = r
        sentAt = marker.at
        knownBefore = Set(marker.knownCaseIds)
        unsettled = marker
        return lookUp(saying: LineText.settling(marker, timeZone: timeZone))
    }

    /// Looks for the case among the contact's recent cases.
    mutating func lookUp(saying text: String) -> [LineEffect] {
        guard let r = sent else { return ask(.review) }
        step = .checking
        waiting = .lookup
        return [.say(text), .lookupRecentCases(contactId: r.contactId)]
    }

    mutating func lookupAnswered(_ r: Result<[CaseRecord], AcquireError>) -> [LineEffect] {
        waiting = nil
        guard let request = sent else { return ask(.review) }
        var out: [LineEffect] = []
        switch r {
        case .success(let cases):
            if let found = UncertainCreate.find(request, sentAt: sentAt, in: cases, knownBefore: knownBefore) { return created(found, found: true) }
        case .failure(let e):
            out.append(.say("The recent cases could not be read. " + LineText.error(e)))
        }
        step = .notConfirmed
        return out + [.say(LineText.notConfirmed(contactId: request.contactId)), .ask(LineText.notConfirmedQuestion)]
    }

    /// A confirmed case: say so, forget the draft, offer the next one.
    mutating func created(_ record: CaseRecord, found: Bool) -> [LineEffect] {
        step = .created
        let name = contact?.name ?? record.contact?.displayName ?? "#\(record.contactId ?? 0)"
        let line = found ? LineText.createdFound(record) : LineText.created(record, name: name, contactId: contact?.id ?? record.contactId ?? 0)
        title = ""
        message = ""
        fieldValues = [:]
        sent = nil
        unsettled = nil
        uncertainWhy = nil
        return [.deleteDraft, .say(line), .say(LineText.caseDetails(record)), .ask(LineText.nextQuestion)]
    }

    /// Whether `r` may send again after the failure.
    var canRetry: Bool {
        switch failure {
        case .unauthorized?, .forbidden?, .invalidInput?, .notConfigured?, .invalidAccount?, .notFound?, .refused?, .duplicate?: return false
        default: return true
        }
    }

    /// r retries (after any wait Acquire asked for); e goes back to the review; q quits.
    mutating func failureAnswered(_ text: String, now: Date) -> [LineEffect] {
        switch text.lowercased() {
        case "r" where canRetry:
            if let t = retryNotBefore, now < t {
                let s = Int(t.timeIntervalSince(now).rounded(.up))
                return [.say("Acquire asked to wait: retry allowed in \(s) s."), .ask(LineText.failedQuestion(canRetry: true))]
            }
            guard let r = request else { return ask(.review) }
            return send(r, now: now)
        case "e": return ask(.review)
        case "q": return quit()
        default: return [.say(LineText.pleaseType(canRetry ? "r, e or q" : "e or q")), .ask(LineText.failedQuestion(canRetry: canRetry))]
        }
    }

    /// l looks again; s sends again anyway (the agent's explicit choice); e reviews; q quits.
    mutating func notConfirmedAnswered(_ text: String, now: Date) -> [LineEffect] {
        switch text.lowercased() {
        case "l": return lookUp(saying: "Looking again…")
        case "s":
            guard let r = request else { return ask(.review) }
            return send(r, now: now)
        case "e": return ask(.review)
        case "q": return quit()
        default: return [.say(LineText.pleaseType("l, s, e or q")), .ask(LineText.notConfirmedQuestion)]
        }
    }

    /// n writes another case for the same contact; a for another contact; q quits.
    mutating func nextCase(_ text: String) -> [LineEffect] {
        switch text.lowercased() {
        case "n": return ask(.title)
        case "a":
            contact = nil
            return ask(.contact)
        case "q", "": return quit()
        default: return [.say(LineText.pleaseType("n, a or q")), .ask(LineText.nextQuestion)]
        }
    }
}
