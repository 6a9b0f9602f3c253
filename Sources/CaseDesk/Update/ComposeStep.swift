import AcquireKit
import Foundation
import TerminalUI

/// Step 2's update logic: the fields, the pickers, the external editor, a restored draft.
enum ComposeStep {
    /// A key the compose key map did not take: the open picker, else the focused field.
    static func key(_ app: inout AppState, _ key: Key) -> [Effect] {
        if app.compose.picker != nil { return pickerKey(&app, key) }
        if app.compose.fields.picker != nil {
            let page = Layout.pickerPageSize(app.size, rows: app.compose.fields.picker?.list.count ?? 0)
            _ = FieldFormStep.pickerKey(&app.compose.fields, key, pageSize: page)
            return []
        }
        switch app.compose.focus {
        case .title:
            guard app.compose.title.handle(key) == .edited else { return [] }
            return App.draftChanged(&app)
        case .message:
            let viewport = Layout.messageViewport(app.size, hasError: app.compose.hasError, fieldRows: Layout.composeFieldRows(app))
            if case .wheelUp = key { for _ in 0..<3 { _ = app.compose.message.handle(.up, viewport: viewport) }; return [] }
            if case .wheelDown = key { for _ in 0..<3 { _ = app.compose.message.handle(.down, viewport: viewport) }; return [] }
            guard app.compose.message.handle(key, viewport: viewport) == .edited else { return [] }
            // `@` offers the agents to mention (typing narrows the list).
            if key == .char("@") { _ = openPicker(&app, .mention) }
            return App.draftChanged(&app)
        case .fields:
            guard FieldFormStep.key(&app.compose.fields, key, app.caseFields) else { return [] }
            return App.draftChanged(&app)
        case .channel, .agent:
            return []
        }
    }

    /// Tab / Shift-Tab (and Enter in the title): the next or previous field.
    static func moveFocus(_ app: inout AppState, forward: Bool) -> [Effect] {
        guard app.screen == .compose, app.compose.picker == nil, app.compose.fields.picker == nil else { return [] }
        // The stops: title, message, channel, agent, then each case field row.
        let fixed: [ComposeField] = [.title, .message, .channel, .agent]
        let stops = fixed.map { ($0, 0) } + app.caseFields.indices.map { (ComposeField.fields, $0) }
        let here = stops.firstIndex { $0.0 == app.compose.focus && ($0.0 != .fields || $0.1 == app.compose.fields.focus) } ?? 0
        let next = stops[(here + (forward ? 1 : stops.count - 1)) % stops.count]
        app.compose.focus = next.0
        if next.0 == .fields { FieldFormStep.focus(&app.compose.fields, next.1, app.caseFields) }
        return []
    }

    /// Opens a chooser with the current choice highlighted; agents and shortcuts are loaded when missing.
    static func openPicker(_ app: inout AppState, _ kind: PickerKind) -> [Effect] {
        app.compose.picker = PickerState(kind: kind)
        let rows = app.pickerCount
        app.compose.picker?.list = ListState(count: rows)
        var out: [Effect] = []
        switch kind {
        case .channel:
            if let i = app.channelChoices.firstIndex(where: { $0.id == app.compose.channel }) { app.compose.picker?.list.selected = i }
        case .agent:
            if let i = app.agentChoices.firstIndex(where: { $0.id == app.compose.agentId }) { app.compose.picker?.list.selected = i }
            if app.agents.needsLoad { app.agents = .loading; out.append(.loadAgents) }
        case .shortcut:
            if app.shortcuts.needsLoad { app.shortcuts = .loading; out.append(.loadShortcuts(search: "")) }
        case .mention:
            if app.agents.needsLoad { app.agents = .loading; out.append(.loadAgents) }
        case .reopen:
            app.compose.reopenProblem = nil
            if let chosen = app.compose.reopen, let i = app.reopenChoices.firstIndex(where: { $0?.id == chosen.id }) {
                app.compose.picker?.list.selected = i
            }
            out += loadCasesIfNeeded(&app)
        }
        let page = Layout.pickerPageSize(app.size, rows: app.pickerCount)
        app.compose.picker?.list.scrollToSelection(pageSize: page)
        return out
    }

