import AcquireKit
import TerminalUI

/// Step 1: the query, the list (recent contacts or results) and the preview of the highlighted contact.
func drawSearch(_ c: inout Canvas, _ s: AppState) {
    let search = s.search
    let hasError = search.error != nil
    let y = 1
    c.put("Search ", x: 1, y: y, style: Style(.label, bold: true))
    let status = searchStatus(s)
    let statusW = min(TextWidth.of(status), c.width / 3)
    let fieldX = 8
    // From 60 columns the field keeps its width while "searching…" comes and goes (room for it
    // is kept), so a typed character redraws only itself and the status, not the field's end.
    let room = c.width >= 60 ? searchStatusRoom : 0
    let fieldW = max(4, c.width - fieldX - max(statusW, room) - 2)
    let focused = s.overlay == nil
    search.query.render(into: &c, in: Rect(x: fieldX, y: y, width: fieldW, height: 1), focused: focused)
    if statusW > 0 {
        c.putTruncated(status, x: c.width - statusW - 1, y: y, style: Style(.dim), maxWidth: statusW)
    }
    drawContactList(&c, s, in: Layout.searchList(c.size, hasError: hasError))
    if let r = Layout.searchPreview(c.size, hasError: hasError) { drawPreview(&c, s, in: r) }
    if let e = search.error { drawError(&c, e) }
}

/// Columns kept right of the search field for the status ("searching…" and a space) when wide.
let searchStatusRoom = 11

/// "searching…" (while a search is on the wire, not while waiting for the typing to pause: a
/// status that flips with every key costs bytes on a slow link), "loading #12…", or how to open a typed id.
func searchStatus(_ s: AppState) -> String {
    let search = s.search
    if let pick = search.pickRequest { return "loading #\(pick.id)…" }
    if search.searching { return "searching…" }
    if search.loadingMore { return "loading more…" }
    if let t = search.typedId, t.explicit, let pick = KeyMaps.key(.pick, in: s) { return "\(pick) opens #\(t.id)" }
    return ""
}

/// The list box: a header row when wide, then the rows with the highlighted one reversed.
func drawContactList(_ c: inout Canvas, _ s: AppState, in rect: Rect) {
    let search = s.search
    let rows = search.rows
    var title: String
    if search.showsRecent {
        title = "Recent contacts"
    } else if let old = search.found?.query, search.resultsAreOld, !rows.isEmpty {
        // The search just failed: these answer an earlier query, and say so.
        title = "Old results for \"\(old)\" (search failed)"
    } else if search.results.isEmpty {
        title = "Contacts"
    } else if let total = search.found?.total {
        title = "Contacts \(search.list.selected + 1)/\(total)"
    } else {
        title = "Contacts \(search.list.selected + 1)/\(rows.count)\(search.hasMore ? "+" : "")"
    }
    c.box(rect, style: Style(.focusBorder), title: title)
    let inner = rect.inset(by: 1)
    guard !inner.isEmpty else { return }
    let cols = columns(inner.width)
    var y = inner.y
    if Layout.listHasHeader(c.size) {
        drawRow(&c, ["Name", "Email", "Phone", "Company"], cols, x: inner.x, y: y, style: Style(.label, bold: true))
        y += 1
    }
    if rows.isEmpty {
        let msg: String
        let pick = KeyMaps.key(.pick, in: s) ?? "Enter"
        if search.showsRecent {
            msg = "Type a name, email or phone to search; #1234 then \(pick) opens contact 1234."
        } else if let failed = search.failedQuery {
            msg = "The search for \"\(failed)\" failed: nothing was found or ruled out (see below)."
        } else if search.searching || search.lastQuery != search.query.text.trimmingCharacters(in: .whitespaces) {
            msg = search.typedId?.explicit == true ? "Press \(pick) to open this contact." : "searching…"
        } else {
            msg = "No contact matches \"\(search.lastQuery)\"."
                + (KeyMaps.key(.newContact, in: s).map { " \($0) creates a new contact." } ?? "")
        }
        let style = search.failedQuery == nil || search.showsRecent ? Style(.dim) : Style(.warning)
        for (i, line) in Wrap.lines(msg, width: inner.width - 1).enumerated() where y + i < inner.maxY {
            c.put(line, x: inner.x + 1, y: y + i, style: style)
        }
        return
    }
    SelectableList.draw(&c, in: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), list: search.list) { c, idx, cells, style in
        let r = rows[idx]
        drawRow(&c, [r.name, r.email, r.phone, r.company], cols, x: cells.x - 1, y: cells.y, style: style)
    }
}

/// Column widths for name, email, phone, company (0 = hidden).
func columns(_ width: Int) -> [Int] {
    let w = width - 1
    if w >= 56 {
        let phone = w >= 70 ? 17 : 14
        let rest = w - phone
        let name = rest * 35 / 100, email = rest * 38 / 100
        return [name, email, phone, rest - name - email]
    }
    let name = w * 45 / 100
    return [name, w - name, 0, 0]
}

