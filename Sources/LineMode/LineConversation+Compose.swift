import AcquireKit
import CaseDesk
import Foundation

extension LineConversation {
    /// r restores the offered draft; d discards it.
    mutating func draftAnswered(_ text: String, now: Date) -> [LineEffect] {
        guard let d = offered else { return ask(.contact) }
        switch text.lowercased() {
        case "r", "restore":
            offered = nil
            restore(d)
            if contact == nil { return ask(.contact) }
            if CaseInput.titleProblem(title) != nil { return ask(.title) }
            if CaseInput.messageProblem(message) != nil { return ask(.message) }
            return ask(.review)
        case "d", "discard":
            offered = nil
            return [.deleteDraft, .say(LineText.draftDiscarded)] + ask(.contact)
        default:
            return [.say(LineText.pleaseType("r or d")), .ask(LineText.draftQuestion)]
        }
    }

    /// Takes what the draft holds into the conversation.
    mutating func restore(_ d: Draft) {
        if let id = d.contactId { contact = ContactRef(id: id, name: d.contactName ?? "#\(id)") }
        title = d.title
        message = d.message
        channel = d.channel
        agentId = d.agentId
        fieldValues = d.fields ?? [:]
        messageType = d.messageType ?? .message
    }

    /// A search, `#id`, or the number of a contact listed.
    mutating func contactTyped(_ text: String, now: Date) -> [LineEffect] {
        if text.isEmpty {
            if contact != nil { return advance(from: .contact, now: now) }
            return [.say(LineText.contactNeeded), .ask(LineText.contactQuestion(current: contact))]
        }
        if let n = Int(text), n >= 1, n <= results.count {
            return chose(results[n - 1], now: now)
        }
        if text.hasPrefix("#"), case .id(let id)? = CaseChoices.contactKey(text) {
            waiting = .contact
            return [.say("Looking up contact #\(id)…"), .loadContact(id)]
        }
        waiting = .search
        lastSearch = text
        return [.say("Searching for \"\(Sanitizer.clean(text))\"…"), .searchContacts(text)]
    }

    mutating func searchAnswered(_ r: Result<ContactPage, AcquireError>, now: Date) -> [LineEffect] {
        waiting = nil
        switch r {
        case .failure(let e):
            return [.say(LineText.error(e))] + ask(.contact)
        case .success(let page):
            results = page.contacts
            if page.contacts.isEmpty {
                return [.say(LineText.noMatch(lastSearch))] + ask(.contact)
            }
            if page.contacts.count == 1 { return chose(page.contacts[0], now: now) }
            return [.say(LineText.results(page, query: lastSearch)), .ask(LineText.chooseQuestion(count: page.contacts.count))]
        }
    }

    mutating func contactAnswered(_ r: Result<Contact, AcquireError>, now: Date) -> [LineEffect] {
        waiting = nil
        switch r {
        case .failure(let e): return [.say(LineText.error(e))] + ask(.contact)
        case .success(let c): return chose(c, now: now)
        }
    }

    /// The contact is chosen: say so and go on.
    mutating func chose(_ c: Contact, now: Date) -> [LineEffect] {
        contact = ContactRef(id: c.id, name: c.displayName)
        results = []
        return [.say("Contact: " + LineText.describe(c))] + advance(from: .contact, now: now)
    }

    mutating func titleTyped(_ raw: String, now: Date) -> [LineEffect] {
        let typed = raw.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty, !title.isEmpty { return advance(from: .title, now: now) }
        if let p = CaseInput.titleProblem(typed) {
            return [.say(p.message + " Type a title."), .ask(LineText.titleQuestion(current: title))]
        }
        title = typed
        return advance(from: .title, now: now)
    }

    /// One line of the message; a line holding a single "." ends it.
    mutating func messageLine(_ raw: String, now: Date) -> [LineEffect] {
        if raw.trimmingCharacters(in: .whitespaces) == "." { return messageEnded(now: now) }
        messageLines = (messageLines ?? []) + [raw]
        return saveDraft(now)
    }

