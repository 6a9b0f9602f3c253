import AcquireKit
import TerminalUI

/// How a field row's value reads when it is not being typed in: radios and checkboxes show every
/// option with its mark, a department its name; "" when empty (the caller shows a hint).
func fieldRowText(_ d: FieldDefinition, _ form: FieldForm) -> String {
    switch d.kind {
    case .radio:
        return d.options.map { (form.isChosen($0, key: d.key) ? "(•) " : "( ) ") + $0 }.joined(separator: "  ")
    case .checkbox:
        return d.options.map { (form.isChosen($0, key: d.key) ? "[x] " : "[ ] ") + $0 }.joined(separator: "  ")
    case .department, .text:
        return form.display(d.key)
    }
}

/// The label of a field row: its form label, `*` when required.
func fieldRowLabel(_ d: FieldDefinition) -> String { d.formLabel + (d.isRequired ? "*" : "") }

/// Field rows in `rect`, one per definition, scrolled so the focused row shows; the focused text
/// row is an input, the others read their values. `focused`: the form has the keyboard.
func drawFieldRows(_ c: inout Canvas, _ definitions: [FieldDefinition], _ form: FieldForm, in rect: Rect,
                   focused: Bool, labelWidth: Int) {
    guard rect.height > 0, !definitions.isEmpty else { return }
    let start = max(0, min(form.focus - rect.height + 1, definitions.count - rect.height))
    for (row, i) in (start..<min(definitions.count, start + rect.height)).enumerated() {
        let d = definitions[i]
        let y = rect.y + row
        let isFocus = focused && i == form.focus
        var label = fieldRowLabel(d)
        if row == 0, start > 0 { label = "↑ " + label }
        if row == rect.height - 1, start + rect.height < definitions.count { label = "↓ " + label }
        c.putTruncated(label, x: rect.x, y: y, style: labelStyle(isFocus), maxWidth: labelWidth - 1)
        let vx = rect.x + labelWidth, vw = max(0, rect.width - labelWidth)
        if d.kind == .text {
            if isFocus {
                form.editor.render(into: &c, in: Rect(x: vx, y: y, width: vw, height: 1), focused: true)
            } else {
                var field = TextField(form.display(d.key), placeholder: d.input?.placeholder ?? "")
                field.moveCursor(to: 0)
                field.render(into: &c, in: Rect(x: vx, y: y, width: vw, height: 1), focused: false, fromStart: true)
            }
            continue
        }
        let text = fieldRowText(d, form)
        let shown = text.isEmpty ? "(none)" : text
        let style = isFocus ? Style(.selected, reverse: true) : text.isEmpty ? Style(.dim) : Style(.input)
        c.putTruncated(shown, x: vx, y: y, style: style, maxWidth: vw)
    }
}

/// The width of the label column for these rows: the longest label, within 8...23 and a third of `width`.
func fieldLabelWidth(_ definitions: [FieldDefinition], width: Int) -> Int {
    let longest = definitions.map { TextWidth.of(fieldRowLabel($0)) }.max() ?? 8
    return max(8, min(longest + 2, 23, width / 3))
}

/// The list open on a radio, checkbox or department row, in a box over the form.
func drawFieldPicker(_ c: inout Canvas, _ form: FieldForm, _ definitions: [FieldDefinition], departments: Loadable<[Department]>) {
    guard let picker = form.picker, let d = definitions.first(where: { $0.key == picker.key }) else { return }
    let rows = FieldFormStep.rows(d, departments: departments.value ?? [])
    let r = Layout.picker(c.size, rows: rows.count)
    c.fill(r)
    c.box(r, style: Style(.focusBorder, bold: true), title: d.formLabel)
    let inner = r.inset(by: 1)
    if rows.isEmpty {
        let why = d.kind != .department ? "no options" : departments == .loading ? "loading…"
            : departments.failed ? "the departments could not be loaded" : "no departments"
        c.put(why, x: inner.x + 1, y: inner.y, style: Style(.dim), maxWidth: inner.width - 1)
        return
    }
    let area = Rect(x: inner.x, y: inner.y, width: inner.width, height: min(Layout.pickerPageSize(c.size, rows: rows.count), inner.height))
    SelectableList.draw(&c, in: area, list: picker.list) { c, idx, cells, style in
        let row = rows[idx]
        let none = row == FieldFormStep.noneRow && idx == 0 && d.kind != .checkbox
        let mark: String
        switch d.kind {
        case .checkbox: mark = form.isChosen(row, key: d.key) ? "[x] " : "[ ] "
        default: mark = none ? "" : form.isChosen(row, key: d.key) ? "(•) " : "( ) "
        }
        c.putTruncated(mark + row, x: cells.x, y: cells.y, style: style, maxWidth: cells.width - 1)
    }
}
