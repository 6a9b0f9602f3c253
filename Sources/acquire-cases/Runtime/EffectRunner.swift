import AcquireKit
import CaseDesk
import Foundation
import Logging

/// The effects that need the terminal or the loop (timers, the editor, suspending, quitting);
/// the `AppRunner` provides them.
protocol TerminalEffects: AnyObject {
    /// Starts (or restarts) a one-shot timer.
    func startTimer(_ id: TimerID, milliseconds: Int)
    /// Cancels a timer if it is running.
    func cancelTimer(_ id: TimerID)
    /// Runs $VISUAL/$EDITOR on the text and answers `.editorFinished`.
    func openEditor(_ text: String)
    /// Ctrl-Z: leaves curses, stops, comes back on `fg`.
    func suspend()
    /// Ends the loop with the exit code.
    func quit(code: Int32)
}

/// Performs every `Effect` in one exhaustive switch (a new effect does not compile until it is
/// handled here). API calls run as Tasks whose answers are posted back to the loop as `Msg`s;
/// drafts and recent contacts are written at once; terminal effects go to `terminal`.
final class EffectRunner {
    private let api: any AcquireAPI
    private let post: @Sendable (Msg) -> Void
    private let stores: Stores
    private let logger: Logger?
    private var submitTask: Task<Void, Never>?
    /// The latest draft whose save failed (nil once a save worked or the draft was deleted): on
    /// the way out it goes to a fallback file or is printed (`FallbackDraft`).
    private(set) var unsavedDraft: Draft?
    private var saveFailure: String?
    weak var terminal: (any TerminalEffects)?

    init(api: any AcquireAPI, stores: Stores, logger: Logger?, post: @escaping @Sendable (Msg) -> Void) {
        self.api = api
        self.stores = stores
        self.logger = logger
        self.post = post
    }

    /// Performs one effect.
    func perform(_ effect: Effect) {
        let api = self.api
        switch effect {
        case let .searchContacts(query, page, limit, token):
            request({ try await api.searchContacts(query, page: page, limit: limit) }) { .searchResults(token: token, page: page, $0) }
        case let .loadContact(id, token):
            request({ try await api.contact(id: id) }) { .contactLoaded(token: token, $0) }
        case .loadAgents:
            request({ try await api.agents() }) { .agentsLoaded($0) }
        case .loadChannels:
            request({ try await api.channels() }) { .channelsLoaded($0) }
        case let .loadShortcuts(search):
            request({ try await api.shortcuts(search: search) }) { .shortcutsLoaded($0) }
        case let .lookupRecentCases(contactId, limit):
            request({ try await api.recentCases(contactId: contactId, limit: limit) }) { .recentCasesLoaded(contactId: contactId, $0) }
        case let .loadContactCases(contactId, limit):
            request({ try await api.recentCases(contactId: contactId, limit: limit) }) { .contactCasesLoaded(contactId: contactId, $0) }
        case .loadFieldDefinitions:
            request({ try await api.fieldDefinitions() }) { .fieldDefinitionsLoaded($0) }
        case .loadDepartments:
            request({ try await api.departments() }) { .departmentsLoaded($0) }
        case let .findContacts(req, token):
            request({ try await api.contactsMatching(req) }) { .contactsFound(token: token, $0) }
        case let .createContact(req):
            request({ try await api.createContact(req) }) { .contactCreated($0) }
        case let .submit(req):
            submit(req)
        case .cancelSubmit:
            submitTask?.cancel()
        case let .saveDraft(draft):
            saveDraft(draft)
        case .deleteDraft:
            stores.draft.remove()
            unsavedDraft = nil
        case let .rememberContact(contact):
            do { try stores.remember(contact) } catch { logger?.error("recent contacts not saved: \(error)") }
        case let .startTimer(id, ms):
            terminal?.startTimer(id, milliseconds: ms)
        case let .cancelTimer(id):
            terminal?.cancelTimer(id)
        case let .openEditor(text):
            terminal?.openEditor(text)
        case .suspend:
            terminal?.suspend()
        case let .quit(code):
            terminal?.quit(code: code)
        }
    }

    /// Writes the draft; a failure is told to the app at once (and again when it is mended).
    private func saveDraft(_ draft: Draft) {
        do {
            try stores.draft.save(draft)
            if unsavedDraft != nil { post(.draftSaveWorked) }
            unsavedDraft = nil
            saveFailure = nil
        } catch {
            logger?.error("draft not saved: \(error)")
            unsavedDraft = draft
            let why = "\(error)"
            if why != saveFailure { post(.draftSaveFailed(why)) }
            saveFailure = why
        }
    }

    /// Sends the create exactly once; the answer (or the cancellation) comes back as `.submitFinished`.
    private func submit(_ req: CreateCaseRequest) {
        let api = self.api
        let sentAt = Date()
        submitTask = request({ try await api.createCase(req) }) { .submitFinished($0, sentAt: sentAt) }
    }

    /// Runs one API call in its own task and posts its answer; the task is returned so it can be cancelled.
    @discardableResult
    private func request<T: Sendable>(_ work: @escaping @Sendable () async throws -> T,
                                      answer: @escaping @Sendable (Result<T, AcquireError>) -> Msg) -> Task<Void, Never> {
        let post = self.post
        return Task.detached {
            let result: Result<T, AcquireError>
            do {
                result = .success(try await work())
            } catch {
                result = .failure(acquireError(from: error))
            }
            post(answer(result))
        }
    }
}

/// Every failure as an `AcquireError` (the client throws only those; anything else is a bug
/// or a cancellation, still shown as one clear sentence).
func acquireError(from error: any Error) -> AcquireError {
    if let e = error as? AcquireError { return e }
    if error is CancellationError { return .cancelled }
    return .offline(Sanitizer.clean(String(describing: error)))
}
