import AcquireKit
import CaseDesk
import Foundation

/// Every sentence the line mode prints: plain text, no escapes, one idea a line.
enum LineText {
    static func banner(isSandbox: Bool) -> String {
        let head = "acquire-cases, line mode: one question at a time. Ctrl-C quits; what you typed is kept as a draft."
        return isSandbox ? head + "\nSANDBOX: the built-in sandbox; nothing reaches Acquire." : head
    }

    static func draftOffer(_ d: Draft, timeZone: TimeZone) -> String {
        var parts: [String] = []
        if let id = d.contactId { parts.append("for \(Sanitizer.clean(d.contactName ?? "#\(id)")) (#\(id))") }
        if !d.title.isEmpty { parts.append("titled \"\(Sanitizer.clean(d.title))\"") }
        let lines = d.message.isEmpty ? 0 : d.message.split(separator: "\n", omittingEmptySubsequences: false).count
        if lines > 0 { parts.append("\(lines) line\(lines == 1 ? "" : "s") of message") }
        return "An unsent draft from \(stamp(d.updatedAt, timeZone)): " + parts.joined(separator: ", ") + "."
    }

    static func settling(_ marker: SentMarker, timeZone: TimeZone) -> String {
        "This case was sent at \(stamp(marker.at, timeZone)) and no answer came before the program ended: "
            + "looking among the contact's recent cases before anything is sent again…"
    }

    static let draftQuestion = "Restore it? r = restore, d = discard: "
    static let draftDiscarded = "The draft is discarded."
    static let draftKept = "The draft is kept; it will be offered the next time acquire-cases starts."

    static func contactQuestion(current: ContactRef?) -> String {
        if let c = current { return "Contact (name, e-mail, phone or #id; Enter keeps \(Sanitizer.clean(c.name)) (#\(c.id))): " }
        return "Contact (name, e-mail, phone or #id): "
    }

    static let contactNeeded = "A case needs a contact: type part of a name, an e-mail address, a phone number, or #id."

    static func noMatch(_ query: String) -> String {
        "No contact matches \"\(Sanitizer.clean(query))\". Try another search."
    }

    static func results(_ page: ContactPage, query: String) -> String {
        let total = page.total.map { max($0, page.contacts.count) } ?? page.contacts.count
        var lines = ["\(total) contact\(total == 1 ? "" : "s") match \"\(Sanitizer.clean(query))\":"]
        for (i, c) in page.contacts.enumerated() { lines.append("  \(i + 1). " + describe(c)) }
        if page.hasMore || total > page.contacts.count {
            lines.append("Only the first \(page.contacts.count) are listed; a longer search narrows them.")
        }
        return lines.joined(separator: "\n")
    }

    static func chooseQuestion(count: Int) -> String {
        "Type a number from 1 to \(count) to choose, or another search: "
    }

    /// "Name <email> phone (#id)".
    static func describe(_ c: Contact) -> String {
        var s = Sanitizer.clean(c.displayName)
        if let e = c.email, !e.isEmpty, e != c.displayName { s += " <\(Sanitizer.clean(e))>" }
        if let p = c.phone, !p.isEmpty, p != c.displayName { s += " \(Sanitizer.clean(p))" }
        return s + " (#\(c.id))"
    }

    static func titleQuestion(current: String) -> String {
        current.isEmpty ? "Title: " : "Title (Enter keeps \"\(Sanitizer.clean(current))\"): "
    }

    static func messageIntro(hasCurrent: Bool) -> String {
        let how = "Message: type it line by line; end with a line holding a single . (or Ctrl-D on an empty line)."
        return hasCurrent ? how + " Ending at once keeps the current message." : how
    }

    static func channelList(_ channels: [Channel]) -> String {
        (["Channels:"] + channels.enumerated().map { "  \($0.offset + 1). \(Sanitizer.clean($0.element.name)) (\($0.element.id))" })
            .joined(separator: "\n")
    }

    static func channelQuestion(current: String) -> String {
        "Channel (number or name; Enter keeps \(Sanitizer.clean(current))): "
    }

    /// The agents that can be mentioned, by id.
    static func mentionList(_ agents: [Agent]) -> String {
        (["Agents to mention (by id or name):"] + agents.map { "  #\($0.id) \(Sanitizer.clean($0.name))" }).joined(separator: "\n")
    }

    static func mentionQuestion(current: String) -> String {
        "Mention (ids or names separated by commas; - for nobody; Enter keeps"
            + (current.isEmpty ? " nobody" : " " + Sanitizer.clean(current)) + "): "
    }

    static func agentList(_ agents: [Agent]) -> String {
        var lines = ["Agents:", "  0. " + AppState.noAgentName]
        for (i, a) in agents.enumerated() {
            let status = a.status.isEmpty ? "" : ", \(Sanitizer.clean(a.status))"
            lines.append("  \(i + 1). \(Sanitizer.clean(a.name)) (#\(a.id)\(status))")
        }
        return lines.joined(separator: "\n")
    }

    static func agentQuestion(current: String) -> String {
        "Agent (number, name or e-mail; Enter keeps \(Sanitizer.clean(current))): "
    }

    static func severalAgents(_ agents: [Agent], query: String) -> String {
        "Several agents match \"\(Sanitizer.clean(query))\": "
            + agents.map { "\(Sanitizer.clean($0.name)) (#\($0.id))" }.joined(separator: ", ")
            + ". Type more of the name, or its number."
    }

    static func noSuchNumber(_ n: Int, count: Int) -> String {
        "There is no number \(n) in the list; type 1 to \(count), or a name."
    }

    /// The choices (numbered) and the question for one custom field.
    static func fieldQuestion(_ d: FieldDefinition, current: FieldValue?, departments: [Department]) -> [LineEffect] {
        let label = Sanitizer.clean(d.formLabel)
        var out: [LineEffect] = []
        var how: String
        switch d.kind {
        case .text: how = d.input?.wantsEmail == true ? "an e-mail address" : "text"
        case .radio: how = "a number or an option"
        case .checkbox: how = "numbers or options, separated by commas"
        case .department: how = departments.isEmpty ? "a department id" : "a number or a department"
        }
        let choices: [String]
        switch d.kind {
        case .radio, .checkbox: choices = d.options
        case .department: choices = departments.map(\.name)
        case .text: choices = []
        }
        if !choices.isEmpty {
            out.append(.say(label + ":\n" + choices.enumerated().map { "  \($0.offset + 1). \(Sanitizer.clean($0.element))" }.joined(separator: "\n")))
        }
        if d.isRequired { how = "required; " + how }
        let keep = current.map { "Enter keeps \(Sanitizer.clean($0.displayText)), - clears" } ?? (d.isRequired ? "" : "Enter leaves it empty")
        out.append(.ask("\(label) (\(how)\(keep.isEmpty ? "" : "; " + keep)): "))
        return out
    }

    static let listsRetryQuestion = "Enter = try again, q = quit (the draft is kept): "

    static func review(contact: ContactRef?, title: String, message: String, channel: String, agent: String,
                       fields: [(String, String)] = [], problems: [String], sends: String? = nil, mentions: String = "") -> String {
        var lines = ["Review the case:"]
        lines.append("  Contact: " + (contact.map { "\(Sanitizer.clean($0.name)) (#\($0.id))" } ?? "(none)"))
        lines.append("  Title: " + (title.isEmpty ? "(empty)" : Sanitizer.clean(title)))
        lines.append("  Channel: " + Sanitizer.clean(channel))
        lines.append("  Agent: " + Sanitizer.clean(agent))
        for (label, value) in fields { lines.append("  \(Sanitizer.clean(label)): \(Sanitizer.clean(value))") }
        lines.append("  Message:")
        if message.isEmpty { lines.append("    (empty)") }
        for l in message.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append("    " + Sanitizer.clean(String(l)))
        }
        if let sends { lines.append("  Sends: " + sends) }
        if !mentions.isEmpty { lines.append("  Mentions: " + Sanitizer.clean(mentions)) }
        if !problems.isEmpty {
            lines.append("It cannot be sent yet:")
            lines += problems.map { "  - " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// Review letters and the question they change.
    static let editKeys: [String: LineConversation.Step] = ["c": .contact, "t": .title, "m": .message, "h": .channel,
                                                          "a": .agent, "f": .field(0)]

    static func reviewQuestion(canSend: Bool, hasFields: Bool = false) -> String {
        (canSend ? "Send it? y = send, " : "Change: ") + "c = contact, t = title, m = message, h = channel, a = agent, "
            + (hasFields ? "f = fields, " : "") + "n = note or message, @ = mentions, q = quit (the draft is kept): "
    }

    /// The error's sentence and what to do.
    static func error(_ e: AcquireError) -> String { e.message + " " + e.advice }

    static func failedQuestion(canRetry: Bool) -> String {
        (canRetry ? "r = retry, " : "") + "e = back to the review, q = quit (the draft is kept): "
    }

    static func notConfirmed(contactId: Int) -> String {
        "not confirmed: case may exist for #\(contactId); check before creating again"
    }

    static let notConfirmedQuestion = "l = look again, s = send again anyway, e = back to the review, q = quit (the draft is kept): "

    static func created(_ r: CaseRecord, name: String, contactId: Int) -> String {
        "created: case #\(r.id) for \(Sanitizer.clean(name)) (#\(contactId))"
    }

    static func createdFound(_ r: CaseRecord) -> String { "created: case #\(r.id) (found)" }

    static func caseDetails(_ r: CaseRecord) -> String {
        var parts = ["status \(r.status)", "channel \(r.channel)"]
        if let t = r.threadId { parts.append("thread #\(t)") }
        if !r.users.isEmpty { parts.append("assigned to " + r.users.map { $0.name.isEmpty ? "#\($0.id)" : $0.name }.joined(separator: ", ")) }
        return "  " + Sanitizer.clean(parts.joined(separator: ", "))
    }

    static let nextQuestion = "n = another case for this contact, a = another contact, q = quit: "

    static func pleaseType(_ what: String) -> String { "Please type \(what)." }

    static func stamp(_ d: Date, _ zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
