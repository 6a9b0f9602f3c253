import AcquireKit
import Foundation
import TerminalUI

/// A centred box of lines over the screen.
func drawBox(_ c: inout Canvas, title: String, lines: [StyledText], width: Int) {
    let w = min(c.width - 2, width)
    let h = min(c.height - 2, lines.count + 2)
    let r = Rect(x: (c.width - w) / 2, y: max(1, (c.height - h) / 2), width: w, height: h)
    c.fill(r)
    c.box(r, style: Style(.focusBorder, bold: true), title: title)
    for (i, l) in lines.prefix(h - 2).enumerated() {
        c.put(l, x: r.x + 2, y: r.y + 1 + i, maxWidth: w - 4)
    }
}

/// The open overlay: help, quit confirmation or draft offer.
func drawOverlay(_ c: inout Canvas, _ s: AppState) {
    guard let overlay = s.overlay else { return }
    let inner = min(c.width - 2, 64) - 4
    switch overlay {
    case .help:
        var under = s
        under.overlay = nil
        var map = KeyMaps.keyMap(for: under)
        map.bindings += KeyMaps.widgetBindings(for: under)
        var lines = map.helpLines(width: inner)
        if lines.count + 2 > c.height - 2 {
            // Too tall: two columns.
            let half = (inner - 1) / 2
            let left = KeyMap(Array(map.bindings.prefix((map.bindings.count + 1) / 2))).helpLines(width: half)
            let right = KeyMap(Array(map.bindings.dropFirst((map.bindings.count + 1) / 2))).helpLines(width: half)
            lines = left.indices.map { i in
                var l = left[i]
                let pad = max(1, half + 1 - l.width)
                l.append(String(repeating: " ", count: pad))
                if i < right.count { l.append(right[i]) }
                return l
            }
        }
        lines.append(StyledText(""))
        if let keys = KeyMaps.keys(.closeOverlay, in: s) { lines.append(StyledText(keys + " closes this.", style: Style(.dim))) }
        drawBox(&c, title: "Keys", lines: lines, width: inner + 4)
    case .quitConfirm:
        var lines: [StyledText] = []
        let what = s.sending.isBusy ? "A case is being sent; its outcome is not known yet." : "The case is not sent yet."
        for l in Wrap.lines(what + " Quit anyway?", width: inner) { lines.append(StyledText(l, style: Style(.warning, bold: true))) }
        if s.draftSaveProblem != nil {
            let note = "The draft could not be saved: keeping it writes it to a file in /tmp (or prints it) on the way out."
            for l in Wrap.lines(note, width: inner) { lines.append(StyledText(l, style: Style(.error, bold: true))) }
        }
        lines.append(StyledText(""))
        lines += choices(s, inner)
        drawBox(&c, title: "Quit?", lines: lines, width: inner + 4)
    case .draftOffer(let d):
        var lines: [StyledText] = []
        let who = d.contactName.map { "\($0)" + (d.contactId.map { "  #\($0)" } ?? "") } ?? "no contact chosen"
        lines.append(StyledText("An unsent case was found.", style: Style(.warning, bold: true)))
        lines += ResultContent.labelled("Contact", who, labelWidth: 9, width: inner)
        lines += ResultContent.labelled("Changed", DateText.format(d.updatedAt, in: s.timeZone), labelWidth: 9, width: inner)
        lines += ResultContent.labelled("Title", TextWidth.truncate(d.title, to: max(1, inner - 9)), labelWidth: 9, width: inner)
        let first = d.message.split(separator: "\n").first.map(String.init) ?? ""
        lines += ResultContent.labelled("Message", TextWidth.truncate(first, to: max(1, inner - 9)), labelWidth: 9, width: inner)
        lines.append(StyledText(""))
        lines += choices(s, inner)
        drawBox(&c, title: "Draft", lines: lines, width: inner + 4)
    }
}

/// The overlay's choices from its key map ("y quit, keep the draft   d discard and quit   n stay"),
/// on one line when they fit, else one a line.
func choices(_ s: AppState, _ width: Int) -> [StyledText] {
    let parts = KeyMaps.bindings(for: s).filter { $0.binding.inHelpLine && $0.command != .quit }.map { b in
        StyledText([(b.binding.keys.first?.displayName ?? "", .key), (" " + b.binding.help, .normal)])
    }
    let line = parts.dropFirst().reduce(parts.first ?? .empty) { $0 + StyledText("   ") + $1 }
    return line.width <= width ? [line] : parts
}
