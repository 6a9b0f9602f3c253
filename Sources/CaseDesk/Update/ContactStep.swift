import AcquireKit
import Foundation
import TerminalUI

/// Step 1's update logic: the query, the search requests and their answers, the preview, the pick.
enum ContactStep {
    /// A key the contact screen's key map did not take: the list's keys, else the query field's.
    static func key(_ app: inout AppState, _ key: Key) -> [Effect] {
        let page = Layout.searchPageSize(app.size, hasError: app.search.error != nil)
        // Home/End edit the query when there is one, move in the list otherwise (as the help lists them).
        if let action = ListState.keyMap.action(for: key),
           app.search.query.isEmpty || (action != .first && action != .last) {
            return move(&app, action, pageSize: page)
        }
        guard app.search.query.handle(key) == .edited else { return [] }
        return queryEdited(&app)
    }

    /// Moves the highlight; loads the next page at the end and the preview after a pause.
    static func move(_ app: inout AppState, _ action: ListState.Action, pageSize: Int) -> [Effect] {
        guard app.search.list.perform(action, pageSize: pageSize) else { return [] }
        return [.startTimer(.previewDebounce, milliseconds: previewDebounceMs)] + loadMoreIfAtEnd(&app)
    }

    /// Asks for the next page when the highlight reaches the last loaded row.
    static func loadMoreIfAtEnd(_ app: inout AppState) -> [Effect] {
        let search = app.search
        guard !search.showsRecent, search.request == .none, search.failedQuery == nil, let found = search.found,
              found.hasMore, search.list.count > 0, search.list.selected >= search.list.count - 1 else { return [] }
        app.search.request = .nextPage(page: found.nextPage, token: found.token)
        return [.searchContacts(query: found.query, page: found.nextPage, limit: searchPageLimit, token: found.token)]
    }

    /// The query changed: wait for a pause in typing (recent contacts come back at once when it is cleared).
    static func queryEdited(_ app: inout AppState) -> [Effect] {
        app.search.error = nil
        app.search.failedQuery = nil
        if case .firstPage(let q, let token, true) = app.search.request {
            app.search.request = .firstPage(query: q, token: token, pickWhenAnswered: false)
        }
        if app.search.showsRecent {
            // Nothing to search: forget the request in flight so its answer is dropped.
            app.search.request = .none
            app.search.found = nil
            app.search.list = ListState(count: app.search.recent.count)
            return [.cancelTimer(.searchDebounce)] + preview(&app)
        }
        return [.startTimer(.searchDebounce, milliseconds: searchDebounceMs)]
    }

    /// The query cleared by its key (Esc).
    static func clearQuery(_ app: inout AppState) -> [Effect] {
        guard !app.search.query.text.isEmpty else { return [] }
        app.search.query.text = ""
        return queryEdited(&app)
    }

    /// The pause in typing is over: send the search for the query as it is now.
    static func search(_ app: inout AppState, pickWhenAnswered: Bool = false) -> [Effect] {
        let q = app.search.query.text.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        if let typed = app.search.typedId, typed.explicit { return [] }   // "#1234" waits for Enter
        let token = app.makeToken()
        app.search.request = .firstPage(query: q, token: token, pickWhenAnswered: pickWhenAnswered)
        return [.searchContacts(query: q, page: 0, limit: searchPageLimit, token: token)]
    }

    /// A search answer: dropped unless it answers the request in flight.
    static func answered(_ app: inout AppState, token: Int, page: Int, _ result: Result<ContactPage, AcquireError>) -> [Effect] {
        guard !app.search.showsRecent else { return [] }
        let query: String, pick: Bool
        switch app.search.request {
        case .firstPage(let q, let t, let p) where t == token && page == 0: (query, pick) = (q, p)
        case .nextPage(let n, let t) where t == token && page == n: (query, pick) = (app.search.found?.query ?? "", false)
        default: return []
        }
        app.search.request = .none
        switch result {
        case .success(let answer):
            let fresh = SearchResults(query: query, token: token, contacts: [], nextPage: 0, hasMore: false, total: nil)
            var found = page == 0 ? fresh : app.search.found ?? fresh
            let known = Set(found.contacts.map(\.id))
            found.contacts += answer.contacts.filter { !known.contains($0.id) }
            found.nextPage = page + 1
            found.hasMore = answer.hasMore && !answer.contacts.isEmpty
            found.total = answer.total
            app.search.found = found
            app.search.failedQuery = nil
            app.search.error = nil
            if page == 0 { app.search.list = ListState(count: found.contacts.count) } else { app.search.list.count = found.contacts.count }
            if page == 0, pick, answer.contacts.count == 1 { return use(&app, ContactRow(answer.contacts[0])) }
            return page == 0 ? preview(&app) : []
        case .failure(let e):
            // A failed first page: the last good results stay on screen, marked as old, and the list
            // says the search failed. A failed next page keeps the pages loaded (moving on asks again).
            if page == 0 { app.search.failedQuery = query }
            app.search.error = e
            return []
        }
    }

