import AcquireKit
import TerminalUI

/// The field rows' update logic, shared by compose (case fields) and the new contact form: typing
/// in text rows, the list on radio, checkbox and department rows. Pure; callers save the draft.
enum FieldFormStep {
    /// The focus moved to row `i`: the editor takes that row's text.
    static func focus(_ form: inout FieldForm, _ i: Int, _ definitions: [FieldDefinition]) {
        form.focus = max(0, min(i, definitions.count - 1))
        form.picker = nil
        guard definitions.indices.contains(form.focus) else { return }
        let d = definitions[form.focus]
        form.editor = TextField(d.kind == .text ? form.display(d.key) : "", placeholder: d.input?.placeholder ?? "")
    }

    /// A key on the focused row with no list open: text rows edit; true when the value changed.
    static func key(_ form: inout FieldForm, _ key: Key, _ definitions: [FieldDefinition]) -> Bool {
        guard definitions.indices.contains(form.focus) else { return false }
        let d = definitions[form.focus]
        guard d.kind == .text, form.editor.handle(key) == .edited else { return false }
        form.values[d.key] = .text(form.editor.text)
        return true
    }

    /// Pasted text into the focused text row; true when the value changed.
    static func paste(_ form: inout FieldForm, _ text: String, _ definitions: [FieldDefinition]) -> Bool {
        guard definitions.indices.contains(form.focus), definitions[form.focus].kind == .text else { return false }
        form.editor.insert(text)
        form.values[definitions[form.focus].key] = .text(form.editor.text)
        return true
    }

    /// The rows of the list on `definition`: "(none)" first when it may be left empty (radio and
    /// department), then its options or the departments.
    static func rows(_ definition: FieldDefinition, departments: [Department]) -> [String] {
        let choices = FieldForm.choices(definition, departments: departments)
        return definition.kind != .checkbox && !definition.isRequired ? [noneRow] + choices : choices
    }

    /// The row that leaves a radio or department empty.
    static let noneRow = "(none)"

    /// Opens the list on the focused row (radio, checkbox, department), the current choice
    /// highlighted; false on a text row.
    static func openPicker(_ form: inout FieldForm, _ definitions: [FieldDefinition], departments: [Department]) -> Bool {
        guard definitions.indices.contains(form.focus), definitions[form.focus].kind != .text else { return false }
        let d = definitions[form.focus]
        let rows = rows(d, departments: departments)
        var picker = FieldPicker(key: d.key, count: rows.count)
        if let i = rows.firstIndex(where: { form.isChosen($0, key: d.key) }) { picker.list.selected = i }
        form.picker = picker
        return true
    }

    /// Keys in the open list (moving); true when taken.
    static func pickerKey(_ form: inout FieldForm, _ key: Key, pageSize: Int) -> Bool {
        guard var picker = form.picker, picker.list.handle(key, pageSize: pageSize) else { return false }
        form.picker = picker
        return true
    }

    /// Enter in the list: a radio or department takes the highlighted row and the list closes; a
    /// checkbox's list closes (Space ticks). True when the value changed.
    static func choose(_ form: inout FieldForm, _ definitions: [FieldDefinition], departments: [Department]) -> Bool {
        guard let picker = form.picker, let d = definitions.first(where: { $0.key == picker.key }) else {
            form.picker = nil
            return false
        }
        form.picker = nil
        let rows = rows(d, departments: departments)
        guard rows.indices.contains(picker.list.selected), d.kind != .checkbox else { return false }
        let row = rows[picker.list.selected]
        let before = form.values[d.key]
        if row == noneRow, picker.list.selected == 0, !d.isRequired {
            form.values[d.key] = nil
        } else if d.kind == .department, let dep = departments.first(where: { $0.isOffered && $0.name == row }) {
            form.values[d.key] = .department(id: dep.id, name: dep.name)
        } else {
            form.values[d.key] = .option(row)
        }
        return form.values[d.key] != before
    }

    /// Space in a checkbox's list: ticks or unticks the highlighted option. True when changed.
    static func toggle(_ form: inout FieldForm, _ definitions: [FieldDefinition]) -> Bool {
        guard let picker = form.picker, let d = definitions.first(where: { $0.key == picker.key }),
              d.kind == .checkbox, d.options.indices.contains(picker.list.selected) else { return false }
        let option = d.options[picker.list.selected]
        var chosen: [String] = []
        if case .options(let list)? = form.values[d.key] { chosen = list }
        if let i = chosen.firstIndex(of: option) { chosen.remove(at: i) } else { chosen.append(option) }
        form.values[d.key] = chosen.isEmpty ? nil : .options(d.options.filter(chosen.contains) + chosen.filter { !d.options.contains($0) })
        return true
    }

    /// The definition of the open list, if one is open.
    static func pickerDefinition(_ form: FieldForm, _ definitions: [FieldDefinition]) -> FieldDefinition? {
        guard let key = form.picker?.key else { return nil }
        return definitions.first { $0.key == key }
    }
}
