import TerminalUI

/// The smallest terminal the app draws in.
public let minimumSize = Size(width: 40, height: 12)

/// Where things go on screen. Shared by `view` (to draw) and `update` (page sizes, viewports),
/// so scrolling and drawing agree.
enum Layout {
    /// True when the terminal is too small to draw anything but the notice.
    static func tooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// Rows between the header and the help line, minus the rows an error message takes.
    static func body(_ size: Size, errorRows: Int = 0) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2 - errorRows)
    }

    /// Rows an error takes at the bottom of the body, 0 without one: a whole box around three
    /// lines of message and advice when the terminal is tall, else three bare lines.
    static func errorRows(_ hasError: Bool, _ size: Size) -> Int {
        hasError ? (errorIsBoxed(size) ? 5 : 3) : 0
    }

    /// True when the error is drawn in a box of its own (never a rule without corners).
    static func errorIsBoxed(_ size: Size) -> Bool { size.height >= 20 }

    // MARK: contact search

    /// The list box of the contact screen.
    static func searchList(_ size: Size, hasError: Bool) -> Rect {
        let body = body(size, errorRows: errorRows(hasError, size))
        let rest = body.height - 1
        if showsPreview(size, hasError: hasError) {
            let h = max(5, rest * 11 / 20)
            return Rect(x: 0, y: body.y + 1, width: size.width, height: h)
        }
        return Rect(x: 0, y: body.y + 1, width: size.width, height: rest)
    }

    /// The preview box under the list, or nil when there is no room.
    static func searchPreview(_ size: Size, hasError: Bool) -> Rect? {
        guard showsPreview(size, hasError: hasError) else { return nil }
        let list = searchList(size, hasError: hasError)
        let body = body(size, errorRows: errorRows(hasError, size))
        return Rect(x: 0, y: list.maxY, width: size.width, height: body.maxY - list.maxY)
    }

    static func showsPreview(_ size: Size, hasError: Bool) -> Bool {
        body(size, errorRows: errorRows(hasError, size)).height >= 15
    }

    /// Whether the list shows a column header row.
    static func listHasHeader(_ size: Size) -> Bool { size.width >= 60 }

    /// Visible rows of the contact list.
    static func searchPageSize(_ size: Size, hasError: Bool) -> Int {
        max(1, searchList(size, hasError: hasError).height - 2 - (listHasHeader(size) ? 1 : 0))
    }

    // MARK: compose

    /// Width of the field labels on the compose screen.
    static let labelWidth = 9

    /// True when channel and agent share one row.
    static func composeWide(_ size: Size) -> Bool { size.width >= 64 }

    /// The first row under contact, title, channel and agent on compose.
    static func composeFieldsTop(_ size: Size) -> Int { body(size).y + (composeWide(size) ? 3 : 4) }

    /// Rows the case field area takes on compose: one per row wanted (fields and a warning), as
    /// many as leave the message box its 3 rows (the area scrolls to the focused field).
    static func composeFieldRows(_ size: Size, hasError: Bool, wanted: Int) -> Int {
        let body = body(size, errorRows: errorRows(hasError, size))
        return max(0, min(wanted, body.maxY - composeFieldsTop(size) - 3))
    }

    /// The field rows on compose for this state (fields and a warning line).
    static func composeFieldRows(_ s: AppState) -> Int {
        composeFieldRows(s.size, hasError: s.compose.hasError, wanted: s.caseFields.count + (s.fieldsWarning == nil ? 0 : 1))
    }

    /// The message box of the compose screen, under `fieldRows` field rows.
    static func messageBox(_ size: Size, hasError: Bool, fieldRows: Int = 0) -> Rect {
        let body = body(size, errorRows: errorRows(hasError, size))
        let top = composeFieldsTop(size) + fieldRows
        return Rect(x: 0, y: top, width: size.width, height: max(3, body.maxY - top))
    }

    /// The viewport the message editor wraps and pages in.
    static func messageViewport(_ size: Size, hasError: Bool, fieldRows: Int = 0) -> Size {
        let r = messageBox(size, hasError: hasError, fieldRows: fieldRows).inset(by: 1)
        return Size(width: max(1, r.width), height: max(1, r.height))
    }

    /// The picker box drawn over the compose screen.
    static func picker(_ size: Size, rows: Int) -> Rect {
        let w = min(size.width - 2, 60)
        let h = min(size.height - 2, max(6, rows + 4))
        return Rect(x: (size.width - w) / 2, y: 1 + (size.height - 2 - h) / 2, width: w, height: h)
    }

    /// Visible rows of a picker's list (under its filter row).
    static func pickerPageSize(_ size: Size, rows: Int) -> Int { max(1, picker(size, rows: rows).height - 3) }

    // MARK: review and result

    /// Visible rows of the review screen's scrolling text.
    static func reviewViewport(_ size: Size) -> Rect {
        body(size).inset(by: 0)
    }

    /// The panes of the result screen, each a title rule over its lines (`RuledPane`). Wide: the
    /// case and the contact's fields side by side (split by `resultDivider`) over the visit
    /// timeline, which is as wide as the screen so its rows scroll as whole screen rows, and takes
    /// half the rows or fewer when its `visitLines` need fewer; else only the focused pane.
    static func resultPanes(_ size: Size, focus: ResultPane, visitLines: Int) -> [ResultPane: Rect] {
        let body = body(size)
        let area = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        guard resultWide(size) else { return [focus: area] }
        let topH = area.height - min(area.height / 2, max(2, visitLines + 1))
        let divider = resultDivider(size)
        return [
            .details: Rect(x: 0, y: area.y, width: divider, height: topH),
            .fields: Rect(x: divider + 1, y: area.y, width: size.width - divider - 1, height: topH),
            .visits: Rect(x: 0, y: area.y + topH, width: size.width, height: area.height - topH),
        ]
    }

    /// True when the result screen shows all three panes.
    static func resultWide(_ size: Size) -> Bool { size.width >= 72 && size.height >= 18 }

    /// The column between the case and the fields panes on a wide result screen.
    static func resultDivider(_ size: Size) -> Int { size.width / 2 - 1 }
}
