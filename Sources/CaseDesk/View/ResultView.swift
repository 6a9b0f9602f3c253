import AcquireKit
import Foundation
import TerminalUI

/// The result panes' lines, shared by the view and by scrolling in update.
enum ResultContent {
    static func title(_ pane: ResultPane) -> String {
        switch pane {
        case .details: return "Case"
        case .fields: return "Contact fields"
        case .visits: return "Visits, newest first"
        }
    }

    /// The columns a pane's lines are wrapped to: its width less a blank column on each side.
    static func textWidth(_ rect: Rect) -> Int { max(1, rect.width - 2) }

    /// Lines per item of the pane's position label: a visit is two lines (title, URL).
    static func linesPerItem(_ pane: ResultPane, _ s: AppState) -> Int {
        guard pane == .visits, let r = s.result, !(r.shownContact?.timeline ?? []).isEmpty else { return 1 }
        return 2
    }

    /// How many lines the timeline has (two per visit, whatever the width).
    static func visitLines(_ s: AppState) -> Int {
        guard let r = s.result else { return 0 }
        return max(1, 2 * (r.shownContact?.timeline.count ?? 0))
    }

    /// The lines of one pane wrapped to `width` columns.
    static func lines(_ pane: ResultPane, _ s: AppState, width: Int) -> [StyledText] {
        guard let r = s.result else { return [] }
        let w = max(4, width)
        switch pane {
        case .details: return details(r, s, w)
        case .fields: return fields(r, w)
        case .visits: return visits(r, s.timeZone, w)
        }
    }

    static func labelled(_ label: String, _ value: String, labelWidth: Int, width: Int, style: Style = .normal) -> [StyledText] {
        LabelledValue.lines(label, value, labelWidth: labelWidth, width: width, style: style)
    }

    static func details(_ r: ResultState, _ s: AppState, _ w: Int) -> [StyledText] {
        let c = r.record
        let tz = s.timeZone
        let channel = s.channels.value?.first(where: { $0.id == c.channel }).map { "\($0.name) (\(c.channel))" } ?? c.channel
        var out: [StyledText] = []
        let lw = 9
        out += labelled("Case", "#\(c.id)", labelWidth: lw, width: w, style: Style(.accent))
        if let thread = c.threadId { out += labelled("Thread", "#\(thread)", labelWidth: lw, width: w) }
        if let reopened = r.reopened { out += labelled("Reopened", "case #\(reopened)", labelWidth: lw, width: w) }
        out += labelled("Status", c.status, labelWidth: lw, width: w, style: Style(.success, bold: true))
        out += labelled("Channel", channel, labelWidth: lw, width: w)
        out += labelled("Title", c.title, labelWidth: lw, width: w, style: Style(.normal, bold: true))
        out += labelled("Sent as", AppState.entryWords(r.sentAs), labelWidth: lw, width: w,
                        style: r.sentAs == .note ? Style(.warning, bold: true) : .normal)
        if !r.mentioned.isEmpty {
            out += labelled("Mentions", r.mentioned.map { "@" + $0 }.joined(separator: ", "), labelWidth: lw, width: w)
        }
        if !c.fields.isEmpty {
            // The case's custom fields as the server returned them.
            out.append(StyledText("Case fields (as Acquire saved them)", style: Style(.label, bold: true)))
            let flw = min(16, (c.fields.map { TextWidth.of($0.label) }.max() ?? 6) + 2)
            for f in c.fields { out += labelled("  " + f.label, savedValue(f, s), labelWidth: flw + 2, width: w) }
        }
        let dates: [(String, Date?)] = [("Created", c.dateCreated), ("Queued", c.dateQueue), ("Pending", c.datePending),
                                        ("Active", c.dateActive), ("Updated", c.dateUpdated), ("Closed", c.dateClosed)]
        for (label, d) in dates where d != nil || label == "Created" {
            out += labelled(label, DateText.format(d, in: tz), labelWidth: lw, width: w)
        }
        let users = c.users.map(\.name).joined(separator: ", ")
        out += labelled("Routed", r.routedTo.map { "\($0) (requested)" } ?? "automatic", labelWidth: lw, width: w)
        out += labelled("Assigned", users.isEmpty ? "nobody yet" : users, labelWidth: lw, width: w)
        out.append(StyledText("Message", style: Style(.label, bold: true)))
        for l in Wrap.lines(c.description.isEmpty ? "(empty)" : c.description, width: w) { out.append(StyledText(l)) }
        return out
    }

