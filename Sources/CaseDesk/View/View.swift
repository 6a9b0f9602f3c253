import AcquireKit
import TerminalUI

/// Draws the whole screen for the state: header, the current step, errors, the help line, any overlay.
/// Pure; below 40x12 it draws only a notice (the state is untouched, nothing is lost).
public func view(_ state: AppState, size: Size, glyphs: BoxGlyphs) -> Canvas {
    var c = Canvas(size: size, glyphs: glyphs)
    if Layout.tooSmall(size) {
        drawTooSmall(&c)
        return c
    }
    drawHeader(&c, state)
    switch state.screen {
    case .contact: drawSearch(&c, state)
    case .newContact: drawNewContact(&c, state)
    case .compose: drawCompose(&c, state)
    case .review: drawReview(&c, state)
    case .sending: drawSending(&c, state)
    case .result: drawResult(&c, state)
    }
    drawStorageNotice(&c, state)
    let help = KeyMaps.helpLine(for: state, width: size.width - 1)
    c.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), style: Style(.help))
    c.put(help, x: 0, y: size.height - 1, maxWidth: size.width - 1)
    if state.overlay != nil {
        c.cursor = nil
        drawOverlay(&c, state)
    }
    return c
}

/// "terminal too small (need 40x12)", centred as far as it fits.
func drawTooSmall(_ c: inout Canvas) {
    let text = "terminal too small (need \(minimumSize.width)x\(minimumSize.height))"
    let lines = Wrap.lines(text, width: max(1, c.width))
    let top = max(0, (c.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < c.height {
        let x = max(0, (c.width - TextWidth.of(line)) / 2)
        c.put(line, x: x, y: top + i, style: Style(.warning, bold: true), maxWidth: c.width)
    }
}

/// The top bar: the steps with the current one highlighted, and SANDBOX when talking to the sandbox.
func drawHeader(_ c: inout Canvas, _ s: AppState) {
    let bar = Style(.header)
    c.fill(Rect(x: 0, y: 0, width: c.width, height: 1), style: bar)
    let badge = s.isSandbox ? " SANDBOX " : (s.target.isEmpty ? "" : " " + TextWidth.truncate(s.target, to: max(0, c.width / 3)) + " ")
    let badgeW = TextWidth.of(badge)
    let room = c.width - badgeW - 1
    let names = ["Contact", "Compose", "Review", "Result"]
    let sep = " › "
    let full = names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: sep)
    var line = StyledText.empty
    if TextWidth.of(full) + 1 <= room {
        line.append(" ", style: bar)
        for (i, name) in names.enumerated() {
            if i > 0 { line.append(sep, style: Style(.header)) }
            let current = i + 1 == s.screen.step
            line.append("\(i + 1) \(name)", style: current ? Style(.header, bold: true, reverse: true) : Style(.header))
        }
    } else {
        // Narrow: only the numbers, with the current step named.
        line.append(" ", style: bar)
        for (i, name) in names.enumerated() {
            if i > 0 { line.append("›", style: bar) }
            let current = i + 1 == s.screen.step
            line.append(current ? "\(i + 1) \(name)" : "\(i + 1)", style: current ? Style(.header, bold: true, reverse: true) : bar)
        }
    }
    c.put(line, x: 0, y: 0, maxWidth: room)
    if s.isSandbox {
        // Black on orange in colour; the palette makes it reverse video in monochrome.
        c.put(badge, x: c.width - badgeW, y: 0, style: Style(.sandbox, bold: true), maxWidth: badgeW)
    } else if !badge.isEmpty {
        c.put(badge, x: c.width - badgeW, y: 0, style: Style(.header), maxWidth: badgeW)
    }
}

/// An error as its sentence and its advice, in the rows above the help line.
func drawError(_ c: inout Canvas, message: String, advice: String) {
    let rows = Layout.errorRows(true, c.size)
    let top = c.height - 1 - rows
    let boxed = Layout.errorIsBoxed(c.size)
    if boxed {
        c.box(Rect(x: 0, y: top, width: c.width, height: rows), style: Style(.error), title: "Error",
              titleStyle: Style(.error, bold: true))
    }
    let first = boxed ? top + 1 : top
    let avail = boxed ? rows - 2 : rows
    let x = boxed ? 2 : 1
    let w = c.width - 2 * x
    // Wrap the message and the advice; when both do not fit, each gets its share and the last
    // line of each is cut with an ellipsis (the sentence first, the advice always visible).
    let m = Wrap.lines(message, width: w), a = Wrap.lines(advice, width: w)
    let mRows = max(1, min(m.count, avail - min(a.count, max(1, avail / 2))))
    let aRows = max(0, avail - mRows)
    func cut(_ lines: [String], _ n: Int) -> [String] {
        guard lines.count > n, n > 0 else { return Array(lines.prefix(n)) }
        var out = Array(lines.prefix(n))
        out[n - 1] = TextWidth.truncate(out[n - 1] + " " + lines[n], to: w)
        return out
    }
    let shown = cut(m, mRows).map { ($0, Style(.error, bold: true)) } + cut(a, aRows).map { ($0, Style(.warning)) }
    for (i, l) in shown.enumerated() where i < avail {
        c.putTruncated(l.0, x: x, y: first + i, style: l.1, maxWidth: w)
    }
}

/// Draws an AcquireError in the error rows.
func drawError(_ c: inout Canvas, _ e: AcquireError) {
    drawError(&c, message: e.message, advice: e.advice)
}

/// A label in the label style followed by a value, on one row.
func drawLabelled(_ c: inout Canvas, _ label: String, _ value: String, x: Int, y: Int, width: Int,
                  valueStyle: Style = .normal, labelWidth: Int = Layout.labelWidth) {
    guard let line = LabelledValue.lines(label, value, labelWidth: labelWidth, width: width, style: valueStyle,
                                         placeholder: "", wrap: false).first else { return }
    c.put(line, x: x, y: y, maxWidth: width)
}
