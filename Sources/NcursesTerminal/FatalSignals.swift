import CNcurses
import Foundation

// State the fatal-signal handler reads: written once at install, before the handler can run.
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveTermios = false
nonisolated(unsafe) private var resetBytes = [CChar](repeating: 0, count: 512)
nonisolated(unsafe) private var resetLength = 0

/// On SEGV, ABRT, BUS, ILL and FPE: put the terminal back the way it was (modes, screen,
/// cursor, mouse) using only async-signal-safe calls, then die of the same signal.
enum FatalSignals {
    static let signals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE]

    static func install(mouse: Bool, paste: Bool = false) {
        // The modes the shell had, as saved by curses' newterm (shell mode).
        var t = termios()
        haveTermios = false
        if tcgetattr(STDIN_FILENO, &t) == 0 {
            reset_shell_mode()
            if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { haveTermios = true }
            reset_prog_mode()
        }
        var n = Int(acq_reset_sequence(&resetBytes, Int32(resetBytes.count - 40)))
        if mouse {
            for b in Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) where n < resetBytes.count - 1 {
                resetBytes[n] = CChar(bitPattern: b)
                n += 1
            }
        }
        if paste {
            for b in Array("\u{1B}[?2004l".utf8) where n < resetBytes.count - 1 {
                resetBytes[n] = CChar(bitPattern: b)
                n += 1
            }
        }
        resetLength = n
        for s in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                if haveTermios { tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
                if resetLength > 0 { _ = write(STDOUT_FILENO, &resetBytes, resetLength) }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
            sigaction(s, &action, nil)
        }
    }

    static func uninstall() {
        for s in signals { signal(s, SIG_DFL) }
    }
}