/// One row of cells cut with an ellipsis to their columns, one space apart.
func drawRow(_ c: inout Canvas, _ cells: [String], _ widths: [Int], x: Int, y: Int, style: Style) {
    var xx = x + 1
    for (text, w) in zip(cells, widths) where w > 0 {
        c.putTruncated(text, x: xx, y: y, style: style, maxWidth: max(0, w - 1))
        xx += w
    }
}

/// The highlighted contact's fields (left) and latest visits (right).
func drawPreview(_ c: inout Canvas, _ s: AppState, in rect: Rect) {
    guard let row = s.search.highlighted else {
        c.box(rect, title: "Preview")
        c.putTruncated("The highlighted contact's fields and latest visits show here.", x: rect.x + 2, y: rect.y + 1,
                       style: Style(.dim), maxWidth: rect.width - 4)
        return
    }
    c.box(rect, title: "\(row.name) #\(row.id)")
    let inner = rect.inset(by: 1)
    guard !inner.isEmpty else { return }
    guard let contact = s.contacts[row.id] else {
        let msg = s.search.previewError.map { "\($0.message) \($0.advice)" } ?? "loading…"
        for (i, line) in Wrap.lines(msg, width: inner.width - 1).prefix(inner.height).enumerated() {
            c.put(line, x: inner.x + 1, y: inner.y + i, style: Style(s.search.previewError == nil ? .dim : .error))
        }
        return
    }
    let leftW = inner.width / 2
    let fields = contact.fields.filter { !$0.value.isEmpty }
    let labelW = min(12, max(6, (fields.map { TextWidth.of($0.label) }.max() ?? 6) + 1))
    if fields.isEmpty {
        c.put("no fields", x: inner.x + 1, y: inner.y, style: Style(.dim))
    }
    for (i, f) in fields.prefix(inner.height).enumerated() {
        drawLabelled(&c, TextWidth.truncate(f.label, to: labelW - 1), f.value, x: inner.x + 1, y: inner.y + i,
                     width: leftW - 2, labelWidth: labelW)
    }
    let vx = inner.x + leftW + 1
    let vw = inner.width - leftW - 1
    let casesRows = drawPreviewCases(&c, s, contactId: row.id, x: vx, y: inner.y, width: vw, maxRows: max(2, inner.height / 2))
    let vy = inner.y + casesRows
    guard vy < inner.maxY else { return }
    c.put("Latest visits", x: vx, y: vy, style: Style(.label, bold: true), maxWidth: vw)
    let visits = contact.timeline
    if visits.isEmpty, vy + 1 < inner.maxY { c.put("none", x: vx, y: vy + 1, style: Style(.dim), maxWidth: vw) }
    for (i, v) in visits.prefix(max(0, inner.maxY - vy - 1)).enumerated() {
        let date = DateText.format(v.date, in: s.timeZone)
        let dateW = TextWidth.of(date) + 1
        c.put(date, x: vx, y: vy + 1 + i, style: Style(.dim), maxWidth: vw)
        c.putTruncated(v.title.isEmpty ? v.url : v.title, x: vx + dateW, y: vy + 1 + i, maxWidth: max(0, vw - dateW))
    }
}

/// "Latest cases" and one row per case (id, status, title, date), at most `maxRows` rows in all;
/// returns the rows used.
func drawPreviewCases(_ c: inout Canvas, _ s: AppState, contactId: Int, x: Int, y: Int, width: Int, maxRows: Int) -> Int {
    c.put("Latest cases", x: x, y: y, style: Style(.label, bold: true), maxWidth: width)
    switch s.contactCases[contactId] {
    case .loaded(let cases)?:
        if cases.isEmpty {
            c.put("none", x: x, y: y + 1, style: Style(.dim), maxWidth: width)
            return 2
        }
        let shown = cases.prefix(maxRows - 1)
        for (i, k) in shown.enumerated() {
            let date = DateText.format(k.dateCreated, in: s.timeZone)
            let head = "#\(k.id) \(k.status) "
            c.put(head, x: x, y: y + 1 + i, style: k.isClosed ? Style(.dim) : Style(.accent), maxWidth: width)
            let room = max(0, width - TextWidth.of(head) - TextWidth.of(date) - 1)
            c.putTruncated(k.title, x: x + TextWidth.of(head), y: y + 1 + i, maxWidth: room)
            if room > 0 { c.put(date, x: x + width - TextWidth.of(date), y: y + 1 + i, style: Style(.dim), maxWidth: width) }
        }
        return 1 + shown.count
    case .failed?:
        c.put("could not be loaded", x: x, y: y + 1, style: Style(.dim), maxWidth: width)
        return 2
    default:
        c.put("loading…", x: x, y: y + 1, style: Style(.dim), maxWidth: width)
        return 2
    }
}
