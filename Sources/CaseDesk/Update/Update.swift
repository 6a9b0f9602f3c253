import AcquireKit
import Foundation
import TerminalUI

/// Debounce before a search is sent, in milliseconds.
let searchDebounceMs = 200
/// Pause in moving through results before the preview contact is loaded.
let previewDebounceMs = 150
/// Pause after the last change before the draft is saved.
let draftSaveMs = 1000
/// Spinner frame interval while a create is in flight.
let spinnerMs = 120
/// Contacts asked for per search page.
let searchPageLimit = 20

/// The whole app logic: applies one message to the state and returns what the runtime must do.
/// Pure: no I/O, no clock; time arrives in messages.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
        return handleKey(&state, key)
    case .paste(let text):
        return handlePaste(&state, text)
    case .resize(let size):
        state.size = size
        state.search.list.scrollToSelection(pageSize: Layout.searchPageSize(size, hasError: state.search.error != nil))
        return []
    case .timer(let id, let at):
        state.now = at
        return handleTimer(&state, id, at: at)
    case .now(let date):
        state.now = date
        return []
    case .terminated(let signal):
        return quitEffects(&state, keepDraft: true, code: 128 + signal)
    case .terminalGone:
        return quitEffects(&state, keepDraft: true, code: 129)
    case .started(let isSandbox, let now, let timeZone, let size, let target):
        state.isSandbox = isSandbox
        state.target = target
        state.now = now
        state.timeZone = timeZone
        state.size = size
        state.agentsLoading = true
        state.channelsLoading = true
        return [.loadChannels, .loadAgents]
    case .recentContacts(let recent):
        state.search.recent = recent
        guard state.search.showsRecent else { return [] }
        state.search.list.count = recent.count
        return previewNow(&state)
    case .draftFound(let draft):
        guard !draft.isEmpty else { return [] }
        state.overlay = .draftOffer(draft)
        return []
    case .searchResults(let token, let page, let result):
        return searchAnswered(&state, token: token, page: page, result)
    case .contactLoaded(let token, let result):
        return contactAnswered(&state, token: token, result)
    case .agentsLoaded(let result):
        state.agentsLoading = false
        switch result {
        case .success(let agents): state.agents = agents
        case .failure(let e): state.compose.error = e
        }
        return []
    case .channelsLoaded(let result):
        state.channelsLoading = false
        switch result {
        case .success(let channels): state.channels = channels
        case .failure(let e): state.compose.error = e
        }
        return []
    case .shortcutsLoaded(let result):
        switch result {
        case .success(let list): state.shortcuts = list
        case .failure(let e): state.compose.error = e
        }
        let pickerRows = state.pickerCount
        if state.compose.picker?.kind == .shortcut { state.compose.picker?.list.count = pickerRows }
        return []
    case .editorFinished(let result):
        return editorAnswered(&state, result)
    case .submitFinished(let result, let sentAt):
        return submitAnswered(&state, result, sentAt: sentAt)
    case .recentCasesLoaded(let contactId, let result):
        return lookupAnswered(&state, contactId: contactId, result)
    }
}

/// A key: a command from the key map, else the focused widget's.
func handleKey(_ s: inout AppState, _ key: Key) -> [Effect] {
    // Too small to see anything: no typing blind (an unseen Enter could submit); only quit and suspend.
    if Layout.tooSmall(s.size) {
        switch key {
        case .ctrl("c"): return perform(&s, s.overlay == .quitConfirm ? .quitKeepDraft : .quit)
        case .ctrl("z"): return [.suspend]
        default: return []
        }
    }
    if let command = KeyMaps.command(for: key, in: s) {
        return perform(&s, command)
    }
    if s.overlay != nil { return [] }
    switch s.screen {
    case .contact: return searchKey(&s, key)
    case .compose: return composeKey(&s, key)
    case .review:
        let text = ReviewContent.lines(s, width: s.size.width)
        let vp = ReviewContent.viewport(s)
        _ = s.reviewScroll.handle(key, contentHeight: text.count, viewportHeight: vp.height)
        return []
    case .sending: return []
    case .result: return resultKey(&s, key)
    }
}

