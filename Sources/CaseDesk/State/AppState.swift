import AcquireKit
import Foundation
import TerminalUI

/// The whole app: every screen's state, the lists loaded from Acquire, and what is open.
public struct AppState: Equatable, Sendable {
    public var screen: Screen = .contact
    public var overlay: Overlay?
    /// Talking to the sandbox (shows the SANDBOX badge).
    public var isSandbox = false
    /// Where cases go when not in the sandbox (account or host), shown in the header; "" = not shown.
    public var target = ""
    /// Dates are shown in this zone (the runtime sets the local one; tests use UTC).
    public var timeZone = TimeZone(identifier: "UTC")!
    /// The terminal size last reported.
    public var size = Size(width: 80, height: 24)
    /// The latest time the runtime told us.
    public var now = Date(timeIntervalSince1970: 0)

    /// The contact the case is for.
    public var contact: ContactRef?
    /// Full contacts loaded so far (preview and result panes), by id.
    public var contacts: [Int: Contact] = [:]
    public var search = SearchState()
    public var compose = ComposeState()
    public var sending = SendState()
    public var result: ResultState?

    /// Agents, channels and shortcuts from the API.
    public var agents: Loadable<[Agent]> = .idle
    public var channels: Loadable<[Channel]> = .idle
    public var shortcuts: Loadable<[MessageShortcut]> = .idle
    /// Every custom field definition (case and contact), read once a run.
    public var fieldCatalog: Loadable<FieldCatalog> = .idle
    /// The departments department fields choose from.
    public var departments: Loadable<[Department]> = .idle
    /// Each contact's latest cases (newest first), for the preview and for reopening on compose.
    public var contactCases: [Int: Loadable<[CaseRecord]>] = [:]
    /// The "New contact" form, while it is open (or its outcome is shown).
    public var newContact: NewContactState?
    /// Scroll of the message on the review screen.
    public var reviewScroll = ScrollState()
    /// True when the draft changed since it was last saved (the save timer is running).
    public var draftChangedSinceSave = false
    /// Why the last draft save failed (nil once one worked): shown at once and in the quit question.
    public var draftSaveProblem: String?
    /// A sentence about the drafts on disk shown until the next key (a draft file set aside at start).
    public var storageNotice: String?
    /// The restored draft's contact, being (or having been) fetched again.
    public var contactCheck: ContactCheck?
    /// The source of fresh tokens for requests whose answers may arrive late.
    public var lastToken = 0

    public init(isSandbox: Bool = false, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
                size: Size = Size(width: 80, height: 24), now: Date = Date(timeIntervalSince1970: 0)) {
        self.isSandbox = isSandbox
        self.timeZone = timeZone
        self.size = size
        self.now = now
    }

    /// A fresh token for a request.
    public mutating func makeToken() -> Int {
        lastToken += 1
        return lastToken
    }

    /// The draft as it stands now, stamped with `date`.
    public func draft(at date: Date) -> Draft {
        Draft(contactId: contact?.id, contactName: contact?.name, title: compose.title.text,
              message: compose.message.text, channel: compose.channel, agentId: compose.agentId,
              messageType: compose.messageType == .note ? .note : nil, updatedAt: date,
              fields: compose.fields.filled.isEmpty ? nil : compose.fields.filled, sent: sending.unsettled)
            .reopening(compose.reopen?.id ?? compose.pendingReopenId)
    }

    /// True when quitting would lose typed text that was not sent.
    public var hasUnsentWork: Bool {
        if sending.isBusy { return true }
        return !compose.isBlank
    }

    /// The request the review screen would send.
    public var pendingRequest: CreateCaseRequest? {
        guard let contact else { return nil }
        return CreateCaseRequest(contactId: contact.id, title: compose.title.text, message: compose.message.text,
                                 channel: compose.channel, routeAgentId: compose.agentId,
                                 mentionUsers: mentionIDs.map(String.init),
                                 fields: FieldEncoding.body(compose.fields.values, definitions: caseFields),
                                 messageType: compose.messageType,
                                 threadId: compose.reopen.map { $0.threadId ?? $0.id }, sessionId: compose.reopen?.sessionId)
    }

    /// What stops the case from being sent, in the order the agent should fix it.
    public var problems: [Problem] {
        var p: [Problem] = []
        if contact == nil { p.append(.noContact) }
        if compose.title.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { p.append(.emptyTitle) }
        if compose.message.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { p.append(.emptyMessage) }
        if let channels = channels.value, !channels.contains(where: { $0.id == compose.channel }) {
            p.append(.unknownChannel(compose.channel))
        }
        p += FieldRules.problems(compose.fields.values, definitions: caseFields).map(Problem.field)
        if contactCheck?.token != nil, contactCheck.map({ _ in contact != nil }) == true { p.append(.contactBeingChecked) }
        return p
    }

    /// The name shown for the chosen agent.
    public var agentName: String {
        if compose.agentId == 0 { return AppState.noAgentName }
        if let a = agents.value?.first(where: { $0.id == compose.agentId }) { return a.name }
        return "agent #\(compose.agentId)"
    }

    /// The name shown for the chosen channel.
    public var channelName: String {
        channels.value?.first(where: { $0.id == compose.channel })?.name ?? compose.channel
    }

    /// How the first entry goes, in words an agent cannot miss (review, sending, result).
    public static func entryWords(_ type: MessageType) -> String {
        switch type {
        case .message: return "a message to the customer"
        case .note: return "AN INTERNAL NOTE: agents only, the customer does not see it"
        }
    }

    /// The first entry of the agent picker.
    public static let noAgentName = "No agent: automatic routing"
}

extension AppState {
    /// True when typed characters go into a text input (so `?` is text and help is F1 only).
    public var textInputFocused: Bool {
        guard overlay == nil else { return false }
        switch screen {
        case .contact: return true
        case .compose:
            if let p = compose.picker { return p.kind.hasFilter }
            if compose.fields.picker != nil { return false }
            if compose.focus == .fields { return caseFields.indices.contains(compose.fields.focus)
                && caseFields[compose.fields.focus].kind == .text }
            return compose.focus.takesText
        case .newContact:
            guard let form = newContact?.form, case .editing = newContact?.phase, form.picker == nil else { return false }
            let rows = newContactFields
            return rows.indices.contains(form.focus) && rows[form.focus].kind == .text
        default: return false
        }
    }
}
