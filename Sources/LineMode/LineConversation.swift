import AcquireKit
import CaseDesk
import Foundation

/// The line mode's whole conversation as a value: fed typed lines and answers, it returns what
/// to print and what to ask of Acquire. One question at a time, nothing but text and newlines
/// (for screen readers and terminals that cannot move the cursor). The runner does the I/O.
public struct LineConversation: Sendable {
    /// The question being asked (or the answer being waited for).
    public enum Step: Equatable, Sendable {
        case offerDraft, contact, title, message, channel, agent
        /// The custom case field at this index of `fieldDefinitions`.
        case field(Int)
        /// The agents mentioned (asked from the review with `@`).
        case mentions
        case review
        case listsFailed, sending, checking, failed, notConfirmed, created, finished
    }

    /// An answer the conversation is waiting for; no line is read meanwhile.
    public enum Waiting: Equatable, Sendable {
        case search, contact, lists, create, lookup
        /// The contact's case ids before a send (the baseline an uncertain create is settled against).
        case baseline
    }

    /// Contacts shown per search.
    public static let pageSize = 20

    public internal(set) var step: Step = .contact
    public internal(set) var waiting: Waiting?
    let isSandbox: Bool
    let timeZone: TimeZone

    // The case being written.
    public internal(set) var contact: ContactRef?
    public internal(set) var title = ""
    public internal(set) var message = ""
    public internal(set) var channel = "chat"
    public internal(set) var agentId = 0
    /// Custom case field values by key.
    public internal(set) var fieldValues: [String: FieldValue] = [:]
    /// A message to the customer (the default) or an internal note (`n` on the review).
    public internal(set) var messageType = MessageType.message
    /// The agents mentioned, by id (`@` on the review), sent as `mentionUsers`.
    public internal(set) var mentions: [Int] = []
    /// Lines of the message typed so far, while it is being typed.
    var messageLines: [String]?
    /// Whether the current question changes one field from the review (and returns there).
    var editingOne = false

    // What Acquire told us.
    var results: [Contact] = []
    /// The last search text typed.
    var lastSearch = ""
    var channels: [Channel]?
    var agents: [Agent]?
    var listsError: AcquireError?
    /// The case fields to ask for, in the server's order ([] when none, or they could not be read).
    var fieldDefinitions: [FieldDefinition] = []
    var departments: [Department] = []
    /// Why the fields are missing or incomplete, said once at the first field question.
    var fieldsWarning: String?
    var listsLoading = false
    /// The step that needed the lists, to return to once they are here.
    var afterLists: Step = .channel
    var offered: Draft?

    // Sending.
    var sent: CreateCaseRequest?
    var sentAt: Date?
    /// The contact's case ids listed just before the send (`UncertainCreate.find`'s baseline).
    var knownBefore: Set<Int>?
    /// "Sent at T, outcome unknown", kept in the draft on disk from the moment the create leaves
    /// until it is settled (created, refused, or found not to exist and sent again).
    var unsettled: SentMarker?
    var uncertainWhy: AcquireError?
    var failure: AcquireError?
    var retryNotBefore: Date?

    public init(isSandbox: Bool, timeZone: TimeZone = .current) {
        self.isSandbox = isSandbox
        self.timeZone = timeZone
    }

    /// True when the runner should read the next line (no answer is awaited).
    public var wantsLine: Bool { waiting == nil && step != .finished }

    /// The draft as it stands, stamped with `date` (the message includes lines typed so far).
    public func draft(at date: Date) -> Draft {
        Draft(contactId: contact?.id, contactName: contact?.name, title: title,
              message: messageLines.map { $0.joined(separator: "\n") } ?? message,
              channel: channel, agentId: agentId, messageType: messageType == .note ? .note : nil, updatedAt: date,
              fields: fieldValues.isEmpty ? nil : fieldValues, sent: unsettled)
    }

    /// True when quitting now would leave something unsent (the draft is kept for it).
    public var hasUnsentWork: Bool {
        switch step {
        case .created, .finished: return false
        default: return !draft(at: Date(timeIntervalSince1970: 0)).isEmpty
        }
    }

    /// The first things to print and ask; `draft` is an unsent one found on disk.
    public mutating func start(draft: Draft?, now: Date) -> [LineEffect] {
        var out: [LineEffect] = [.say(LineText.banner(isSandbox: isSandbox))]
        listsLoading = true
        out.append(.loadLists)
        if let draft, let marker = draft.sent, draft.contactId != nil {
            // Sent with no answer before the last run ended: settled by lookup before anything
            // can be sent again.
            restore(draft)
            return out + settle(marker)
        } else if let draft, !draft.isEmpty {
            offered = draft
            step = .offerDraft
            out.append(.say(LineText.draftOffer(draft, timeZone: timeZone)))
            out.append(.ask(LineText.draftQuestion))
        } else {
            out += ask(.contact)
        }
        return out
    }

