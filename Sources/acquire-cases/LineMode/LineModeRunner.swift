import AcquireKit
import CaseDesk
import Foundation
import LineMode
import Logging

/// Runs the line mode: the conversation (pure, in LineMode) fed by the terminal's lines and
/// Acquire's answers; its effects performed here, one request at a time. Signals end in a saved draft.
struct LineModeRunner {
    let api: any AcquireAPI
    let stores: Stores
    let isSandbox: Bool
    let logger: Logger?

    /// Runs until the agent quits or a signal arrives; the exit status.
    func run() -> Int32 {
        let terminal = LineTerminal()
        Signals.install(wakeWriteFD: terminal.wakeWrite)
        var conversation = LineConversation(isSandbox: isSandbox, timeZone: .current)
        let (draft, setAside) = stores.loadDraft()
        if let setAside {
            terminal.say("A saved draft could not be read (damaged, or from a newer version); it was kept as \(setAside).\n")
        }
        var effects = conversation.start(draft: draft, now: Date())
        while true {
            for effect in effects {
                if let code = perform(effect, terminal) { return code }
            }
            let event: LineEvent
            switch terminal.next(readLine: conversation.wantsLine) {
            case .line(let text): event = .line(text)
            case .endOfInput:
                terminal.say("\n")
                event = .endOfInput
            case .answer(let answer): event = answer
            case .signal(let sig):
                return stop(conversation, terminal, code: 128 + sig, newline: true)
            case .hangup:
                return stop(conversation, terminal, code: 129, newline: false)
            }
            effects = conversation.handle(event, now: Date())
        }
    }

    /// Saves what is unsent and says so; the exit status.
    private func stop(_ conversation: LineConversation, _ terminal: LineTerminal, code: Int32, newline: Bool) -> Int32 {
        if conversation.hasUnsentWork {
            let draft = conversation.draft(at: Date())
            do { try stores.draft.save(draft) } catch { logger?.error("draft not saved: \(error)") }
            terminal.say((newline ? "\n" : "") + "The draft is kept; it will be offered the next time acquire-cases starts.\n")
        }
        logger?.info("line mode stopped code=\(code)")
        return code
    }

    /// Performs one effect; the exit status when it ends the run.
    private func perform(_ effect: LineEffect, _ terminal: LineTerminal) -> Int32? {
        let api = self.api
        switch effect {
        case .say(let text): terminal.say(text + "\n")
        case .ask(let question): terminal.say(question)
        case .searchContacts(let query):
            ask(terminal) { .contactsFound(await result { try await api.searchContacts(query, page: 0, limit: LineConversation.pageSize) }) }
        case .loadContact(let id):
            ask(terminal) { .contactLoaded(await result { try await api.contact(id: id) }) }
        case .loadLists:
            ask(terminal) {
                async let channels = result { try await api.channels() }
                async let agents = result { try await api.agents() }
                async let fields = result { try await api.fieldDefinitions() }
                async let departments = result { try await api.departments() }
                return .listsLoaded(channels: await channels, agents: await agents, fields: await fields,
                                    departments: await departments)
            }
        case .submit(let request):
            ask(terminal) {
                let sentAt = Date()
                return .createAnswered(await result { try await api.createCase(request) }, sentAt: sentAt)
            }
        case .lookupRecentCases(let contactId):
            ask(terminal) { .recentCases(await result { try await api.recentCases(contactId: contactId, limit: UncertainCreate.lookupLimit) }) }
        case .saveDraft(let draft):
            do { try stores.draft.save(draft) } catch {
                logger?.error("draft not saved: \(error)")
                terminal.say("The draft could NOT be saved (\(error)); copy your text from the screen before you quit.\n")
            }
        case .deleteDraft:
            stores.draft.remove()
        case .quit(let code):
            return code
        }
        return nil
    }

    /// Runs `work` as a Task and posts its answer to the terminal's loop.
    private func ask(_ terminal: LineTerminal, _ work: @escaping @Sendable () async -> LineEvent) {
        Task.detached { terminal.post(await work()) }
    }
}

/// The outcome of one call, every failure as an `AcquireError`.
private func result<T: Sendable>(_ work: () async throws -> T) async -> Result<T, AcquireError> {
    do { return .success(try await work()) } catch { return .failure(acquireError(from: error)) }
}
