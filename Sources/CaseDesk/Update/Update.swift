import AcquireKit
import Foundation
import TerminalUI

/// Debounce before a search is sent, in milliseconds.
let searchDebounceMs = 200
/// Pause in moving through results before the preview contact is loaded.
let previewDebounceMs = 150
/// The longest an unsaved change waits before the draft is saved (from the first unsaved change,
/// not the last: steady typing is saved too).
let draftSaveMs = 1000
/// Spinner frame interval while a create is in flight.
let spinnerMs = 120
/// Contacts asked for per search page.
let searchPageLimit = 20
/// A contact's latest cases listed for reopening.
let contactCaseLimit = 5

/// The whole app logic: applies one message to the state and returns what the runtime must do.
/// Pure: no I/O, no clock; time arrives in messages. Each step's logic lives in its namespace
/// (`ContactStep`, `ComposeStep`, `SendingStep`, `ResultStep`); what every screen shares is in `App`.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
        state.storageNotice = nil
        return App.key(&state, key)
    case .draftSetAside(let path):
        state.storageNotice = "A saved draft could not be read (damaged, or from a newer version); it was kept as \(path)."
        return []
    case .draftSaveFailed(let why):
        state.draftSaveProblem = why
        return []
    case .draftSaveWorked:
        state.draftSaveProblem = nil
        return []
    case .paste(let text):
        return App.paste(&state, text)
    case .resize(let size):
        state.size = size
        state.search.list.scrollToSelection(pageSize: Layout.searchPageSize(size, hasError: state.search.error != nil))
        return []
    case .timer(let id, let at):
        state.now = at
        return App.timerFired(&state, id, at: at)
    case .now(let date):
        state.now = date
        return []
    case .terminated(let signal):
        return App.quit(&state, keepDraft: true, code: 128 + signal)
    case .terminalGone:
        return App.quit(&state, keepDraft: true, code: 129)
    case .started(let isSandbox, let now, let timeZone, let size, let target):
        state.isSandbox = isSandbox
        state.target = target
        state.now = now
        state.timeZone = timeZone
        state.size = size
        state.agents = .loading
        state.channels = .loading
        state.fieldCatalog = .loading
        return [.loadChannels, .loadAgents, .loadFieldDefinitions]
    case .recentContacts(let recent):
        state.search.recent = Array(recent.prefix(RecentContact.kept))
        guard state.search.showsRecent else { return [] }
        state.search.list.count = state.search.recent.count
        return ContactStep.preview(&state)
    case .draftFound(let draft):
        guard !draft.isEmpty else { return [] }
        if let marker = draft.sent, draft.contactId != nil {
            // Sent with outcome unknown: settled by lookup before anything can be sent again.
            ComposeStep.restore(&state, draft)
            return SendingStep.settleOnStart(&state, draft, marker)
        }
        state.overlay = .draftOffer(draft)
        return []
    case .searchResults(let token, let page, let result):
        return ContactStep.answered(&state, token: token, page: page, result)
    case .contactLoaded(let token, let result):
        return ContactStep.contactAnswered(&state, token: token, result)
    case .agentsLoaded(let result):
        state.agents.take(result)
        if case .failure(let e) = result { state.compose.error = e }
        return []
    case .channelsLoaded(let result):
        state.channels.take(result)
        if case .failure(let e) = result { state.compose.error = e }
        return []
    case .shortcutsLoaded(let result):
        state.shortcuts.take(result)
        if case .failure(let e) = result { state.compose.error = e }
        if state.compose.picker?.kind == .shortcut { ComposeStep.filterChanged(&state) }
        return []
    case .fieldDefinitionsLoaded(let result):
        // Kept for the run; a failure is a warning on the form, which still works without them.
        state.fieldCatalog.take(result)
        let departmentRows = (state.fieldCatalog.value?.definitions ?? []).contains { $0.input?.kind == .department }
        return departmentRows ? App.loadDepartmentsIfNeeded(&state) : []
    case .departmentsLoaded(let result):
        state.departments.take(result)
        return []
    case .contactsFound(let token, let result):
        return NewContactStep.found(&state, token: token, result)
    case .contactCreated(let result):
        return NewContactStep.created(&state, result)
    case .contactCasesLoaded(let contactId, let result):
        state.contactCases[contactId, default: .idle].take(result)
        guard state.contact?.id == contactId else { return [] }
        state.compose.cases.take(result)
        ComposeStep.takePendingReopen(&state)
        if state.compose.picker?.kind == .reopen { ComposeStep.filterChanged(&state) }
        return []
    case .editorFinished(let result):
        return ComposeStep.editorAnswered(&state, result)
    case .submitFinished(let result, let sentAt):
        return SendingStep.answered(&state, result, sentAt: sentAt)
    case .recentCasesLoaded(let contactId, let result):
        return SendingStep.lookupAnswered(&state, contactId: contactId, result)
    }
}

