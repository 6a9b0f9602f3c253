import AcquireKit
import CaseDesk
import Foundation
import Logging

/// Performs the effects that talk to Acquire or to the disk, and posts each answer back to
/// the loop as a `Msg`. Terminal effects (editor, suspend, quit) are the AppRunner's.
final class EffectRunner {
    private let api: any AcquireAPI
    private let post: @Sendable (Msg) -> Void
    private let stores: Stores
    private let logger: Logger?
    private var submitTask: Task<Void, Never>?
    static let pageSize = 20

    init(api: any AcquireAPI, stores: Stores, logger: Logger?, post: @escaping @Sendable (Msg) -> Void) {
        self.api = api
        self.stores = stores
        self.logger = logger
        self.post = post
    }

    /// Performs one data effect; returns false for effects this runner does not own.
    func perform(_ effect: Effect) -> Bool {
        let api = self.api
        switch effect {
        case let .searchContacts(query, page, token):
            request({ try await api.searchContacts(query, page: page, limit: Self.pageSize) }) { .searchResults(token: token, page: page, $0) }
        case let .loadContact(id, token):
            request({ try await api.contact(id: id) }) { .contactLoaded(token: token, $0) }
        case .loadAgents:
            request({ try await api.agents() }) { .agentsLoaded($0) }
        case .loadChannels:
            request({ try await api.channels() }) { .channelsLoaded($0) }
        case let .loadShortcuts(search):
            request({ try await api.shortcuts(search: search) }) { .shortcutsLoaded($0) }
        case let .lookupRecentCases(contactId):
            request({ try await api.recentCases(contactId: contactId, limit: UncertainCreate.lookupLimit) }) { .recentCasesLoaded(contactId: contactId, $0) }
        case let .submit(req):
            submit(req)
        case .cancelSubmit:
            submitTask?.cancel()
        case let .saveDraft(draft):
            do { try stores.draft.save(draft) } catch { logger?.error("draft not saved: \(error)") }
        case .deleteDraft:
            stores.draft.remove()
        case let .rememberContact(contact):
            do { try stores.remember(contact) } catch { logger?.error("recent contacts not saved: \(error)") }
        default:
            return false
        }
        return true
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
