import AcquireKit
import TerminalUI

/// Spinner frames: braille dots, or ASCII when the locale is not UTF-8.
let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

/// Why the countdown is shorter than what Acquire asked for.
func cappedWaitNote(_ asked: Int) -> String {
    "Acquire asked to wait \(asked) s; the wait is capped at \(SendState.longestWait / 60) minutes, after which you may try again."
}

/// The sending screen's lines for the current phase.
func sendingLines(_ s: AppState, width: Int) -> [StyledText] {
    let w = max(10, width)
    let spin = spinnerFrames[s.sending.spinnerFrame % spinnerFrames.count]
    var out: [StyledText] = []
    func para(_ text: String, _ style: Style) {
        for l in Wrap.lines(text, width: w) { out.append(StyledText(l, style: style)) }
    }
    /// Keys from the sending screen's key map, with what they do.
    func hint(_ parts: [(Command, String)], _ style: Style, separator: String = ", ", end: String = ".") {
        let words = KeyMaps.hint(parts, in: s, separator: separator, end: "", style: style)
        out += Wrap.lines(words.reduce(StyledText.empty, +) + StyledText(end, style: style), width: w)
    }
    switch s.sending.phase {
    case .idle:
        para("Nothing is being sent.", Style(.dim))
    case .inFlight(let cancelling):
        if cancelling {
            out.append(StyledText([(spin + " ", Style(.accent)), ("Cancelling…", Style(.warning, bold: true))]))
            para("If the request already reached Acquire, the case may exist; it will be checked.", Style(.dim))
        } else {
            out.append(StyledText([(spin + " ", Style(.accent)), ("Sending the case to Acquire…", Style(.normal, bold: true))]))
            hint([(.cancelSend, "cancels.")], Style(.dim), end: " What you typed stays as it is.")
        }
    case .checking(let why):
        para("Checking whether the case was created…", Style(.warning, bold: true))
        para(why.message, Style(.dim))
        para("Looking at the contact's recent cases; nothing is sent again.", Style(.dim))
    case .notConfirmed(let why, let lookupError):
        para("Not confirmed: it may exist.", Style(.error, bold: true))
        hint([(.retry, "resends (may make a duplicate)"), (.lookAgain, "looks again"), (.back, "goes back")], Style(.warning))
        para(why.message, Style(.normal))
        if let le = lookupError {
            para("The recent cases could not be checked: \(le.message)", Style(.warning))
        } else {
            para("No case with this title and message was found among the contact's recent cases.", Style(.normal))
        }
    case .failed(let e):
        para(e.message, Style(.error, bold: true))
        para(e.advice.hasPrefix("Retry allowed in") ? "" : e.advice, Style(.warning))
        if out.last?.plain.isEmpty == true { out.removeLast() }
        switch e {
        case .rateLimited, .unavailable:
            if s.sending.countdown > 0 {
                para("Retry allowed in \(s.sending.countdown) s.", Style(.warning, bold: true))
                if let asked = s.sending.askedWait { para(cappedWaitNote(asked), Style(.dim)) }
            } else {
                hint([(.retry, "retries now")], Style(.accent))
            }
        default:
            if s.sending.retryAllowed { hint([(.retry, "retries"), (.back, "goes back to the review")], Style(.accent), separator: "; ") }
            else { hint([(.back, "goes back to the review; nothing was created")], Style(.accent)) }
        }
    }
    out.append(StyledText(""))
    let r = s.sending.request
    func field(_ l: String, _ v: String) {
        out += LabelledValue.lines(l, v, labelWidth: Layout.labelWidth, width: w, placeholder: "", wrap: false)
    }
    field("Contact", s.contact.map { "\($0.name)  #\($0.id)" } ?? r.map { "#\($0.contactId)" } ?? "")
    field("Title", r?.title ?? s.compose.title.text)
    field("Sends", AppState.entryWords(r?.messageType ?? s.compose.messageType))
    let msg = (r?.message ?? s.compose.message.text).replacingOccurrences(of: "\n", with: " ⏎ ")
    field("Message", msg)
    return out
}

/// The create in flight or its outcome, in a box.
func drawSending(_ c: inout Canvas, _ s: AppState) {
    let body = Layout.body(c.size)
    let lines = sendingLines(s, width: body.width - 4)
    c.box(body, style: Style(.focusBorder), title: "Sending")
    let inner = Rect(x: body.x + 2, y: body.y + 1, width: body.width - 4, height: body.height - 2)
    for (i, l) in lines.prefix(inner.height).enumerated() {
        c.put(l, x: inner.x, y: inner.y + i, maxWidth: inner.width)
    }
}
