import CNcurses
import Foundation

/// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC[200~ … ESC[201~.
/// curses reports the start marker as a key of its own (`define_key`); the text after it is read
/// straight from the terminal in large chunks, never blocking, until the end marker, so a paste of
/// megabytes takes milliseconds and the loop still answers signals and timers between chunks.
struct BracketedPaste {
    /// The key code curses returns for ESC[200~ and ESC[201~ (above every code curses assigns).
    static let startCode: Int32 = 0x7E00
    static let endCode: Int32 = 0x7E01
    private static let endMarker: [UInt8] = Array("\u{1B}[201~".utf8)
    /// At most this much is read per call, so the loop gets control back often.
    static let chunkLimit = 1 << 20

    /// Whether the terminal takes mode 2004: terminfo's BE, or a name known to (xterm, tmux, screen, rxvt, foot, kitty…).
    static func supported(term: String) -> Bool {
        if acq_has_string_cap("BE") != 0 { return true }
        return ["xterm", "screen", "tmux", "rxvt", "foot", "kitty", "alacritty", "wezterm", "vte", "gnome", "konsole", "st-"]
            .contains { term.hasPrefix($0) }
    }

    /// Tells curses the markers, so the start arrives as one key and a stray end is recognised.
    static func defineKeys() {
        define_key("\u{1B}[200~", startCode)
        define_key("\u{1B}[201~", endCode)
    }

    /// Turns the mode on or off (through curses' output, so it is ordered with the screen's bytes).
    static func set(_ on: Bool) {
        _ = putp(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l")
        fflush(acq_stdout())
    }

    /// The bytes of the paste being read (nil when none is).
    private(set) var buffer: [UInt8]?
    private var scanned = 0

    /// A start marker arrived.
    mutating func begin() {
        buffer = []
        scanned = 0
    }

    /// What one read found: the whole text when the end marker came (and what followed it, to be
    /// handed back to curses), or nil while the paste goes on.
    enum Step { case more, done(String, rest: [UInt8]) }

    /// Reads what the terminal has (never blocking).
    mutating func read(fd: Int32) -> Step {
        guard buffer != nil else { return .more }
        var chunk = [UInt8](repeating: 0, count: 65536)
        var readNow = 0
        while readNow < Self.chunkLimit {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 0) > 0 else { return .more }
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { return .more }
                return finish(at: buffer!.count, restFrom: buffer!.count)
            }
            if n == 0 { return finish(at: buffer!.count, restFrom: buffer!.count) }   // EOF: keep what came
            buffer!.append(contentsOf: chunk[0..<n])
            readNow += n
            if let at = endIndex() { return finish(at: at, restFrom: at + Self.endMarker.count) }
        }
        return .more
    }

    /// Where the end marker starts, looking only at what was not searched before.
    private mutating func endIndex() -> Int? {
        guard let b = buffer else { return nil }
        let m = Self.endMarker
        var i = max(0, scanned - (m.count - 1))
        while i + m.count <= b.count {
            if b[i] == m[0] && b[i + 1] == m[1] && Array(b[i..<i + m.count]) == m { return i }
            i += 1
        }
        scanned = b.count
        return nil
    }

    private mutating func finish(at end: Int, restFrom: Int) -> Step {
        let b = buffer ?? []
        buffer = nil
        scanned = 0
        let rest = restFrom < b.count ? Array(b[restFrom...]) : []
        return .done(String(decoding: b[0..<min(end, b.count)], as: UTF8.self), rest: rest)
    }
}
