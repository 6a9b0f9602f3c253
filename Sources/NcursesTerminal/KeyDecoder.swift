import CNcurses
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// A plain character code (wget_wch returned OK).
    static func character(_ code: UInt32) -> Key {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int(code)) }
            return .char(Character(scalar))
        }
    }

    /// Esc read together with the next character: Alt+key (M-b and M-f are the word moves,
    /// M-Enter is `.alt("\n")`); before anything else it is Esc, then that key. Never empty.
    static func escape(followedBy next: Key) -> [Key] {
        switch next {
        case .char("b"): return [.wordLeft]
        case .char("f"): return [.wordRight]
        case .char(let c): return [.alt(c)]
        case .enter: return [.alt("\n")]
        default: return [.escape, next]
        }
    }

    /// Home, End, Insert, Delete and the page keys as terminals send them that a terminfo entry
    /// may not name: tmux and screen send VT220's `ESC[1~`/`ESC[4~` for Home/End whatever TERM says
    /// (xterm-256color names `ESC OH`/`ESC OF`), rxvt sends `ESC[7~`/`ESC[8~`.
    static let commonSequences: [(String, Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// Tells curses each of `commonSequences` that its terminfo entry does not already bind.
    static func defineCommonKeys() {
        for (sequence, code) in commonSequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Whether `code` ends a control sequence (`ESC [` parameters, intermediates, then a final
    /// byte in 0x40-0x7E): one curses does not know is read to its end and dropped, never typed.
    static func endsControlSequence(_ code: UInt32) -> Bool {
        (0x40...0x7E).contains(code)
    }

    /// A function-key code (wget_wch returned KEY_CODE_YES).
    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return nil
        default: break
        }
        for n in 1...12 where code == acq_key_f(Int32(n)) { return .function(n) }
        // Extended keys (Ctrl/Alt + arrows) have dynamic codes; their terminfo names tell.
        if let name = keyname(code).map({ String(cString: $0) }) {
            switch name {
            case "kLFT5", "kLFT3", "kLFT7": return .wordLeft
            case "kRIT5", "kRIT3", "kRIT7": return .wordRight
            case "kHOM5": return .home
            case "kEND5": return .end
            case "kUP5", "kUP3": return .up
            case "kDN5", "kDN3": return .down
            case "kDC5", "kDC3": return .delete
            default: break
            }
        }
        return .unknown(Int(code))
    }
}
