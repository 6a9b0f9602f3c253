import AcquireKit
import Foundation
import TerminalUI

/// A key the contact screen's key map did not take: list movement, else the query field.
func searchKey(_ s: inout AppState, _ key: Key) -> [Effect] {
    let page = Layout.searchPageSize(s.size, hasError: s.search.error != nil)
    // Home/End edit the query when there is one, move in the list otherwise (as the help lists them).
    if let action = ListState.keyMap.action(for: key), s.search.query.isEmpty || (action != .first && action != .last) {
        return moveInList(&s, action, pageSize: page)
    }
    guard s.search.query.handle(key) == .edited else { return [] }
    return queryEdited(&s)
}

/// Moves the highlight; loads the next page at the end and the preview after a pause.
func moveInList(_ s: inout AppState, _ action: ListState.Action, pageSize: Int) -> [Effect] {
    guard s.search.list.perform(action, pageSize: pageSize) else { return [] }
    var out: [Effect] = [.startTimer(.previewDebounce, milliseconds: previewDebounceMs)]
    out += loadMoreIfAtEnd(&s)
    return out
}

/// Asks for the next page when the highlight reaches the last loaded row.
func loadMoreIfAtEnd(_ s: inout AppState) -> [Effect] {
    let sr = s.search
    guard !sr.showsRecent, sr.hasMore, !sr.loadingMore, !sr.searching,
          sr.list.count > 0, sr.list.selected >= sr.list.count - 1 else { return [] }
    s.search.loadingMore = true
    return [.searchContacts(query: sr.activeQuery, page: sr.nextPage, limit: searchPageLimit, token: sr.token)]
}

/// The query changed: wait for a pause in typing (recent contacts come back at once when it is cleared).
func queryEdited(_ s: inout AppState) -> [Effect] {
    s.search.error = nil
    s.search.pickWhenAnswered = false
    if s.search.showsRecent {
        // Nothing to search: forget the query in flight so its answer is dropped.
        s.search.token = s.makeToken()
        s.search.searching = false
        s.search.loadingMore = false
        s.search.results = []
        s.search.activeQuery = ""
        s.search.list = ListState(count: s.search.recent.count)
        return [.cancelTimer(.searchDebounce)] + previewNow(&s)
    }
    return [.startTimer(.searchDebounce, milliseconds: searchDebounceMs)]
}

/// The debounce timer fired: send the search for the query as it is now.
func startSearch(_ s: inout AppState) -> [Effect] {
    let q = s.search.query.text.trimmingCharacters(in: .whitespaces)
    guard !q.isEmpty else { return [] }
    if let typed = s.search.typedId, typed.explicit { return [] }   // "#1234" waits for Enter
    s.search.token = s.makeToken()
    s.search.activeQuery = q
    s.search.searching = true
    s.search.loadingMore = false
    return [.searchContacts(query: q, page: 0, limit: searchPageLimit, token: s.search.token)]
}

/// A search answer: dropped unless it carries the current token (and the expected page).
func searchAnswered(_ s: inout AppState, token: Int, page: Int, _ result: Result<ContactPage, AcquireError>) -> [Effect] {
    guard token == s.search.token, !s.search.showsRecent else { return [] }
    switch result {
    case .success(let p):
        if page == 0 {
            s.search.results = p.contacts
            s.search.list = ListState(count: p.contacts.count)
        } else {
            guard page == s.search.nextPage, s.search.loadingMore else { return [] }
            let known = Set(s.search.results.map(\.id))
            s.search.results += p.contacts.filter { !known.contains($0.id) }
            s.search.list.count = s.search.results.count
        }
        s.search.nextPage = page + 1
        s.search.hasMore = p.hasMore && !p.contacts.isEmpty
        s.search.total = p.total
        s.search.searching = false
        s.search.loadingMore = false
        s.search.error = nil
        if page == 0, s.search.pickWhenAnswered {
            s.search.pickWhenAnswered = false
            if p.contacts.count == 1 { return choose(&s, row: ContactRow(p.contacts[0])) }
        }
        return page == 0 ? previewNow(&s) : []
    case .failure(let e):
        s.search.searching = false
        s.search.loadingMore = false
        s.search.pickWhenAnswered = false
        s.search.error = e
        return []
    }
}

