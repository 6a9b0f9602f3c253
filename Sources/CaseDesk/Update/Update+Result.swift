import AcquireKit
import Foundation
import TerminalUI

/// From the result: a new case for the same contact, or for another one.
func startOver(_ s: inout AppState, keepContact: Bool) -> [Effect] {
    s.result = nil
    s.sending = SendState()
    s.compose.focus = .title
    s.compose.title.text = ""
    s.compose.message.text = ""
    if keepContact {
        s.screen = .compose
    } else {
        s.contact = nil
        let recent = s.search.recent
        s.search = SearchState()
        s.search.recent = recent
        s.search.list = ListState(count: recent.count)
        s.screen = .contact
        return previewNow(&s)
    }
    return []
}

/// Keys on the result screen: scroll the focused pane.
func resultKey(_ s: inout AppState, _ key: Key) -> [Effect] {
    guard var r = s.result else { return [] }
    let panes = Layout.resultPanes(s.size, focus: r.focus)
    guard let rect = panes[r.focus] else { return [] }
    let lines = ResultContent.lines(r.focus, s, width: max(1, rect.width - 3))
    let vh = max(1, rect.height - 2)
    switch r.focus {
    case .details: _ = r.detailsScroll.handle(key, contentHeight: lines.count, viewportHeight: vh)
    case .fields: _ = r.fieldsScroll.handle(key, contentHeight: lines.count, viewportHeight: vh)
    case .visits: _ = r.visitsScroll.handle(key, contentHeight: lines.count, viewportHeight: vh)
    }
    s.result = r
    return []
}

/// Tab / Shift-Tab on the result screen: the next or previous pane.
func switchPane(_ s: inout AppState, forward: Bool) -> [Effect] {
    guard var r = s.result else { return [] }
    let all = ResultPane.allCases
    let i = all.firstIndex(of: r.focus) ?? 0
    r.focus = all[(i + (forward ? 1 : all.count - 1)) % all.count]
    s.result = r
    return []
}