    /// Loads the highlighted contact for the preview unless it is loaded or already asked for.
    static func preview(_ app: inout AppState) -> [Effect] {
        guard let row = app.search.highlighted else { return [] }
        app.search.previewError = nil
        app.search.previewId = row.id
        var out: [Effect] = []
        if app.contacts[row.id] == nil, app.search.previewRequest?.id != row.id {   // not loaded nor asked
            let request = ContactRequest(id: row.id, token: app.makeToken())
            app.search.previewRequest = request
            out.append(.loadContact(id: row.id, token: request.token))
        }
        // The latest cases, asked once per contact (the preview lists them; compose reopens one).
        if app.contactCases[row.id] == nil {
            app.contactCases[row.id] = .loading
            out.append(.loadContactCases(contactId: row.id, limit: contactCaseLimit))
        }
        return out
    }

    /// Enter on the contact screen: `#id` loads that contact, else the highlighted row, else bare digits as an id.
    static func pick(_ app: inout AppState) -> [Effect] {
        if let typed = app.search.typedId, typed.explicit { return pick(&app, id: typed.id) }
        if let row = app.search.highlighted { return use(&app, row) }
        if let typed = app.search.typedId { return pick(&app, id: typed.id) }
        // Enter before the answer (a fast typist): search now and pick when it comes, if exactly one matches.
        let q = app.search.query.text.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, !app.search.showsRecent else { return [] }
        if case .firstPage(let inFlight, let token, _) = app.search.request, inFlight == q {
            app.search.request = .firstPage(query: q, token: token, pickWhenAnswered: true)
            return []
        }
        guard app.search.lastQuery != q else { return [] }
        return [.cancelTimer(.searchDebounce)] + search(&app, pickWhenAnswered: true)
    }

    /// Loads contact `id` to pick it (or picks it at once when it is loaded).
    static func pick(_ app: inout AppState, id: Int) -> [Effect] {
        if let c = app.contacts[id] { return use(&app, ContactRow(c)) }
        let request = ContactRequest(id: id, token: app.makeToken())
        app.search.pickRequest = request
        app.search.error = nil
        return [.loadContact(id: id, token: request.token)]
    }

    /// The contact is chosen for the case: remember it and go to compose.
    static func use(_ app: inout AppState, _ row: ContactRow) -> [Effect] {
        app.contactCheck = nil   // a contact picked now is the one Acquire has
        let recent = RecentContact(id: row.id, name: row.name, email: row.email.isEmpty ? nil : row.email,
                                   phone: row.phone.isEmpty ? nil : row.phone,
                                   company: row.company.isEmpty ? nil : row.company, usedAt: app.now)
        app.search.recent = RecentContact.remembering(recent, in: app.search.recent)
        let changed = app.contact?.id != row.id
        app.contact = ContactRef(id: row.id, name: row.name)
        app.screen = .compose
        app.compose.picker = nil
        if app.compose.title.text.isEmpty { app.compose.focus = .title }
        var out: [Effect] = [.rememberContact(recent)]
        if changed {
            app.compose.cases = .idle
            app.compose.reopen = nil
            app.compose.pendingReopenId = nil
            out += App.draftChanged(&app)
        }
        out += ComposeStep.loadCasesIfNeeded(&app)
        return out + App.loadListsIfNeeded(&app)
    }

    /// A contact answer: a direct pick, the result's contact, a preview, or stale.
    static func contactAnswered(_ app: inout AppState, token: Int, _ result: Result<Contact, AcquireError>) -> [Effect] {
        if token == app.contactCheck?.token {
            if case .success(let c) = result { app.contacts[c.id] = c }
            ComposeStep.contactChecked(&app, result)
            return []
        }
        if token == app.search.pickRequest?.token {
            app.search.pickRequest = nil
            switch result {
            case .success(let c):
                app.contacts[c.id] = c
                guard app.screen == .contact else { return [] }
                return use(&app, ContactRow(c))
            case .failure(let e):
                app.search.error = e
                return []
            }
        }
        // A contact is the same whichever request brought it, so a late preview is still kept.
        if case .success(let c) = result { app.contacts[c.id] = c }
        if let r = app.result, r.contactToken == token {
            app.result?.contactToken = nil
            if case .success(let c) = result, c.id == (r.record.contactId ?? c.id) { app.result?.contact = c }
            return []
        }
        guard token == app.search.previewRequest?.token else { return [] }
        app.search.previewRequest = nil
        if case .failure(let e) = result { app.search.previewError = e }
        return []
    }
}
