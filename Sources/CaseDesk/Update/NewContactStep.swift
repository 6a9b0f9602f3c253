import AcquireKit
import TerminalUI

/// The "New contact" form's update logic: the rows, the duplicate check, the create sent once,
/// and an uncertain create settled by searching the email and phone (never by sending again).
enum NewContactStep {
    /// F2 on the contact screen (or Enter on a search that found nobody): the form, started from the
    /// query; a form left earlier with Esc comes back as it was.
    static func open(_ app: inout AppState) -> [Effect] {
        if app.newContact == nil {
            app.newContact = NewContactState.prefilled(from: app.search.query.text)
        }
        app.screen = .newContact
        var out: [Effect] = []
        if app.fieldCatalog.needsLoad { app.fieldCatalog = .loading; out.append(.loadFieldDefinitions) }
        return out
    }

    /// Esc: a list closes first; the matches, a failure or an unsettled create go back to the
    /// form; the form goes back to the search (what was typed is kept for F2).
    static func back(_ app: inout AppState) -> [Effect] {
        guard let nc = app.newContact else { app.screen = .contact; return [] }
        switch nc.phase {
        case .editing: app.screen = .contact
        case .matches, .failed, .notSettled: app.newContact?.phase = .editing(showProblems: false)
        case .checking, .creating, .settling: break
        }
        return []
    }

    /// A key the key map did not take: the matches list, the open field list, else the focused row.
    static func key(_ app: inout AppState, _ key: Key) -> [Effect] {
        guard var nc = app.newContact else { return [] }
        defer { app.newContact = nc }
        switch nc.phase {
        case .matches(let found):
            _ = nc.matchList.handle(key, pageSize: max(1, found.count))
        case .editing:
            if nc.form.picker != nil {
                _ = FieldFormStep.pickerKey(&nc.form, key, pageSize: Layout.pickerPageSize(app.size, rows: nc.form.picker?.list.count ?? 0))
            } else if FieldFormStep.key(&nc.form, key, app.newContactFields) {
                nc.phase = .editing(showProblems: false)
            }
        default: break
        }
        return []
    }

    /// Tab / Shift-Tab: the next or previous row (wrapping).
    static func moveFocus(_ app: inout AppState, forward: Bool) -> [Effect] {
        guard var nc = app.newContact, case .editing = nc.phase, nc.form.picker == nil else { return [] }
        let rows = app.newContactFields
        FieldFormStep.focus(&nc.form, (nc.form.focus + (forward ? 1 : rows.count - 1)) % rows.count, rows)
        app.newContact = nc
        return []
    }

    /// Enter or Space on a radio, checkbox or department row: its list.
    static func openPicker(_ app: inout AppState) -> [Effect] {
        guard var form = app.newContact?.form else { return [] }
        let rows = app.newContactFields
        guard FieldFormStep.openPicker(&form, rows, departments: app.departments.value ?? []) else { return [] }
        app.newContact?.form = form
        return FieldFormStep.pickerDefinition(form, rows)?.kind == .department ? App.loadDepartmentsIfNeeded(&app) : []
    }

    /// Space in a checkbox's list.
    static func toggle(_ app: inout AppState) -> [Effect] {
        guard var form = app.newContact?.form else { return [] }
        _ = FieldFormStep.toggle(&form, app.newContactFields)
        app.newContact?.form = form
        return []
    }

    /// Enter: in a field's list, the choice; among the matches, that contact is used instead.
    static func choose(_ app: inout AppState) -> [Effect] {
        guard var nc = app.newContact else { return [] }
        if case .matches(let found) = nc.phase {
            guard found.indices.contains(nc.matchList.selected) else { return [] }
            return use(&app, found[nc.matchList.selected])
        }
        _ = FieldFormStep.choose(&nc.form, app.newContactFields, departments: app.departments.value ?? [])
        app.newContact = nc
        return []
    }

    /// Ctrl-R / F10: with no problem, the email and phone are searched first (a match is offered
    /// instead); without either, the contact is created at once.
    static func create(_ app: inout AppState) -> [Effect] {
        guard let nc = app.newContact, case .editing = nc.phase, let request = app.newContactRequest else { return [] }
        guard app.newContactProblems.isEmpty else {
            app.newContact?.phase = .editing(showProblems: true)
            return []
        }
        app.newContact?.request = request
        app.newContact?.existingIDs = []
        if ContactMatching.searches(for: request).isEmpty { return send(&app, request) }
        let token = app.makeToken()
        app.newContact?.phase = .checking(token: token)
        return [.findContacts(request, token: token)]
    }

    /// Sends the create (once).
    static func send(_ app: inout AppState, _ request: ContactCreateRequest) -> [Effect] {
        app.newContact?.phase = .creating
        return [.createContact(request)]
    }

    /// The contacts that have the email or phone: before the create (matches are offered), or
    /// settling an uncertain one (the created contact is used).
    static func found(_ app: inout AppState, token: Int, _ result: Result<[Contact], AcquireError>) -> [Effect] {
        guard let nc = app.newContact, let request = nc.request else { return [] }
        switch nc.phase {
        case .checking(let t) where t == token:
            switch result {
            case .success(let found) where !found.isEmpty:
                app.newContact?.existingIDs = Set(found.map(\.id))
                app.newContact?.matchList = ListState(count: found.count)
                app.newContact?.phase = .matches(found)
                return []
            case .success:
                return send(&app, request)
            case .failure(let e):
                app.newContact?.phase = .failed(e)
                return []
            }
        case .settling(let e, let t) where t == token:
            switch result {
            case .success(let found):
                if let made = ContactMatching.created(by: request, in: found, existingIDs: nc.existingIDs) { return use(&app, made) }
                app.newContact?.phase = .notSettled(e, lookupError: nil)
            case .failure(let lookup):
                app.newContact?.phase = .notSettled(e, lookupError: lookup)
            }
            return []
        default:
            return []
        }
    }

    /// The create's answer: compose for the new contact; an uncertain outcome is searched for.
    static func created(_ app: inout AppState, _ result: Result<Contact, AcquireError>) -> [Effect] {
        guard case .creating? = app.newContact?.phase, let request = app.newContact?.request else { return [] }
        switch result {
        case .success(let contact):
            return use(&app, contact)
        case .failure(let e) where UncertainCreate.mayHaveCreated(e) && !ContactMatching.searches(for: request).isEmpty:
            let token = app.makeToken()
            app.newContact?.phase = .settling(e, token: token)
            return [.findContacts(request, token: token)]
        case .failure(let e):
            app.newContact?.phase = UncertainCreate.mayHaveCreated(e) ? .notSettled(e, lookupError: nil) : .failed(e)
            return []
        }
    }

    /// `l` after an unsettled create: search the email and phone again.
    static func lookAgain(_ app: inout AppState) -> [Effect] {
        guard case .notSettled(let e, _)? = app.newContact?.phase, let request = app.newContact?.request,
              !ContactMatching.searches(for: request).isEmpty else { return [] }
        let token = app.makeToken()
        app.newContact?.phase = .settling(e, token: token)
        return [.findContacts(request, token: token)]
    }

    /// The contact (created, found after an uncertain create, or a match) is the case's: the form
    /// closes and compose opens for it; it joins the recent contacts.
    static func use(_ app: inout AppState, _ contact: Contact) -> [Effect] {
        app.contacts[contact.id] = contact
        app.newContact = nil
        return ContactStep.use(&app, ContactRow(contact))
    }
}