    /// Keys in an open picker: its list's, else its filter's.
    static func pickerKey(_ app: inout AppState, _ key: Key) -> [Effect] {
        guard var picker = app.compose.picker else { return [] }
        if picker.list.handle(key, pageSize: Layout.pickerPageSize(app.size, rows: app.pickerCount)) {
            app.compose.picker = picker
            return []
        }
        guard picker.kind.hasFilter, picker.filter.handle(key) == .edited else { return [] }
        app.compose.picker = picker
        filterChanged(&app)
        return []
    }

    /// The picker's filter changed: its list starts again at the top.
    static func filterChanged(_ app: inout AppState) {
        let rows = app.pickerCount
        app.compose.picker?.list = ListState(count: rows)
    }

    /// Enter in a picker: the highlighted channel or agent becomes the choice, or the shortcut is inserted.
    static func takePickerChoice(_ app: inout AppState) -> [Effect] {
        if app.compose.fields.picker != nil {
            let changed = FieldFormStep.choose(&app.compose.fields, app.caseFields, departments: app.departments.value ?? [])
            return changed ? App.draftChanged(&app) : []
        }
        guard let picker = app.compose.picker else { return [] }
        let i = picker.list.selected
        switch picker.kind {
        case .channel:
            let list = app.channelChoices
            guard i < list.count else { return [] }
            app.compose.channel = list[i].id
        case .agent:
            let list = app.agentChoices
            guard i < list.count else { return [] }
            app.compose.agentId = list[i].id
        case .shortcut:
            let list = app.shortcutChoices
            guard i < list.count else { return [] }
            app.compose.message.insert(list[i].message)
            app.compose.focus = .message
        case .mention:
            let list = app.mentionChoices
            guard i < list.count else { return [] }
            app.compose.message.insert(list[i].name + " ")
            if !app.compose.mentions.contains(list[i]) { app.compose.mentions.append(list[i]) }
            app.compose.focus = .message
        case .reopen:
            let list = app.reopenChoices
            guard i < list.count, let contact = app.contact else { return [] }
            if let chosen = list[i], let problem = chosen.reopenProblem(forContact: contact.id) {
                app.compose.reopenProblem = problem   // the list stays open and says why
                return []
            }
            app.compose.reopen = list[i]
            app.compose.reopenProblem = nil
        }
        app.compose.picker = nil
        return App.draftChanged(&app)
    }

    /// Asks for the chosen contact's latest cases when they are not loaded (or failed).
    static func loadCasesIfNeeded(_ app: inout AppState) -> [Effect] {
        guard let contact = app.contact, app.compose.cases.needsLoad else { return [] }
        // Asked for (or answered) for the preview already: the same answer serves compose.
        if let known = app.contactCases[contact.id], !known.needsLoad {
            app.compose.cases = known
            takePendingReopen(&app)
            return []
        }
        app.compose.cases = .loading
        app.contactCases[contact.id] = .loading
        return [.loadContactCases(contactId: contact.id, limit: contactCaseLimit)]
    }

    /// A restored draft's reopen, once the contact's cases are here: the case, if it is still closed
    /// and the contact's (else the draft's choice is dropped and the create opens a new thread).
    static func takePendingReopen(_ app: inout AppState) {
        guard let id = app.compose.pendingReopenId, let cases = app.compose.cases.value, let contact = app.contact else { return }
        app.compose.pendingReopenId = nil
        if let found = cases.first(where: { $0.id == id }), found.reopenProblem(forContact: contact.id) == nil {
            app.compose.reopen = found
        }
    }

    /// F6: the first entry becomes an internal note, or a message to the customer again.
    static func toggleNote(_ app: inout AppState) -> [Effect] {
        app.compose.messageType = app.compose.messageType == .note ? .message : .note
        return App.draftChanged(&app)
    }

