import AcquireKit
import TerminalUI

/// Step 1: the query, the results (or recent contacts), paging and the preview.
public struct SearchState: Equatable, Sendable {
    /// The query being typed.
    public var query = TextField("", placeholder: "name, email, phone, or #id")
    /// Selection and scroll over `rows`.
    public var list = ListState()
    /// Results of the current query (all pages loaded so far).
    public var results: [Contact] = []
    /// Contacts picked recently, offered while the query is empty.
    public var recent: [RecentContact] = []
    /// The token of the current query's requests; answers with another token are stale.
    public var token = 0
    /// The query the current results (or the request in flight) belong to.
    public var activeQuery = ""
    /// The next page to ask for, and whether the server may have more.
    public var nextPage = 0
    public var hasMore = false
    /// Total matches the server reported.
    public var total: Int?
    /// A first-page search is in flight.
    public var searching = false
    /// Enter came before the answer for the typed query: pick the contact if exactly one matches.
    public var pickWhenAnswered = false
    /// A next-page request is in flight.
    public var loadingMore = false
    /// The token of the preview load in flight, and the id it is for.
    public var previewToken = 0
    public var previewId: Int?
    /// Why the preview could not be loaded.
    public var previewError: AcquireError?
    /// The token of a direct pick by id (`#1234` Enter) in flight.
    public var pickToken: Int?
    /// The last failure on this screen, shown with its advice.
    public var error: AcquireError?

    public init() {}

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
        return !q.isEmpty && q != activeQuery && typedId?.explicit != true
    }

    /// A contact id typed directly: `#1234` always, bare digits too.
    public var typedId: (id: Int, explicit: Bool)? {
        let q = query.text.trimmingCharacters(in: .whitespaces)
        if q.hasPrefix("#"), let n = Int(q.dropFirst()), n > 0 { return (n, true) }
        if !q.isEmpty, q.allSatisfy(\.isASCII), let n = Int(q), n > 0 { return (n, false) }
        return nil
    }
}