/// A command from a key map.
func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
    switch command {
    case .quit:
        if s.overlay != .quitConfirm, s.hasUnsentWork {
            s.overlay = .quitConfirm
            return []
        }
        return quitEffects(&s, keepDraft: true, code: 130)
    case .quitNow:
        if s.hasUnsentWork {
            s.overlay = .quitConfirm
            return []
        }
        return [.quit(code: 0)]
    case .quitKeepDraft: return quitEffects(&s, keepDraft: true, code: 130)
    case .quitDiscardDraft:
        s.overlay = nil
        return [.cancelTimer(.draftSave), .deleteDraft, .quit(code: 130)]
    case .stay:
        s.overlay = nil
        return []
    case .suspend: return [.suspend]
    case .help:
        s.overlay = .help
        return []
    case .closeOverlay:
        if s.overlay != nil { s.overlay = nil } else { s.compose.picker = nil }
        return []
    case .restoreDraft: return restoreDraft(&s)
    case .discardDraft:
        s.overlay = nil
        return [.deleteDraft]
    case .back: return goBack(&s)
    case .pick: return pickContact(&s)
    case .clearQuery:
        guard !s.search.query.text.isEmpty else { return [] }
        s.search.query.text = ""
        return queryEdited(&s)
    case .nextField, .previousField: return moveFocus(&s, forward: command == .nextField)
    case .review:
        s.compose.picker = nil
        s.screen = .review
        s.reviewScroll = ScrollState()
        return []
    case .openEditor: return [.openEditor(s.compose.message.text)]
    case .insertShortcut: return openPicker(&s, .shortcut)
    case .openPicker: return openPicker(&s, s.compose.focus == .channel ? .channel : .agent)
    case .nextChannel, .previousChannel: return cycleChannel(&s, forward: command == .nextChannel)
    case .choose: return choose(&s)
    case .submit: return submit(&s)
    case .cancelSend: return cancelSend(&s)
    case .retry: return retry(&s)
    case .lookAgain: return lookAgain(&s)
    case .nextPane, .previousPane: return switchPane(&s, forward: command == .nextPane)
    case .newSameContact: return startOver(&s, keepContact: true)
    case .newOtherContact: return startOver(&s, keepContact: false)
    }
}

/// Esc: one step back, keeping everything typed.
func goBack(_ s: inout AppState) -> [Effect] {
    switch s.screen {
    case .contact: return []
    case .compose: s.screen = .contact
    case .review: s.screen = .compose
    case .sending:
        guard !s.sending.isBusy else { return [] }
        // A running countdown keeps running: the review's Enter waits for it too.
        s.sending.phase = .idle
        s.screen = .review
        return []
    case .result: return []
    }
    return []
}

/// Every way out (quit keys, signals, a vanished terminal): the draft is saved first when asked
/// to keep it and it holds something not yet on disk or not yet sent. The one home of that rule.
func quitEffects(_ s: inout AppState, keepDraft: Bool, code: Int32) -> [Effect] {
    s.overlay = nil
    var out: [Effect] = [.cancelTimer(.draftSave)]
    let draft = s.draft(at: s.now)
    if keepDraft, s.draftChangedSinceSave || s.hasUnsentWork, !draft.isEmpty { out.append(.saveDraft(draft)) }
    out.append(.quit(code: code))
    return out
}

/// A timer fired.
func handleTimer(_ s: inout AppState, _ id: TimerID, at: Date) -> [Effect] {
    switch id {
    case .searchDebounce: return startSearch(&s)
    case .previewDebounce: return previewNow(&s)
    case .draftSave:
        guard s.draftChangedSinceSave else { return [] }
        s.draftChangedSinceSave = false
        let d = s.draft(at: at)
        return d.isEmpty ? [] : [.saveDraft(d)]
    case .spinner:
        guard case .inFlight = s.sending.phase else { return [] }
        s.sending.spinnerFrame &+= 1
        return [.startTimer(.spinner, milliseconds: spinnerMs)]
    case .countdown:
        guard s.sending.countdown > 0 else { return [] }
        s.sending.countdown -= 1
        return s.sending.countdown > 0 ? [.startTimer(.countdown, milliseconds: 1000)] : []
    }
}

/// The draft changed: (re)start the save timer.
func draftChanged(_ s: inout AppState) -> [Effect] {
    s.draftChangedSinceSave = true
    return [.startTimer(.draftSave, milliseconds: draftSaveMs)]
}

/// Pasted text goes into the focused text input.
func handlePaste(_ s: inout AppState, _ text: String) -> [Effect] {
    guard s.overlay == nil else { return [] }
    switch s.screen {
    case .contact:
        s.search.query.insert(text)
        return queryEdited(&s)
    case .compose:
        if s.compose.picker != nil {
            guard s.compose.picker?.kind != .channel else { return [] }
            s.compose.picker?.filter.insert(text)
            let pickerRows = s.pickerCount
            s.compose.picker?.list = ListState(count: pickerRows)
            return []
        }
        switch s.compose.focus {
        case .title: s.compose.title.insert(text)
        case .message: s.compose.message.insert(text)
        default: return []
        }
        return draftChanged(&s)
    default: return []
    }
}
