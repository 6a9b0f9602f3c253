import CNcurses
import TerminalUI

/// Maps semantic roles to curses attributes and colour pairs: 256 colours, 8 colours,
/// or monochrome (no colour support, `NO_COLOR`, `TERM=vt100`).
struct Palette {
    enum Depth: Equatable { case monochrome, eight, many }

    let depth: Depth
    private var base: [Role: (attr_t, Int16)] = [:]

    init(depth: Depth) {
        self.depth = depth
        if depth != .monochrome { installPairs() }
        for role in Role.allCases { base[role] = Self.look(role, depth: depth) }
    }

    /// Attributes and pair for a style.
    func attributes(for style: Style) -> (attr_t, Int16) {
        var (attrs, pair) = base[style.role] ?? (acq_a_normal(), 0)
        if style.bold { attrs |= acq_a_bold() }
        if style.underline { attrs |= acq_a_underline() }
        if style.reverse { attrs |= acq_a_reverse() }
        return (attrs, pair)
    }

    private func installPairs() {
        let many = depth == .many
        // Foreground, background (-1 = the terminal's default).
        let table: [(Role, Int16, Int16)] = [
            (.header, many ? 255 : Int16(COLOR_WHITE), many ? 24 : Int16(COLOR_BLUE)),
            (.sandbox, many ? 16 : Int16(COLOR_BLACK), many ? 214 : Int16(COLOR_YELLOW)),
            (.title, many ? 75 : Int16(COLOR_CYAN), -1),
            (.border, many ? 244 : Int16(COLOR_WHITE), -1),
            (.focusBorder, many ? 75 : Int16(COLOR_CYAN), -1),
            (.label, many ? 110 : Int16(COLOR_CYAN), -1),
            (.selected, many ? 255 : Int16(COLOR_WHITE), many ? 31 : Int16(COLOR_BLUE)),
            (.dim, many ? 245 : Int16(COLOR_WHITE), -1),
            (.help, many ? 250 : Int16(COLOR_WHITE), -1),
            (.error, many ? 203 : Int16(COLOR_RED), -1),
            (.warning, many ? 221 : Int16(COLOR_YELLOW), -1),
            (.success, many ? 114 : Int16(COLOR_GREEN), -1),
            (.accent, many ? 179 : Int16(COLOR_YELLOW), -1),
        ]
        for (role, fg, bg) in table {
            init_pair(Int16(role.rawValue) + 1, fg, bg)
        }
    }

    private static func look(_ role: Role, depth: Depth) -> (attr_t, Int16) {
        // Typed text is drawn in the terminal's own colours (pair 0, no attributes): echoing a
        // typed character then costs the character itself, with no attribute change or reset.
        let pair: Int16 = depth == .monochrome || role == .normal || role == .input ? 0 : Int16(role.rawValue) + 1
        var a = acq_a_normal()
        switch role {
        case .header: a = depth == .monochrome ? acq_a_reverse() | acq_a_bold() : acq_a_bold()
        case .sandbox: a = depth == .monochrome ? acq_a_reverse() | acq_a_bold() : acq_a_bold()
        case .title: a = acq_a_bold()
        case .focusBorder: a = depth == .monochrome ? acq_a_bold() : acq_a_normal()
        case .selected: a = depth == .monochrome ? acq_a_reverse() : acq_a_normal()
        case .dim: a = depth == .monochrome ? acq_a_dim() : acq_a_normal()
        case .error: a = acq_a_bold()
        case .warning: a = acq_a_bold()
        case .accent: a = acq_a_bold()
        case .input: a = acq_a_normal()
        default: break
        }
        return (a, pair)
    }
}