/// Loads the highlighted contact for the preview unless it is already loaded.
func previewNow(_ s: inout AppState) -> [Effect] {
    guard let row = s.search.highlighted else { return [] }
    s.search.previewError = nil
    guard s.contacts[row.id] == nil else {
        s.search.previewId = row.id
        return []
    }
    if s.search.previewId == row.id, s.search.previewToken != 0 { return [] }   // already asked
    s.search.previewToken = s.makeToken()
    s.search.previewId = row.id
    return [.loadContact(id: row.id, token: s.search.previewToken)]
}

/// Enter on the contact screen: `#id` loads that contact, else the highlighted row, else bare digits as an id.
func pickContact(_ s: inout AppState) -> [Effect] {
    if let typed = s.search.typedId, typed.explicit { return pickById(&s, typed.id) }
    if let row = s.search.highlighted { return choose(&s, row: row) }
    if let typed = s.search.typedId { return pickById(&s, typed.id) }
    // Enter before the answer (a fast typist): search now and pick when it comes, if exactly one matches.
    let q = s.search.query.text.trimmingCharacters(in: .whitespaces)
    guard !q.isEmpty, !s.search.showsRecent else { return [] }
    if s.search.activeQuery != q {
        s.search.pickWhenAnswered = true
        return [.cancelTimer(.searchDebounce)] + startSearch(&s)
    }
    if s.search.searching { s.search.pickWhenAnswered = true }
    return []
}

func pickById(_ s: inout AppState, _ id: Int) -> [Effect] {
    if let c = s.contacts[id] { return choose(&s, row: ContactRow(c)) }
    let token = s.makeToken()
    s.search.pickToken = token
    s.search.error = nil
    return [.loadContact(id: id, token: token)]
}

/// The contact is chosen: remember it and go to compose.
func choose(_ s: inout AppState, row: ContactRow) -> [Effect] {
    let recent = RecentContact(id: row.id, name: row.name, email: row.email.isEmpty ? nil : row.email,
                               phone: row.phone.isEmpty ? nil : row.phone,
                               company: row.company.isEmpty ? nil : row.company, usedAt: s.now)
    s.search.recent.removeAll { $0.id == row.id }
    s.search.recent.insert(recent, at: 0)
    let changed = s.contact?.id != row.id
    s.contact = ContactRef(id: row.id, name: row.name)
    s.screen = .compose
    s.compose.picker = nil
    if s.compose.title.text.isEmpty { s.compose.focus = .title }
    var out: [Effect] = [.rememberContact(recent)]
    if changed { out += draftChanged(&s) }
    if s.agents == nil, !s.agentsLoading { s.agentsLoading = true; out.append(.loadAgents) }
    if s.channels == nil, !s.channelsLoading { s.channelsLoading = true; out.append(.loadChannels) }
    return out
}

/// A contact answer: a direct pick, a preview, or stale.
func contactAnswered(_ s: inout AppState, token: Int, _ result: Result<Contact, AcquireError>) -> [Effect] {
    if token == s.search.pickToken {
        s.search.pickToken = nil
        switch result {
        case .success(let c):
            s.contacts[c.id] = c
            guard s.screen == .contact else { return [] }
            return choose(&s, row: ContactRow(c))
        case .failure(let e):
            s.search.error = e
            return []
        }
    }
    // A contact is the same whichever request brought it, so a late preview is still kept.
    if case .success(let c) = result { s.contacts[c.id] = c }
    if let r = s.result, r.contactToken == token {
        s.result?.contactToken = nil
        if case .success(let c) = result, c.id == (r.record.contactId ?? c.id) { s.result?.contact = c }
        return []
    }
    guard token == s.search.previewToken else { return [] }
    s.search.previewToken = 0
    if case .failure(let e) = result { s.search.previewError = e }
    return []
}