    /// Enter or Space on a radio, checkbox or department row: its list (departments are loaded when missing).
    static func openFieldPicker(_ app: inout AppState) -> [Effect] {
        let fields = app.caseFields
        guard FieldFormStep.openPicker(&app.compose.fields, fields, departments: app.departments.value ?? []) else { return [] }
        return FieldFormStep.pickerDefinition(app.compose.fields, fields)?.kind == .department ? App.loadDepartmentsIfNeeded(&app) : []
    }

    /// Space in a checkbox's list: ticks or unticks the highlighted option.
    static func toggleFieldOption(_ app: inout AppState) -> [Effect] {
        FieldFormStep.toggle(&app.compose.fields, app.caseFields) ? App.draftChanged(&app) : []
    }

    /// ← / → on the channel field.
    static func cycleChannel(_ app: inout AppState, forward: Bool) -> [Effect] {
        let list = app.channelChoices
        guard !list.isEmpty else { return [] }
        let i = list.firstIndex(where: { $0.id == app.compose.channel }) ?? (forward ? -1 : 0)
        app.compose.channel = list[(i + (forward ? 1 : list.count - 1) + list.count) % list.count].id
        return App.draftChanged(&app)
    }

    /// The external editor is done: its text replaces the message (a failure leaves it as it was).
    static func editorAnswered(_ app: inout AppState, _ result: Result<String, EditorFailure>) -> [Effect] {
        switch result {
        case .success(let text):
            let edited = EditorText.fromEditor(text)
            app.compose.editorError = nil
            guard edited != app.compose.message.text else { return [] }
            app.compose.message.text = edited
            app.compose.focus = .message
            return App.draftChanged(&app)
        case .failure(let f):
            app.compose.editorError = f
            return []
        }
    }

    /// A draft from an earlier run is restored into the form.
    static func restoreDraft(_ app: inout AppState) -> [Effect] {
        guard case .draftOffer(let draft) = app.overlay else { return [] }
        app.overlay = nil
        restore(&app, draft)
        let cases = loadCasesIfNeeded(&app)   // F7 lists them at once
        // The draft knew the contact by id and name only: fetch it again before it can be sent to.
        guard let id = draft.contactId else { return cases }
        let token = app.makeToken()
        app.contactCheck = ContactCheck(token: token, savedName: draft.contactName ?? "#\(id)")
        return [.loadContact(id: id, token: token)] + cases
    }

    /// The restored contact as Acquire has it now: its name replaces the draft's, and what changed is said.
    static func contactChecked(_ app: inout AppState, _ result: Result<Contact, AcquireError>) {
        guard let check = app.contactCheck, let ref = app.contact else { return }
        app.contactCheck?.token = nil
        switch result {
        case .success(let c) where c.id == ref.id:
            let fresh = c.displayName
            if fresh != check.savedName {
                app.contact = ContactRef(id: c.id, name: fresh)
                app.contactCheck?.note = "Contact #\(c.id) was \"\(check.savedName)\" when the draft was saved; Acquire now says \"\(fresh)\"."
            }
        case .success:
            break
        case .failure(let e):
            app.contactCheck?.note = "Contact #\(ref.id) could not be fetched again (\(e.message)); check it before sending."
        }
    }

    /// Puts a draft's contact and text into the form.
    static func restore(_ app: inout AppState, _ draft: Draft) {
        if let id = draft.contactId { app.contact = ContactRef(id: id, name: draft.contactName ?? "#\(id)") }
        app.compose.title.text = draft.title
        app.compose.message.text = draft.message
        app.compose.channel = draft.channel.isEmpty ? "chat" : draft.channel
        app.compose.agentId = draft.agentId
        app.compose.messageType = draft.messageType ?? .message
        app.compose.fields = FieldForm(values: draft.fields ?? [:])
        app.compose.pendingReopenId = draft.reopenCaseId
        app.compose.focus = draft.title.isEmpty ? .title : .message
        app.screen = app.contact == nil ? .contact : .compose
    }
}

extension ComposeState {
    /// True when an error line is shown under the form.
    var hasError: Bool { error != nil || editorError != nil }
}