/// What every screen shares: keys and commands, going back, quitting, timers, the draft, paste.
enum App {
    /// A key: a command from the key map, else the focused screen's widgets.
    static func key(_ app: inout AppState, _ key: Key) -> [Effect] {
        // Too small to see anything: no typing blind (an unseen Enter could submit); only quit and suspend.
        if Layout.tooSmall(app.size) {
            switch key {
            case .ctrl("c"): return perform(&app, app.overlay == .quitConfirm ? .quitKeepDraft : .quit)
            case .ctrl("z"): return [.suspend]
            default: return []
            }
        }
        if let command = KeyMaps.command(for: key, in: app) { return perform(&app, command) }
        if app.overlay != nil { return [] }
        switch app.screen {
        case .contact: return ContactStep.key(&app, key)
        case .newContact: return NewContactStep.key(&app, key)
        case .compose: return ComposeStep.key(&app, key)
        case .review:
            let lines = ReviewContent.lines(app, width: app.size.width)
            let viewport = ReviewContent.viewport(app)
            _ = app.reviewScroll.handle(key, contentHeight: lines.count, viewportHeight: viewport.height)
            return []
        case .sending: return []
        case .result: return ResultStep.key(&app, key)
        }
    }

    /// Performs a command of the key map (as widgets perform their actions).
    static func perform(_ app: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .quit:
            if app.overlay != .quitConfirm, app.hasUnsentWork {
                app.overlay = .quitConfirm
                return []
            }
            return quit(&app, keepDraft: true, code: 130)
        case .quitNow:
            if app.hasUnsentWork {
                app.overlay = .quitConfirm
                return []
            }
            return [.quit(code: 0)]
        case .quitKeepDraft: return quit(&app, keepDraft: true, code: 130)
        case .quitDiscardDraft:
            app.overlay = nil
            return [.cancelTimer(.draftSave), .deleteDraft, .quit(code: 130)]
        case .stay:
            app.overlay = nil
            return []
        case .suspend: return [.suspend]
        case .help:
            app.overlay = .help
            return []
        case .closeOverlay:
            if app.overlay != nil {
                app.overlay = nil
            } else {
                app.compose.picker = nil
                app.compose.fields.picker = nil
                app.newContact?.form.picker = nil
            }
            return []
        case .restoreDraft: return ComposeStep.restoreDraft(&app)
        case .discardDraft:
            app.overlay = nil
            return [.deleteDraft]
        case .back: return back(&app)
        case .pick: return ContactStep.pick(&app)
        case .clearQuery: return ContactStep.clearQuery(&app)
        case .nextField, .previousField:
            if app.screen == .newContact { return NewContactStep.moveFocus(&app, forward: command == .nextField) }
            return ComposeStep.moveFocus(&app, forward: command == .nextField)
        case .review:
            app.compose.picker = nil
            app.screen = .review
            app.reviewScroll = ScrollState()
            return []
        case .openEditor: return saveNow(&app) + [.openEditor(app.compose.message.text)]
        case .insertShortcut: return ComposeStep.openPicker(&app, .shortcut)
        case .openPicker:
            if app.screen == .newContact { return NewContactStep.openPicker(&app) }
            if app.compose.focus == .fields { return ComposeStep.openFieldPicker(&app) }
            return ComposeStep.openPicker(&app, app.compose.focus == .channel ? .channel : .agent)
        case .toggleOption:
            return app.screen == .newContact ? NewContactStep.toggle(&app) : ComposeStep.toggleFieldOption(&app)
        case .newContact: return NewContactStep.open(&app)
        case .createContact: return NewContactStep.create(&app)
        case .nextChannel, .previousChannel: return ComposeStep.cycleChannel(&app, forward: command == .nextChannel)
        case .choose: return app.screen == .newContact ? NewContactStep.choose(&app) : ComposeStep.takePickerChoice(&app)
        case .submit: return SendingStep.submit(&app)
        case .cancelSend: return SendingStep.cancel(&app)
        case .retry: return SendingStep.retry(&app)
        case .lookAgain: return app.screen == .newContact ? NewContactStep.lookAgain(&app) : SendingStep.lookAgain(&app)
        case .nextPane, .previousPane: return ResultStep.switchPane(&app, forward: command == .nextPane)
        case .newSameContact: return ResultStep.startOver(&app, keepContact: true)
        case .newOtherContact: return ResultStep.startOver(&app, keepContact: false)
        case .toggleNote: return ComposeStep.toggleNote(&app)
        case .chooseReopen: return ComposeStep.openPicker(&app, .reopen)
        }
    }

    /// Esc: one step back, keeping everything typed.
    static func back(_ app: inout AppState) -> [Effect] {
        switch app.screen {
        case .contact, .result: return []
        case .newContact: return NewContactStep.back(&app)
        case .compose: app.screen = .contact
        case .review: app.screen = .compose
        case .sending: return SendingStep.back(&app)
        }
        return []
    }

    /// Every way out (quit keys, signals, a vanished terminal): the draft is saved first when asked
    /// to keep it and it holds something not yet on disk or not yet sent. The one home of that rule.
    static func quit(_ app: inout AppState, keepDraft: Bool, code: Int32) -> [Effect] {
        app.overlay = nil
        var out: [Effect] = [.cancelTimer(.draftSave)]
        let draft = app.draft(at: app.now)
        if keepDraft, app.draftChangedSinceSave || app.hasUnsentWork, !draft.isEmpty { out.append(.saveDraft(draft)) }
        out.append(.quit(code: code))
        return out
    }

    /// A timer fired.
    static func timerFired(_ app: inout AppState, _ id: TimerID, at: Date) -> [Effect] {
        switch id {
        case .searchDebounce: return ContactStep.search(&app)
        case .previewDebounce: return ContactStep.preview(&app)
        case .draftSave:
            guard app.draftChangedSinceSave else { return [] }
            app.draftChangedSinceSave = false
            let draft = app.draft(at: at)
            return draft.isEmpty ? [] : [.saveDraft(draft)]
        case .spinner:
            guard case .inFlight = app.sending.phase else { return [] }
            app.sending.spinnerFrame &+= 1
            return [.startTimer(.spinner, milliseconds: spinnerMs)]
        case .countdown:
            guard app.sending.countdown > 0 else { return [] }
            app.sending.countdown -= 1
            return app.sending.countdown > 0 ? [.startTimer(.countdown, milliseconds: 1000)] : []
        }
    }

    /// The draft changed: the first unsaved change starts the save timer; later ones leave it
    /// running (a deadline, not a debounce), so the draft is on disk at most `draftSaveMs` after it.
    static func draftChanged(_ app: inout AppState) -> [Effect] {
        guard !app.draftChangedSinceSave else { return [] }
        app.draftChangedSinceSave = true
        return [.startTimer(.draftSave, milliseconds: draftSaveMs)]
    }

    /// Saves the draft at once when it changed (before the editor takes the terminal: whatever
    /// happens there, what was typed is on disk).
    static func saveNow(_ app: inout AppState) -> [Effect] {
        guard app.draftChangedSinceSave else { return [] }
        app.draftChangedSinceSave = false
        let draft = app.draft(at: app.now)
        return [.cancelTimer(.draftSave)] + (draft.isEmpty ? [] : [.saveDraft(draft)])
    }

    /// The agent and channel lists, asked for again when they never came (or failed).
    static func loadListsIfNeeded(_ app: inout AppState) -> [Effect] {
        var out: [Effect] = []
        if app.agents.needsLoad { app.agents = .loading; out.append(.loadAgents) }
        if app.channels.needsLoad { app.channels = .loading; out.append(.loadChannels) }
        return out
    }

    /// The departments, asked for when a department field needs them and they never came (or failed).
    static func loadDepartmentsIfNeeded(_ app: inout AppState) -> [Effect] {
        guard app.departments.needsLoad else { return [] }
        app.departments = .loading
        return [.loadDepartments]
    }

    /// Pasted text goes into the focused text input.
    static func paste(_ app: inout AppState, _ text: String) -> [Effect] {
        guard app.overlay == nil else { return [] }
        switch app.screen {
        case .contact:
            app.search.query.insert(text)
            return ContactStep.queryEdited(&app)
        case .compose:
            if app.compose.picker != nil {
                guard app.compose.picker?.kind.hasFilter == true else { return [] }
                app.compose.picker?.filter.insert(text)
                ComposeStep.filterChanged(&app)
                return []
            }
            switch app.compose.focus {
            case .title: app.compose.title.insert(text)
            case .message: app.compose.message.insert(text)
            case .fields:
                guard app.compose.fields.picker == nil, FieldFormStep.paste(&app.compose.fields, text, app.caseFields) else { return [] }
            default: return []
            }
            return draftChanged(&app)
        case .newContact:
            guard var form = app.newContact?.form, case .editing? = app.newContact?.phase, form.picker == nil else { return [] }
            _ = FieldFormStep.paste(&form, text, app.newContactFields)
            app.newContact?.form = form
            return []
        default: return []
        }
    }
}
