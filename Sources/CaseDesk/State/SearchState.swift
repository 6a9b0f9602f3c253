import AcquireKit
import TerminalUI

/// The answered pages of one query.
public struct SearchResults: Equatable, Sendable {
    /// The query these results answer, and the token its pages are asked with.
    public var query: String
    public var token: Int
    /// All pages loaded so far, in the server's order, without repeats.
    public var contacts: [Contact]
    /// The next page to ask for, and whether the server may have more.
    public var nextPage: Int
    public var hasMore: Bool
    /// Total matches the server reported.
    public var total: Int?
}

/// The search request in flight, if any; an answer with another token (or none in flight) is stale.
public enum SearchRequest: Equatable, Sendable {
    case none
    /// The first page for `query`; `pickWhenAnswered`: Enter came first, so pick the contact if exactly one matches.
    case firstPage(query: String, token: Int, pickWhenAnswered: Bool)
    /// The next page of the current results.
    case nextPage(page: Int, token: Int)
}

/// A contact asked for by id (for the preview or a direct pick) and the token its answer carries.
public struct ContactRequest: Equatable, Sendable {
    public var id: Int
    public var token: Int
}

/// Step 1: the query, the results (or recent contacts), paging and the preview.
public struct SearchState: Equatable, Sendable {
    /// The query being typed.
    public var query = TextField("", placeholder: "name, email, phone, or #id")
    /// Selection and scroll over `rows`.
    public var list = ListState()
    /// The last answered results (kept, marked as old, when a later search fails).
    public var found: SearchResults?
    /// Contacts picked recently, offered while the query is empty.
    public var recent: [RecentContact] = []
    /// The search request in flight.
    public var request = SearchRequest.none
    /// The query whose search failed (its error is `error`); nil after a success or an edit.
    public var failedQuery: String?
    /// The preview load in flight.
    public var previewRequest: ContactRequest?
    /// The contact the preview shows (loaded or on its way).
    public var previewId: Int?
    /// Why the preview could not be loaded.
    public var previewError: AcquireError?
    /// A direct pick by id (`#1234` Enter) in flight.
    public var pickRequest: ContactRequest?
    /// The last failure on this screen, shown with its advice.
    public var error: AcquireError?

    public init() {}

    /// The contacts of the last answered search (all pages so far).
    public var results: [Contact] { found?.contacts ?? [] }
    /// True while a first-page search is in flight.
    public var searching: Bool { if case .firstPage = request { return true } else { return false } }
    /// True while a next-page request is in flight.
    public var loadingMore: Bool { if case .nextPage = request { return true } else { return false } }
    /// True when the server may have more results than loaded.
    public var hasMore: Bool { found?.hasMore ?? false }
    /// True when Enter came before the answer and the only match will be picked.
    public var pickWhenAnswered: Bool {
        if case .firstPage(_, _, true) = request { return true } else { return false }
    }

    /// The query last sent: the one in flight, else the one that failed, else the one answered.
    public var lastQuery: String {
        if case .firstPage(let q, _, _) = request { return q }
        return failedQuery ?? found?.query ?? ""
    }

    /// True when the results shown answer an earlier query than the one that just failed.
    public var resultsAreOld: Bool { failedQuery != nil && found != nil }

    /// The rows on screen: recent contacts before anything is typed, else the results.
    public var rows: [ContactRow] {
        if showsRecent { return recent.map(ContactRow.init) }
        return results.map(ContactRow.init)
    }

    /// True while the query is empty, so recent contacts are listed.
    public var showsRecent: Bool { query.text.trimmingCharacters(in: .whitespaces).isEmpty }

    /// The highlighted row, if any.
    public var highlighted: ContactRow? {
        let r = rows
        guard !r.isEmpty, list.selected < r.count else { return nil }
        return r[list.selected]
    }

    /// True while the query differs from the one last searched (the pause in typing is running).
    public var isWaitingForPause: Bool {
        let q = query.text.trimmingCharacters(in: .whitespaces)
        return !q.isEmpty && q != lastQuery && typedId?.explicit != true
    }

    /// A contact id typed directly: `#1234` always, bare digits too.
    public var typedId: (id: Int, explicit: Bool)? {
        let q = query.text.trimmingCharacters(in: .whitespaces)
        if q.hasPrefix("#"), let n = Int(q.dropFirst()), n > 0 { return (n, true) }
        if !q.isEmpty, q.allSatisfy(\.isASCII), let n = Int(q), n > 0 { return (n, false) }
        return nil
    }
}
