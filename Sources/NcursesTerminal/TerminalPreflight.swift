import CNcurses
import Foundation

/// Why the program cannot draw on this terminal; each case is one clear sentence for stderr.
public enum TerminalProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case stdinNotATerminal
    case stdoutNotATerminal
    case termUnset
    case termUnknown(String)
    case termCannotAddress(String)
    case terminfoMissing(String)
    case startFailed(String)

    public var description: String {
        switch self {
        case .stdinNotATerminal:
            return "standard input is not a terminal (keys are read from it). Run acquire-cases directly in a terminal, not with input from a file or a pipe."
        case .stdoutNotATerminal:
            return "standard output is not a terminal (screens are drawn on it). Run acquire-cases without redirecting or piping its output; `acquire-cases config` works anywhere."
        case .termUnset:
            return "TERM is not set, so the terminal type is unknown. Set it, e.g. `export TERM=xterm-256color`."
        case .termUnknown(let t):
            return "The terminal type TERM=\(t) has no terminfo entry on this machine; run `TERM=xterm-256color acquire-cases`, or put its entry in ~/.terminfo."
        case .termCannotAddress(let t):
            return "The terminal type TERM=\(t) cannot move the cursor, so no screen can be drawn on it. Use a full-screen terminal, e.g. TERM=xterm-256color."
        case .terminfoMissing(let t):
            return "No terminfo database was found for TERM=\(t). Install ncurses-base (apt install ncurses-base) or set TERMINFO."
        case .startFailed(let t):
            return "The terminal (TERM=\(t)) could not be started."
        }
    }
}

/// Checks, without writing a byte to the terminal, that a full-screen UI can run here.
public enum TerminalPreflight {
    /// Returns nil when stdin and stdout are terminals and TERM can address the cursor.
    public static func check(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalProblem? {
        if isatty(STDIN_FILENO) == 0 { return .stdinNotATerminal }
        if isatty(STDOUT_FILENO) == 0 { return .stdoutNotATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { return .termUnset }
        return probe(term: term)
    }

    /// Checks a terminal type name against terminfo (no output).
    public static func probe(term: String) -> TerminalProblem? {
        let code = term.withCString { acq_probe_term($0, STDOUT_FILENO) }
        switch code {
        case 0: return nil
        case 1: return .termUnknown(term)
        case 2: return .termCannotAddress(term)
        default: return .terminfoMissing(term)
        }
    }
}
