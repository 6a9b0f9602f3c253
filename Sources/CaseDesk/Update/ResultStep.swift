import AcquireKit
import Foundation
import TerminalUI

/// Step 4's update logic: scrolling the panes, and starting the next case.
enum ResultStep {
    /// From the result: a new case for the same contact, or for another one.
    static func startOver(_ app: inout AppState, keepContact: Bool) -> [Effect] {
        app.result = nil
        app.sending = SendState()
        app.compose.focus = .title
        app.compose.title.text = ""
        app.compose.message.text = ""
        guard !keepContact else {
            app.screen = .compose
            return ComposeStep.loadCasesIfNeeded(&app)
        }
        app.contact = nil
        let recent = app.search.recent
        app.search = SearchState()
        app.search.recent = recent
        app.search.list = ListState(count: recent.count)
        app.screen = .contact
        return ContactStep.preview(&app)
    }

    /// Keys on the result screen: the focused pane's scroll keys.
    static func key(_ app: inout AppState, _ key: Key) -> [Effect] {
        guard var result = app.result else { return [] }
        let panes = Layout.resultPanes(app.size, focus: result.focus, visitLines: ResultContent.visitLines(app))
        guard let rect = panes[result.focus] else { return [] }
        let lines = ResultContent.lines(result.focus, app, width: ResultContent.textWidth(rect))
        let height = max(1, RuledPane.content(rect).height)
        _ = result[scroll: result.focus].handle(key, contentHeight: lines.count, viewportHeight: height)
        app.result = result
        return []
    }

    /// Tab / Shift-Tab on the result screen: the next or previous pane.
    static func switchPane(_ app: inout AppState, forward: Bool) -> [Effect] {
        guard var result = app.result else { return [] }
        let all = ResultPane.allCases
        let i = all.firstIndex(of: result.focus) ?? 0
        result.focus = all[(i + (forward ? 1 : all.count - 1)) % all.count]
        app.result = result
        return []
    }
}
