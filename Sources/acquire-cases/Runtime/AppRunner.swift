import AcquireKit
import CaseDesk
import Foundation
import Logging
import NcursesTerminal
import TerminalUI

/// The event loop of the interactive app: keys, network answers, timers and signals become
/// messages for `update`; effects are performed; the view is drawn once per batch of events.
final class AppRunner: TerminalEffects {
    private let terminal: NcursesTerminal
    private let loop: EventLoop<Msg>
    private let effects: EffectRunner
    private let stores: Stores
    private var state = AppState()
    private var drawn: AppState?
    private var exitCode: Int32?
    private let isSandbox: Bool
    private let target: String

    init(terminal: NcursesTerminal, loop: EventLoop<Msg>, api: any AcquireAPI, stores: Stores,
         isSandbox: Bool, target: String, logger: Logger?) {
        self.terminal = terminal
        self.loop = loop
        self.stores = stores
        self.target = target
        self.effects = EffectRunner(api: api, stores: stores, logger: logger, post: { [loop] in loop.post($0) })
        self.isSandbox = isSandbox
        self.effects.terminal = self
    }

    /// Runs until the agent quits, a terminating signal arrives or the terminal goes away.
    /// Returns the exit code.
    func run() -> Int32 {
        dispatch(.started(isSandbox: isSandbox, now: Date(), timeZone: .current, size: terminal.size, target: target))
        dispatch(.recentContacts(stores.recents.load() ?? []))
        let (draft, setAside) = stores.loadDraft()
        if let setAside { dispatch(.draftSetAside(path: setAside)) }
        if let draft { dispatch(.draftFound(draft)) }
        render()
        // Keys typed before the offer was drawn were meant for the search, not for it: dropped.
        if case .draftOffer = state.overlay { terminal.discardTypeahead() }
        while exitCode == nil {
            for event in loop.next(readInput: terminal.readInput) {
                handle(event)
                if exitCode != nil { break }
            }
            if exitCode == nil { render() }
        }
        terminal.stop()
        if let unsaved = effects.unsavedDraft { FallbackDraft.keep(unsaved, couldNotSaveIn: stores.directory.path) }
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
                case .paste(let text):
                    dispatch(.now(Date()))
                    dispatch(.paste(text))
                case .pasteContinues:
                    break
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
            // SIGINT, SIGTERM, SIGHUP: update answers with the draft to keep and the exit code.
            dispatch(.now(Date()))
            dispatch(.terminated(signal: sig))
        case .terminalGone:
            dispatch(.now(Date()))
            dispatch(.terminalGone)
        }
    }

    private func dispatch(_ msg: Msg) {
        for effect in update(&state, msg) {
            effects.perform(effect)
            if exitCode != nil { return }
        }
    }

    // MARK: TerminalEffects

    func startTimer(_ id: TimerID, milliseconds: Int) { loop.startTimer(id, milliseconds: milliseconds) }

    func cancelTimer(_ id: TimerID) { loop.cancelTimer(id) }

    func openEditor(_ text: String) {
        dispatch(.editorFinished(ExternalEditor.edit(text, terminal: terminal, directory: stores.directory)))
    }

    func quit(code: Int32) { exitCode = code }

    /// Ctrl-Z: leave curses, stop; on `fg`, come back and repaint everything.
    func suspend() {
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
