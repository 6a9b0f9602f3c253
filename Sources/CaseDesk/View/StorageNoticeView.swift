import TerminalUI

/// What the agent must know about the drafts on disk, on the two rows above the help line: a save
/// that failed (with where the text can still go) or a draft file kept aside at start.
func drawStorageNotice(_ c: inout Canvas, _ s: AppState) {
    var text: String
    if let why = s.draftSaveProblem {
        text = StorageNotice.saveFailed(why)
    } else if let notice = s.storageNotice {
        text = notice
    } else {
        return
    }
    text = " " + text
    let lines = Array(Wrap.lines(text, width: max(1, c.width - 1)).prefix(2))
    let top = c.height - 1 - lines.count
    for (i, line) in lines.enumerated() where top + i > 0 {
        c.fill(Rect(x: 0, y: top + i, width: c.width, height: 1), style: Style(.warning))
        c.put(line, x: 0, y: top + i, style: Style(.warning, bold: true), maxWidth: c.width - 1)
    }
}

/// The sentences about a draft that could not be saved.
public enum StorageNotice {
    /// Shown while saves fail.
    public static func saveFailed(_ why: String) -> String {
        "The draft is NOT saved (\(why)). Copy the text now, or F4 to write it from $EDITOR elsewhere; on quit it goes to a file in /tmp, or is printed."
    }
}
