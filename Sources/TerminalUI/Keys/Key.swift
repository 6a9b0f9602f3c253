/// One key press (or mouse event), decoded from the terminal by the driver.
public enum Key: Hashable, Sendable {
    case char(Character)      // printable text, including wide and combined characters
    case enter
    case tab
    case backTab              // Shift-Tab
    case backspace
    case delete
    case escape
    case up, down, left, right
    case wordLeft, wordRight  // Ctrl-Left / Ctrl-Right (also Alt-b / Alt-f)
    case home, end
    case pageUp, pageDown
    case insert
    case function(Int)        // F1...F12
    case ctrl(Character)      // Ctrl-A...Ctrl-Z as lowercase letters ("a"..."z")
    case alt(Character)       // Esc followed by a key
    case wheelUp(Point)
    case wheelDown(Point)
    case click(Point)
    case unknown(Int)

    /// A short human name for help lines: "Enter", "Ctrl-C", "PgDn", "F1".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .escape: return "Esc"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .wordLeft: return "C-←"
        case .wordRight: return "C-→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "^" + String(c).uppercased()
        case .alt("\u{7F}"): return "M-Bksp"
        case .alt(let c): return "M-" + String(c)
        case .wheelUp: return "wheel↑"
        case .wheelDown: return "wheel↓"
        case .click: return "click"
        case .unknown(let n): return "key \(n)"
        }
    }
}
