import AcquireKit
import CaseDesk
import Foundation
import Logging
import NcursesTerminal
import TerminalUI

/// The event loop of the interactive app: keys, network answers, timers and signals become
/// messages for `update`; effects are performed; the view is drawn once per batch of events.
final class AppRunner {
    private let terminal: NcursesTerminal
    private let loop: EventLoop<Msg>
    private let effects: EffectRunner
    private let stores: Stores
    private var state: AppState
    private var drawn: AppState?
    private var exitCode: Int32?
    private let isSandbox: Bool

    init(terminal: NcursesTerminal, loop: EventLoop<Msg>, api: any AcquireAPI, stores: Stores,
         isSandbox: Bool, target: String, logger: Logger?) {
        self.terminal = terminal
        self.loop = loop
        self.stores = stores
        self.state = AppState()
        self.state.target = target
        self.effects = EffectRunner(api: api, stores: stores, logger: logger, post: { [loop] in loop.post($0) })
        self.isSandbox = isSandbox
    }

    /// Runs until the agent quits, a terminating signal arrives or the terminal goes away.
    /// Returns the exit code.
    func run() -> Int32 {
        dispatch(.started(isSandbox: isSandbox, now: Date(), timeZone: .current, size: terminal.size))
        dispatch(.recentContacts(stores.recents.load() ?? []))
        if let draft = stores.draft.load() { dispatch(.draftFound(draft)) }
        render()
        while exitCode == nil {
            for event in loop.next(readInput: terminal.readInput) {
                handle(event)
                if exitCode != nil { break }
            }
            if exitCode == nil { render() }
        }
        terminal.stop()
        return exitCode ?? 0
    }

    private func handle(_ event: LoopEvent<Msg>) {
        switch event {
        case .input(let inputs):
            for input in inputs {
                switch input {
                case .key(let key):
                    dispatch(.now(Date()))
                    dispatch(.key(key))
                case .resize(let size):
                    dispatch(.resize(size))
                }
                if exitCode != nil { return }
            }
        case .message(let msg):
            dispatch(msg)
        case .timer(let id):
            if let id = id.base as? TimerID { dispatch(.timer(id, at: Date())) }
        case .windowChanged:
            syncSize()
        case .signal(let sig):
            // SIGINT, SIGTERM, SIGHUP: keep the draft, restore the terminal, exit 128+n.
            saveDraftIfUnsent()
            exitCode = 128 + sig
        case .terminalGone:
            saveDraftIfUnsent()
            exitCode = 129
        }
    }

    private func dispatch(_ msg: Msg) {
        for effect in update(&state, msg) {
            perform(effect)
            if exitCode != nil { return }
        }
    }

    private func perform(_ effect: Effect) {
        if effects.perform(effect) { return }
        switch effect {
        case let .startTimer(id, ms):
            loop.startTimer(id, milliseconds: ms)
        case let .cancelTimer(id):
            loop.cancelTimer(id)
        case let .openEditor(text):
            dispatch(.editorFinished(ExternalEditor.edit(text, terminal: terminal, directory: stores.directory)))
        case .suspend:
            suspend()
        case let .quit(code):
            exitCode = code
        default:
            break
        }
    }

    /// Saves what is typed when it would otherwise be lost (signals, terminal gone).
    private func saveDraftIfUnsent() {
        guard state.hasUnsentWork else { return }
        try? stores.draft.save(state.draft(at: Date()))
    }

    /// Ctrl-Z: leave curses, stop; on `fg`, come back and repaint everything.
    private func suspend() {
        terminal.pause()
        // raise (tgkill to this thread), not kill(getpid()): a signal sent to the process may be
        // taken by another thread, and this one would run on into `resume()` (re-entering the
        // alternate screen and raw mode) before the stop lands, leaving the shell on a curses
        // screen and the app, after `fg`, in cooked mode.
        raise(SIGSTOP)
        terminal.resume()
        syncSize()
        drawn = nil
    }

    /// Reads the terminal's size, tells curses and the app (after SIGWINCH or a resume).
    private func syncSize() {
        var ws = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0 else { return }
        dispatch(.resize(terminal.resize(rows: Int(ws.ws_row), columns: Int(ws.ws_col))))
    }

    private func render() {
        guard drawn != state else { return }
        terminal.draw(view(state, size: terminal.size, glyphs: terminal.glyphs))
        drawn = state
    }
}
