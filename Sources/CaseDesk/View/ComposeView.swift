import AcquireKit
import TerminalUI

/// Step 2: contact, title, channel, agent and the message editor; a picker on top when open.
func drawCompose(_ c: inout Canvas, _ s: AppState) {
    let compose = s.compose
    let hasError = compose.hasError
    let w = c.width
    let lw = Layout.labelWidth
    let focusable = s.overlay == nil && compose.picker == nil
    var y = 1
    var contact = s.contact.map { "\($0.name)  #\($0.id)" } ?? "none: \(KeyMaps.key(.back, in: s) ?? "Esc") to search for one"
    if let reopen = compose.reopen { contact += "   reopens case #\(reopen.id)" }
    drawLabelled(&c, " Contact", contact, x: 0, y: y, width: w - 1,
                 valueStyle: s.contact == nil ? Style(.warning) : Style(.normal, bold: true), labelWidth: lw + 1)
    y += 1
    c.put(" Title", x: 0, y: y, style: labelStyle(compose.focus == .title), maxWidth: lw + 1)
    let titleFocused = focusable && compose.focus == .title
    compose.title.render(into: &c, in: Rect(x: lw + 1, y: y, width: w - lw - 2, height: 1), focused: titleFocused,
                         fromStart: !titleFocused)
    y += 1
    let channel = "‹ " + s.channelName + " ›"
    let agent = s.agentName + agentStatusSuffix(s)
    if Layout.composeWide(c.size) {
        let half = w / 2
        drawChoice(&c, " Channel", channel, x: 0, y: y, width: half - 1, focused: compose.focus == .channel)
        drawChoice(&c, "Agent", agent, x: half, y: y, width: w - half - 1, focused: compose.focus == .agent, labelWidth: 7)
    } else {
        drawChoice(&c, " Channel", channel, x: 0, y: y, width: w - 1, focused: compose.focus == .channel)
        drawChoice(&c, " Agent", agent, x: 0, y: y + 1, width: w - 1, focused: compose.focus == .agent)
    }
    let fieldRows = Layout.composeFieldRows(s)
    var fieldsTop = Layout.composeFieldsTop(c.size)
    var rowsLeft = fieldRows
    if let warning = s.fieldsWarning, rowsLeft > 0 {
        c.putTruncated(" ⚠ " + warning, x: 0, y: fieldsTop, style: Style(.warning), maxWidth: w - 1)
        fieldsTop += 1
        rowsLeft -= 1
    }
    let fields = s.caseFields
    drawFieldRows(&c, fields, compose.fields, in: Rect(x: 1, y: fieldsTop, width: w - 2, height: rowsLeft),
                  focused: focusable && compose.focus == .fields && compose.fields.picker == nil,
                  labelWidth: fieldLabelWidth(fields, width: w))
    let box = Layout.messageBox(c.size, hasError: hasError, fieldRows: fieldRows)
    let msgFocused = compose.focus == .message
    c.box(box, style: Style(msgFocused ? .focusBorder : .border, bold: msgFocused),
          title: (compose.messageType == .note ? "INTERNAL NOTE (agents only)" : "Message to the customer")
              + (compose.message.lineCount > 1 ? " (\(compose.message.lineCount) lines)" : ""))
    let inner = box.inset(by: 1)
    if compose.message.isEmpty && !(focusable && msgFocused) {
        let hint = KeyMaps.hint([(.insertShortcut, "inserts a shortcut"), (.openEditor, "opens $EDITOR")], in: s,
                                separator: "; ", style: Style(.dim))
        c.putTruncated(hint.reduce(StyledText.empty, +), x: inner.x, y: inner.y, maxWidth: inner.width)
    } else {
        compose.message.render(into: &c, in: inner, focused: focusable && msgFocused)
    }
    if let e = compose.editorError {
        drawError(&c, message: e.message, advice: "Fix VISUAL/EDITOR, or type the message here.")
    } else if let e = compose.error {
        drawError(&c, e)
    }
    if compose.picker != nil { drawPicker(&c, s) }
    if compose.fields.picker != nil { drawFieldPicker(&c, compose.fields, fields, departments: s.departments) }
}