    /// The end of the message (a single "." or Ctrl-D): check it and go on.
    mutating func messageEnded(now: Date) -> [LineEffect] {
        let lines = messageLines ?? []
        messageLines = nil
        if lines.isEmpty, !message.isEmpty { return [.say("The message is kept.")] + advance(from: .message, now: now) }
        let typed = CaseInput.normalizedMessage(lines.joined(separator: "\n"))
        if let p = CaseInput.messageProblem(typed) {
            return [.say(p.message + " Type the message again.")] + ask(.message)
        }
        message = typed
        return advance(from: .message, now: now)
    }

    mutating func channelTyped(_ text: String, now: Date) -> [LineEffect] {
        let offered = CaseChoices.offeredChannels(channels ?? [])
        if text.isEmpty {
            if !offered.contains(where: { $0.id == channel }), let first = offered.first { channel = first.id }
            return [.say("Channel: \(channelName)")] + advance(from: .channel, now: now)
        }
        if let n = Int(text) {
            guard n >= 1, n <= offered.count else {
                return [.say(LineText.noSuchNumber(n, count: offered.count)), .ask(LineText.channelQuestion(current: channelName))]
            }
            channel = offered[n - 1].id
            return [.say("Channel: \(channelName)")] + advance(from: .channel, now: now)
        }
        switch CaseChoices.channel(text, in: channels ?? []) {
        case .one(let c):
            channel = c.id
            return [.say("Channel: \(channelName)")] + advance(from: .channel, now: now)
        case .none, .several:
            return [.say("No channel is called \"\(Sanitizer.clean(text))\"; type its number or name."),
                    .ask(LineText.channelQuestion(current: channelName))]
        }
    }

    mutating func agentTyped(_ text: String, now: Date) -> [LineEffect] {
        let list = agents ?? []
        if text.isEmpty { return [.say("Agent: \(agentName)")] + advance(from: .agent, now: now) }
        if let n = Int(text), n <= list.count {
            agentId = n == 0 ? 0 : list[n - 1].id
            return [.say("Agent: \(agentName)")] + advance(from: .agent, now: now)
        }
        if text.lowercased() == "auto" {
            agentId = 0
            return [.say("Agent: \(agentName)")] + advance(from: .agent, now: now)
        }
        switch CaseChoices.agent(text, in: list) {
        case .one(let a):
            agentId = a.id
            return [.say("Agent: \(agentName)")] + advance(from: .agent, now: now)
        case .none:
            return [.say("No agent matches \"\(Sanitizer.clean(text))\"; type a number from the list, or part of a name."),
                    .ask(LineText.agentQuestion(current: agentName))]
        case .several(let many):
            return [.say(LineText.severalAgents(many, query: text)), .ask(LineText.agentQuestion(current: agentName))]
        }
    }

    /// Asks for the lists again, or waits for those in flight, then returns to `then`.
    mutating func waitForLists(then next: Step) -> [LineEffect] {
        afterLists = next
        if let e = listsError, !listsLoading {
            step = .listsFailed
            return [.say("Channels and agents could not be loaded. " + LineText.error(e)), .ask(LineText.listsRetryQuestion)]
        }
        step = next
        waiting = .lists
        var out: [LineEffect] = [.say("Loading channels and agents…")]
        if !listsLoading {
            listsLoading = true
            out.append(.loadLists)
        }
        return out
    }

    mutating func listsAnswered(_ c: Result<[Channel], AcquireError>, _ a: Result<[Agent], AcquireError>,
                                _ f: Result<FieldCatalog, AcquireError>, _ d: Result<[Department], AcquireError>) -> [LineEffect] {
        listsLoading = false
        switch f {
        case .success(let catalog):
            fieldDefinitions = catalog.formFields(for: .case)
            fieldsWarning = catalog.warning
        case .failure(let e):
            fieldDefinitions = []
            fieldsWarning = "The case fields could not be read (\(e.message)); the case is sent without them."
        }
        departments = ((try? d.get()) ?? []).filter(\.isOffered)
        switch (c, a) {
        case (.success(let cs), .success(let ags)):
            channels = cs
            agents = ags
            listsError = nil
        case (.failure(let e), _), (_, .failure(let e)):
            listsError = e
        }
        guard waiting == .lists else { return [] }
        waiting = nil
        return ask(afterLists)
    }

    /// Enter tries loading the lists again; q quits.
    mutating func listsRetry(_ text: String) -> [LineEffect] {
        if text.lowercased() == "q" { return quit() }
        listsError = nil
        return waitForLists(then: afterLists)
    }
}
