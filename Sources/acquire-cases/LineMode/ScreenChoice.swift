import Foundation
import NcursesTerminal

/// Which interactive face a run gets: the full screen, the line mode, or a refusal.
enum ScreenChoice: Equatable {
    case fullScreen
    case lines
    /// Not usable at all: the sentence for stderr.
    case refuse(String)

    /// `--plain`, or a terminal that cannot address the cursor (TERM=dumb), gets the line mode;
    /// without a terminal on stdin and stdout neither mode can ask anything.
    static func choose(plain: Bool, environment: [String: String]) -> ScreenChoice {
        switch TerminalPreflight.check(environment: environment) {
        case nil: return plain ? .lines : .fullScreen
        case .stdinNotATerminal?:
            return .refuse("standard input is not a terminal, so no questions can be asked. Run acquire-cases in a terminal; for scripts use `acquire-cases create` (see `acquire-cases create --help`).")
        case .stdoutNotATerminal?:
            return .refuse("standard output is not a terminal (screens and questions are written to it). Run acquire-cases without redirecting its output; for scripts use `acquire-cases create`, and `acquire-cases config` works anywhere.")
        case .termCannotAddress?:
            return .lines
        case let problem?:
            return plain ? .lines : .refuse(problem.description + " Or use the line mode: acquire-cases --plain.")
        }
    }
}