func labelStyle(_ focused: Bool) -> Style {
    focused ? Style(.label, bold: true, underline: true) : Style(.label, bold: true)
}

/// A label and a value that is chosen rather than typed; reversed when focused.
func drawChoice(_ c: inout Canvas, _ label: String, _ value: String, x: Int, y: Int, width: Int, focused: Bool,
                labelWidth: Int = Layout.labelWidth + 1) {
    c.put(label, x: x, y: y, style: labelStyle(focused), maxWidth: labelWidth)
    let style = focused ? Style(.selected, reverse: true) : Style(.input)
    c.putTruncated(value, x: x + labelWidth, y: y, style: style, maxWidth: max(0, width - labelWidth))
}

/// " (online)" after the chosen agent's name.
func agentStatusSuffix(_ s: AppState) -> String {
    guard s.compose.agentId != 0, let a = s.agents.value?.first(where: { $0.id == s.compose.agentId }), !a.status.isEmpty else { return "" }
    return " (\(a.status))"
}

/// The channel, agent or shortcut chooser in a box over the form.
func drawPicker(_ c: inout Canvas, _ s: AppState) {
    guard let p = s.compose.picker else { return }
    let title: String
    var rows: [(String, String)] = []
    var loading = false
    switch p.kind {
    case .channel:
        title = "Channel"
        rows = s.channelChoices.map { ($0.name, $0.id) }
    case .agent:
        title = "Routing agent"
        rows = s.agentChoices.map { ($0.name, $0.status) }
        loading = s.agents == .loading
    case .shortcut:
        title = "Message shortcut"
        rows = s.shortcutChoices.map { ($0.name, $0.message.replacingOccurrences(of: "\n", with: " ")) }
        loading = s.shortcuts == .loading
    case .mention:
        title = "Mention an agent"
        rows = s.mentionChoices.map { ("@" + $0.name, $0.status) }
        loading = s.agents == .loading
    case .reopen:
        title = "Reopen a closed case"
        rows = s.reopenChoices.map { record in
            guard let record else { return ("New case (reopen nothing)", "") }
            return ("#\(record.id) \(record.status)  \(record.title)", DateText.format(record.dateCreated, in: s.timeZone))
        }
        loading = s.compose.cases == .loading
    }
    let r = Layout.picker(c.size, rows: rows.count)
    c.fill(r)
    c.box(r, style: Style(.focusBorder, bold: true), title: title)
    let inner = r.inset(by: 1)
    var y = inner.y
    if p.kind.hasFilter {
        c.put("Filter ", x: inner.x, y: y, style: Style(.label, bold: true))
        p.filter.render(into: &c, in: Rect(x: inner.x + 7, y: y, width: inner.width - 7, height: 1), focused: s.overlay == nil)
        y += 1
    }
    let page = Layout.pickerPageSize(c.size, rows: rows.count)
    if rows.isEmpty {
        let failed = p.kind == .agent || p.kind == .mention ? s.agents.failed : p.kind == .shortcut ? s.shortcuts.failed : false
        c.put(loading ? "loading…" : failed ? "could not be loaded (see below)" : "nothing matches", x: inner.x + 1, y: y, style: Style(.dim), maxWidth: inner.width - 1)
        return
    }
    let leftW = p.kind == .shortcut ? min(20, inner.width / 3)
        : p.kind == .reopen ? max(inner.width / 2, inner.width - 18) : max(inner.width / 2, inner.width - 11)
    let area = Rect(x: inner.x, y: y, width: inner.width, height: min(page, inner.maxY - y))
    SelectableList.draw(&c, in: area, list: p.list) { c, idx, cells, style in
        let selected = idx == p.list.selected
        c.putTruncated(rows[idx].0, x: cells.x, y: cells.y, style: style,
                       maxWidth: rows[idx].1.isEmpty ? cells.width - 1 : leftW - 1)
        c.putTruncated(rows[idx].1, x: cells.x + leftW, y: cells.y, style: selected ? style : Style(.dim),
                       maxWidth: max(0, cells.width - leftW - 1))
    }
    if p.kind == .reopen, let problem = s.compose.reopenProblem {
        c.putTruncated(problem, x: inner.x, y: inner.maxY - 1, style: Style(.warning, bold: true), maxWidth: inner.width)
    }
}