    /// Handles one event; what to print and do next.
    public mutating func handle(_ event: LineEvent, now: Date) -> [LineEffect] {
        switch event {
        case .line(let text): return waiting == nil ? answer(text, now: now) : []
        case .endOfInput: return waiting == nil ? endOfInput(now: now) : []
        case .contactsFound(let r): return waiting == .search ? searchAnswered(r, now: now) : []
        case .contactLoaded(let r): return waiting == .contact ? contactAnswered(r, now: now) : []
        case .listsLoaded(let c, let a, let f, let d): return listsAnswered(c, a, f, d)
        case .createAnswered(let r, let at): return waiting == .create ? createAnswered(r, sentAt: at, now: now) : []
        case .recentCases(let r):
            switch waiting {
            case .lookup: return lookupAnswered(r)
            case .baseline: return baselineAnswered(r, now: now)
            default: return []
            }
        }
    }

    /// A typed line, for the question being asked.
    mutating func answer(_ raw: String, now: Date) -> [LineEffect] {
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch step {
        case .offerDraft: return draftAnswered(text, now: now)
        case .contact: return contactTyped(text, now: now)
        case .title: return titleTyped(raw, now: now)
        case .message: return messageLine(raw, now: now)
        case .channel: return channelTyped(text, now: now)
        case .agent: return agentTyped(text, now: now)
        case .field(let i): return fieldTyped(raw, index: i, now: now)
        case .mentions: return mentionsTyped(text, now: now)
        case .review: return reviewAnswered(text, now: now)
        case .listsFailed: return listsRetry(text)
        case .failed: return failureAnswered(text, now: now)
        case .notConfirmed: return notConfirmedAnswered(text, now: now)
        case .created: return nextCase(text)
        case .sending, .checking, .finished: return []
        }
    }

    /// Ctrl-D: ends the message; anywhere else it quits, keeping the draft.
    mutating func endOfInput(now: Date) -> [LineEffect] {
        if step == .message { return messageEnded(now: now) }
        return quit()
    }

    /// Quits; an unsent draft stays on disk (it was saved with every change).
    mutating func quit() -> [LineEffect] {
        var out: [LineEffect] = []
        if hasUnsentWork { out.append(.say(LineText.draftKept)) }
        step = .finished
        return out + [.quit(code: 0)]
    }

    /// Moves to `next` and asks its question.
    mutating func ask(_ next: Step) -> [LineEffect] {
        step = next
        switch next {
        case .contact: return [.ask(LineText.contactQuestion(current: contact))]
        case .title: return [.ask(LineText.titleQuestion(current: title))]
        case .message:
            messageLines = []
            return [.say(LineText.messageIntro(hasCurrent: !message.isEmpty))]
        case .channel, .agent, .field, .mentions, .review:
            guard let channels, agents != nil else { return waitForLists(then: next) }
            switch next {
            case .channel: return [.say(LineText.channelList(CaseChoices.offeredChannels(channels))), .ask(LineText.channelQuestion(current: channelName))]
            case .agent: return [.say(LineText.agentList(agents ?? [])), .ask(LineText.agentQuestion(current: agentName))]
            case .field(let i): return askField(i)
            case .mentions: return askMentions()
            default: return review()
            }
        default: return []
        }
    }

    /// After a field is answered: the next question, or the review when one field was changed.
    mutating func advance(from done: Step, now: Date) -> [LineEffect] {
        let save = saveDraft(now)
        if editingOne {
            editingOne = false
            return save + ask(.review)
        }
        let order: [Step] = [.contact, .title, .message, .channel, .agent, .field(0), .review]
        let i = order.firstIndex(of: done) ?? order.count - 2
        return save + ask(order[i + 1])
    }

    /// Saves the draft when there is something in it.
    func saveDraft(_ now: Date) -> [LineEffect] {
        let d = draft(at: now)
        return d.isEmpty ? [] : [.saveDraft(d)]
    }

    /// The chosen channel's name (its id until the list is loaded).
    var channelName: String {
        guard let c = channels?.first(where: { $0.id == channel }) else { return channel }
        return "\(c.name) (\(c.id))"
    }

    /// The chosen agent's name.
    var agentName: String {
        if agentId == 0 { return AppState.noAgentName }
        return agents?.first(where: { $0.id == agentId }).map { "\($0.name) (#\($0.id))" } ?? "agent #\(agentId)"
    }
}
