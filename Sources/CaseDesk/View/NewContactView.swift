import AcquireKit
import TerminalUI

/// Step 1b: the "New contact" form (name, email, phone, contact fields), the matches offered
/// instead, and where the create stands.
func drawNewContact(_ c: inout Canvas, _ s: AppState) {
    guard let nc = s.newContact else { return }
    let w = c.width
    let body = Layout.body(c.size)
    let rows = s.newContactFields
    let status = NewContactContent.status(s, nc, width: w - 4)
    let statusRows = min(status.count, max(0, body.height - 5))
    let formRect = Rect(x: 0, y: body.y, width: w, height: body.height - statusRows)
    c.box(formRect, style: Style(.focusBorder, bold: true), title: "New contact")
    let inner = formRect.inset(by: 1)
    var top = inner.y
    if let warning = s.fieldsWarning, inner.height > 2 {
        c.putTruncated("⚠ " + warning, x: inner.x + 1, y: top, style: Style(.warning), maxWidth: inner.width - 1)
        top += 1
    }
    let editing: Bool = { if case .editing = nc.phase { return s.overlay == nil && nc.form.picker == nil }; return false }()
    drawFieldRows(&c, rows, nc.form, in: Rect(x: inner.x + 1, y: top, width: inner.width - 1, height: inner.maxY - top),
                  focused: editing, labelWidth: fieldLabelWidth(rows, width: inner.width))
    for (i, line) in status.prefix(statusRows).enumerated() {
        c.put(StyledText(" ") + line, x: 0, y: formRect.maxY + i, maxWidth: w - 1)
    }
    if case .matches(let found) = nc.phase { drawMatches(&c, s, found, list: nc.matchList) }
    if nc.form.picker != nil { drawFieldPicker(&c, nc.form, rows, departments: s.departments) }
}

/// The contacts that already have the email or phone, in a box over the form.
func drawMatches(_ c: inout Canvas, _ s: AppState, _ found: [Contact], list: ListState) {
    let r = Layout.picker(c.size, rows: found.count + 1)
    c.fill(r)
    c.box(r, style: Style(.focusBorder, bold: true), title: "Already in Acquire")
    let inner = r.inset(by: 1)
    c.putTruncated("Use one of these instead of a new contact:", x: inner.x, y: inner.y, style: Style(.warning, bold: true),
                   maxWidth: inner.width)
    let area = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    SelectableList.draw(&c, in: area, list: list) { c, idx, cells, style in
        let f = found[idx]
        let text = "\(f.displayName)  #\(f.id)  " + [f.email, f.phone].compactMap { $0 }.joined(separator: "  ")
        c.putTruncated(text, x: cells.x, y: cells.y, style: style, maxWidth: cells.width - 1)
    }
}

/// The lines under the new contact form.
enum NewContactContent {
    /// What stops the create, or where it stands, wrapped to `width`.
    static func status(_ s: AppState, _ nc: NewContactState, width: Int) -> [StyledText] {
        func wrap(_ text: String, _ style: Style) -> [StyledText] { Wrap.lines(text, width: width).map { StyledText($0, style: style) } }
        switch nc.phase {
        case .editing(let showProblems):
            let problems = s.newContactProblems
            guard showProblems, !problems.isEmpty else {
                let create = KeyMaps.key(.createContact, in: s).map { "\($0) checks the email and phone, then creates the contact." } ?? ""
                return wrap(create, Style(.dim))
            }
            return wrap("Cannot create yet:", Style(.error, bold: true)) + problems.flatMap { wrap("• " + $0.sentence, Style(.error)) }
        case .checking:
            return wrap("Looking for contacts that already have this email or phone…", Style(.accent))
        case .matches:
            return wrap("This email or phone is already in Acquire: nothing was created.", Style(.warning, bold: true))
        case .creating:
            return wrap("Creating the contact… (sent once; it is never sent again by itself)", Style(.accent))
        case .settling(let e, _):
            return wrap(e.message + " Searching its email and phone to see whether it was created…", Style(.warning, bold: true))
        case .notSettled(let e, let lookup):
            var out = wrap(e.message + " Searching its email and phone did not find it"
                           + (lookup.map { " (\($0.message))" } ?? "") + ".", Style(.warning, bold: true))
            let again = KeyMaps.key(.lookAgain, in: s).map { "\($0) looks again. " } ?? ""
            out += wrap(again + "Nothing is sent again by itself.", Style(.normal))
            return out
        case .failed(let e):
            return wrap(e.message, Style(.error, bold: true)) + wrap(e.advice, Style(.warning))
        }
    }
}
