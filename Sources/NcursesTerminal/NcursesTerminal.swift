import CNcurses
import Foundation
import TerminalUI

/// The one owner of curses: starts and stops the screen, copies a `Canvas` to it
/// (only the cells that changed), and reads keys. Use from one thread only.
public final class NcursesTerminal {
    /// What a read of the keyboard found.
    public enum Input: Equatable, Sendable {
        case key(Key)
        case resize(Size)
        /// A bracketed paste, whole: text, never keys (a pasted Tab or newline is not the Tab or Enter key).
        case paste(String)
        /// A bracketed paste is arriving; more is to come (the loop goes on serving signals and timers).
        case pasteContinues
    }

    /// Options decided before start.
    public struct Options: Sendable {
        public var noColor: Bool
        public var mouse: Bool
        public var escapeDelayMilliseconds: Int32
        public init(noColor: Bool = false, mouse: Bool = true, escapeDelayMilliseconds: Int32 = 50) {
            self.noColor = noColor
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    public private(set) var size: Size
    /// Box glyphs to use: Unicode lines in a UTF-8 locale, ASCII otherwise.
    public let glyphs: BoxGlyphs
    /// The colours in use: "256", "8", or "mono" (none).
    public let colorDepth: String
    private let screen: OpaquePointer
    private let palette: Palette
    private var shown: Canvas?
    private var stopped = false
    private var mouseOn: Bool
    /// The locale is not UTF-8: non-ASCII text is shown as "?" per column.
    private let asciiOnly: Bool
    /// Whether bracketed paste is turned on (the terminal is known to take it).
    private let pasteMode: Bool
    private var paste = BracketedPaste()

    /// Starts curses on the controlling terminal (stdin/stdout). Call `TerminalPreflight.check` first.
    public init(options: Options = Options()) throws {
        setlocale(LC_ALL, "")
        let utf8 = acq_locale_is_utf8() != 0
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard let scr = newterm(nil, acq_stdout(), acq_stdin()) else { throw TerminalProblem.startFailed(term) }
        screen = scr
        set_term(scr)
        raw()
        noecho()
        nonl()
        keypad(acq_stdscr(), true)
        nodelay(acq_stdscr(), true)
        set_escdelay(options.escapeDelayMilliseconds)
        use_extended_names(true)
        pasteMode = BracketedPaste.supported(term: term)
        if pasteMode { BracketedPaste.defineKeys() }
        leaveok(acq_stdscr(), false)
        // Lets doupdate move rows that only shifted (a pane scrolled by a line) with the
        // terminal's scroll region or insert/delete line instead of rewriting every row.
        idlok(acq_stdscr(), true)
        // No typeahead check: with poll() driving input, an interrupted doupdate would leave
        // the screen stale until the next event.
        typeahead(-1)
        var depth = Palette.Depth.monochrome
        if !options.noColor && has_colors() {
            start_color()
            use_default_colors()
            depth = acq_colors() >= 256 && acq_color_pairs() >= 32 ? .many : .eight
        }
        palette = Palette(depth: depth)
        colorDepth = depth == .many ? "256" : depth == .eight ? "8" : "mono"
        glyphs = utf8 ? .unicode : .ascii
        asciiOnly = !utf8
        mouseOn = false
        size = Size(width: Int(acq_cols()), height: Int(acq_lines()))
        if options.mouse {
            let mask = acq_wheel_up_mask() | acq_wheel_down_mask() | acq_button1_mask()
            mouseOn = mousemask(mask, nil) != 0
            mouseinterval(0)
        }
        FatalSignals.install(mouse: mouseOn, paste: pasteMode)
        if pasteMode { BracketedPaste.set(true) }
    }

    deinit { stop() }

    /// Copies `canvas` to the screen: only cells that differ from what is shown are touched,
    /// and ncurses sends the fewest bytes for them.
    public func draw(_ canvas: Canvas) {
        guard !stopped else { return }
        let full = shown == nil || shown!.size != canvas.size
        if full { werase(acq_stdscr()) }
        let width = canvas.width
        var wch = [wchar_t](repeating: 0, count: 8)
        for y in 0..<canvas.height {
            for x in 0..<width {
                let cell = canvas[x, y]
                if cell.width == 0 { continue }
                if !full, let old = shown, old[x, y] == cell, old[x + 1, y].width == canvas[x + 1, y].width { continue }
                let (attrs, pair) = palette.attributes(for: cell.style)
                if asciiOnly && !cell.text.unicodeScalars.allSatisfy({ $0.isASCII }) {
                    // The locale cannot show it: one "?" per column keeps the layout.
                    wch[0] = 63
                    wch[1] = 0
                    for col in 0..<Int(cell.width) where x + col < width {
                        _ = acq_put_cell(Int32(y), Int32(x + col), wch, attrs, pair)
                    }
                    continue
                }
                // A curses cell holds one spacing character and the marks after it: of an emoji
                // sequence (👩‍💻) only its first emoji is drawn, without a dangling joiner.
                var n = 0
                for s in cell.text.unicodeScalars where n < 5 {
                    if n > 0, TextWidth.of(scalar: s) > 0 { break }
                    wch[n] = wchar_t(bitPattern: s.value)
                    n += 1
                }
                while n > 1, wch[n - 1] == 0x200D { n -= 1 }
                if n == 0 { wch[0] = 32; n = 1 }
                wch[n] = 0
                _ = acq_put_cell(Int32(y), Int32(x), wch, attrs, pair)
            }
        }
        if let c = canvas.cursor, c.x >= 0, c.y >= 0, c.x < canvas.width, c.y < canvas.height {
            leaveok(acq_stdscr(), false)
            curs_set(1)
            wmove(acq_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            // A hidden cursor stays where the last change left it (parking it would cost bytes on
            // every scrolled line); a terminal that cannot hide it gets it at the bottom left.
            let hidden = curs_set(0) != acq_err()
            leaveok(acq_stdscr(), hidden)
            if !hidden { wmove(acq_stdscr(), Int32(max(0, canvas.height - 1)), 0) }
        }
        wnoutrefresh(acq_stdscr())
        doupdate()
        shown = canvas
    }

    /// Makes the next `draw` repaint every cell (after a suspend, or on request).
    public func invalidate() {
        shown = nil
        clearok(acq_curscr(), true)
    }

    /// Reads every key waiting (never blocks). An empty result after `poll` said stdin was
    /// readable means the terminal sent nothing usable (at EOF it keeps happening).
    public func readInput() -> [Input] {
        guard !stopped else { return [] }
        var out: [Input] = []
        if paste.buffer != nil {
            out.append(readPaste())
            // Keys typed right after the paste were handed back to curses: read them now (poll
            // would not wake for bytes that are no longer on the file descriptor).
            guard case .paste = out[0] else { return out }
        }
        while out.count < 4096 {
            var wch: wint_t = 0
            let rc = wget_wch(acq_stdscr(), &wch)
            if rc == acq_err() { break }
            if rc == acq_key_code_yes() {
                let code = Int32(wch)
                if code == BracketedPaste.startCode {
                    paste.begin()
                    out.append(readPaste())
                    if case .paste = out[out.count - 1] { continue }
                    break
                } else if code == BracketedPaste.endCode {
                    continue   // a stray end marker
                } else if code == acq_key_resize() {
                    size = Size(width: Int(acq_cols()), height: Int(acq_lines()))
                    shown = nil
                    out.append(.resize(size))
                } else if code == acq_key_mouse() {
                    if let k = readMouse() { out.append(.key(k)) }
                } else if let k = KeyDecoder.function(code) {
                    out.append(.key(k))
                }
            } else {
                var key = KeyDecoder.character(UInt32(wch))
                if key == .escape {
                    // Esc followed at once by a key is Alt+key.
                    var next: wint_t = 0
                    let r2 = wget_wch(acq_stdscr(), &next)
                    if r2 == acq_ok() {
                        let keys = KeyDecoder.escape(followedBy: KeyDecoder.character(UInt32(next)))
                        out += keys.dropLast().map { .key($0) }
                        key = keys[keys.count - 1]
                    } else if r2 == acq_key_code_yes() {
                        out.append(.key(.escape))
                        if let k = KeyDecoder.function(Int32(next)) { key = k } else { continue }
                    }
                }
                out.append(.key(key))
            }
        }
        return out
    }

    /// Reads on in the paste that began; the whole text once its end marker came. Bytes typed
    /// after the end marker in the same read go back to curses, to be read as keys.
    private func readPaste() -> Input {
        switch paste.read(fd: STDIN_FILENO) {
        case .more: return .pasteContinues
        case .done(let text, let rest):
            for byte in rest.reversed() { ungetch(Int32(byte)) }
            return .paste(text)
        }
    }

    /// Drops every key typed but not read yet (typeahead must not answer a question just drawn).
    public func discardTypeahead() {
        guard !stopped else { return }
        flushinp()
    }

    /// Tells curses the terminal changed size (after SIGWINCH) and returns the new size.
    public func resize(rows: Int, columns: Int) -> Size {
        if rows > 0 && columns > 0 && is_term_resized(Int32(rows), Int32(columns)) {
            resizeterm(Int32(rows), Int32(columns))
        }
        size = Size(width: Int(acq_cols()), height: Int(acq_lines()))
        shown = nil
        return size
    }

    /// Leaves curses mode temporarily (for an external editor or a suspend).
    public func pause() {
        guard !stopped else { return }
        if pasteMode { BracketedPaste.set(false) }
        endwin()
    }

    /// Returns to curses mode after `pause()` and repaints everything on the next draw.
    public func resume() {
        guard !stopped else { return }
        reset_prog_mode()
        if pasteMode { BracketedPaste.set(true) }
        invalidate()
        wrefresh(acq_stdscr())
    }

    /// Restores the terminal for good. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if mouseOn { mousemask(0, nil) }
        if pasteMode { BracketedPaste.set(false) }
        curs_set(1)
        endwin()
        delscreen(screen)
        FatalSignals.uninstall()
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == acq_ok() else { return nil }
        let p = Point(x: Int(event.x), y: Int(event.y))
        if event.bstate & acq_wheel_up_mask() != 0 { return .wheelUp(p) }
        if acq_wheel_down_mask() != 0 && event.bstate & acq_wheel_down_mask() != 0 { return .wheelDown(p) }
        if event.bstate & acq_button1_mask() != 0 { return .click(p) }
        return nil
    }
}
