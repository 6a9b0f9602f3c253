import AcquireKit
import TerminalUI

/// The review screen's text: problems first, then exactly what will be sent.
enum ReviewContent {
    /// The box the review text scrolls in.
    static func viewport(_ s: AppState) -> Rect { Layout.body(s.size).inset(by: 1) }

    /// The lines, wrapped to the box's inner width (`width` is the terminal width).
    static func lines(_ s: AppState, width: Int) -> [StyledText] {
        let w = max(10, width - 3)
        var out: [StyledText] = []
        let problems = s.problems
        if !problems.isEmpty {
            out.append(StyledText("Cannot submit yet:", style: Style(.error, bold: true)))
            for p in problems {
                for (i, l) in Wrap.lines(p.text, width: w - 2).enumerated() {
                    out.append(StyledText((i == 0 ? "• " : "  ") + l, style: Style(.error)))
                }
            }
            out.append(StyledText(""))
        } else if s.sending.countdown > 0 {
            for l in Wrap.lines("Acquire asked to wait: sending works again in \(s.sending.countdown) s.", width: w) {
                out.append(StyledText(l, style: Style(.warning, bold: true)))
            }
            if let asked = s.sending.askedWait {
                for l in Wrap.lines(cappedWaitNote(asked), width: w) { out.append(StyledText(l, style: Style(.dim))) }
            }
        } else {
            let sends = KeyMaps.key(.submit, in: s).map { "\($0) sends exactly this:" } ?? "This is what would be sent:"
            out.append(StyledText(sends, style: Style(.success, bold: true)))
        }
        if s.sending.unconfirmed {
            for l in Wrap.lines("An earlier send was not confirmed: this case may already exist, and sending again may make a duplicate.", width: w) {
                out.append(StyledText(l, style: Style(.warning)))
            }
        }
        func field(_ label: String, _ value: String, _ style: Style = .normal) {
            out += LabelledValue.lines(label, value, labelWidth: Layout.labelWidth, width: w, style: style, placeholder: "(empty)")
        }
        field("Contact", s.contact.map { "\($0.name)  #\($0.id)" } ?? "", Style(.normal, bold: true))
        if let note = s.contactCheck?.note {
            for l in Wrap.lines(note, width: w) { out.append(StyledText(l, style: Style(.warning, bold: true))) }
        }
        if let reopen = s.compose.reopen {
            field("Reopens", "Reopens case #\(reopen.id) (\(reopen.title))", Style(.warning, bold: true))
        }
        field("Channel", "\(s.channelName) (\(s.compose.channel))")
        field("Agent", s.compose.agentId == 0 ? AppState.noAgentName : "\(s.agentName) #\(s.compose.agentId)")
        field("Title", s.compose.title.text, Style(.normal, bold: true))
        out += caseFieldLines(s, width: w)
        field("Sends", AppState.entryWords(s.compose.messageType),
              s.compose.messageType == .note ? Style(.warning, bold: true) : Style(.normal))
        out.append(StyledText("Message", style: Style(.label, bold: true)))
        let message = s.compose.message.text
        if message.isEmpty {
            out.append(StyledText("  (empty)", style: Style(.dim)))
        } else {
            for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
                for l in Wrap.lines(String(line), width: w - 2) { out.append(StyledText("  " + l)) }
            }
        }
        let mentioned = s.compose.mentions.filter { s.mentionIDs.contains($0.id) }.map { "@" + $0.name }
        if !mentioned.isEmpty { field("Mentions", mentioned.joined(separator: ", ")) }
        return out
    }

    /// "Case fields" and one line per field with its value (or "(empty)"), when there are fields.
    static func caseFieldLines(_ s: AppState, width w: Int) -> [StyledText] {
        let fields = s.caseFields
        var out: [StyledText] = []
        if let warning = s.fieldsWarning {
            for l in Wrap.lines(warning, width: w) { out.append(StyledText(l, style: Style(.warning))) }
        }
        guard !fields.isEmpty else { return out }
        out.append(StyledText("Case fields", style: Style(.label, bold: true)))
        let lw = fieldLabelWidth(fields, width: w) + 2
        for d in fields {
            out += LabelledValue.lines("  " + fieldRowLabel(d), s.compose.fields.display(d.key), labelWidth: lw, width: w,
                                       placeholder: "(empty)")
        }
        return out
    }
}

/// Step 3: the review text in a scrolling box.
func drawReview(_ c: inout Canvas, _ s: AppState) {
    let lines = ReviewContent.lines(s, width: c.width).map { StyledText(" ") + $0 }
    c.scrollPane(lines, in: Layout.body(c.size), scroll: s.reviewScroll, title: "Review", focused: true)
}