    /// A saved case field as it reads: a department field's id with the department's name.
    static func savedValue(_ f: LabelledField, _ s: AppState) -> String {
        guard s.caseFields.first(where: { $0.key == f.key })?.kind == .department, let id = Int(f.value),
              let name = s.departments.value?.first(where: { $0.id == id })?.name else { return f.value }
        return "\(name) (#\(id))"
    }

    static func fields(_ r: ResultState, _ w: Int) -> [StyledText] {
        let fields = r.shownContact?.fields ?? []
        guard !fields.isEmpty else { return [StyledText("no fields", style: Style(.dim))] }
        let lw = min(14, (fields.map { TextWidth.of($0.label) }.max() ?? 6) + 2)
        return fields.flatMap { labelled($0.label, $0.value, labelWidth: lw, width: w) }
    }

    static func visits(_ r: ResultState, _ tz: TimeZone, _ w: Int) -> [StyledText] {
        let visits = r.shownContact?.timeline ?? []
        guard !visits.isEmpty else { return [StyledText("no visits", style: Style(.dim))] }
        var out: [StyledText] = []
        for v in visits {
            let date = DateText.format(v.date, in: tz)
            let title = v.title.isEmpty ? "(no title)" : v.title
            // Plain but for the URL, which is dim: every style change is bytes on each line
            // scrolled, and the layout (date first, the URL indented) already tells them apart.
            out.append(StyledText(date + " " + TextWidth.truncate(title, to: max(1, w - TextWidth.of(date) - 1))))
            out.append(StyledText("  " + TextWidth.truncate(v.url, to: max(1, w - 2)), style: Style(.dim)))
        }
        return out
    }
}

/// Step 4: "created: case #N" and the panes (`Layout.resultPanes`), each a title rule over its lines.
func drawResult(_ c: inout Canvas, _ s: AppState) {
    guard let r = s.result else { return }
    var banner = "created: case #\(r.record.id)"
    if r.sentAs == .note { banner += " as an INTERNAL NOTE" }
    if let reopened = r.reopened { banner += ", reopening #\(reopened)" }
    if r.confirmedByLookup { banner += " (found among the contact's recent cases)" }
    if let name = r.shownContact?.displayName ?? s.contact?.name { banner += " for \(name)" }
    c.putTruncated(" " + banner, x: 0, y: 1, style: Style(.success, bold: true), maxWidth: c.width)
    let panes = Layout.resultPanes(c.size, focus: r.focus, visitLines: ResultContent.visitLines(s))
    let single = panes.count == 1
    for pane in ResultPane.allCases {
        guard let rect = panes[pane] else { continue }
        let lines = ResultContent.lines(pane, s, width: ResultContent.textWidth(rect)).map { StyledText(" ") + $0 }
        var title = ResultContent.title(pane)
        if single { title += " (\(pane.rawValue + 1)/3" + (KeyMaps.key(.nextPane, in: s).map { ", \($0))" } ?? ")") }
        c.ruledPane(lines, in: rect, scroll: r[scroll: pane], title: title, focused: pane == r.focus,
                    linesPerItem: ResultContent.linesPerItem(pane, s))
    }
    if let details = panes[.details], let visits = panes[.visits] {
        // The divider between the case and the fields, joining the rules above and below.
        let x = Layout.resultDivider(c.size)
        let line = Style(.border)
        c.put("┬", x: x, y: details.y, style: line)
        for y in (details.y + 1)..<details.maxY { c.put(String(c.glyphs.vertical), x: x, y: y, style: line) }
        c.put("┴", x: x, y: visits.y, style: line)
    }
}
