import AcquireKit
import TerminalUI

/// The list opened on a radio, checkbox or department row: its field and its selection.
public struct FieldPicker: Equatable, Sendable {
    /// The key of the field the list fills.
    public var key: String
    public var list = ListState()
    public init(key: String, count: Int) {
        self.key = key
        list = ListState(count: count)
    }
}

/// Custom field values being filled in on a form (the case's on compose, a new contact's), one row
/// per definition: the values by key, the focused row, the line being typed and an open list.
public struct FieldForm: Equatable, Sendable {
    /// What the agent entered, by definition key (text rows are written on every edit).
    public var values: [String: FieldValue] = [:]
    /// The focused row (an index into the form's definitions).
    public var focus = 0
    /// The focused text row's input (its text is `values[key]`).
    public var editor = TextField()
    /// The list open on a radio, checkbox or department row.
    public var picker: FieldPicker?

    public init(values: [String: FieldValue] = [:]) { self.values = values }

    /// The values worth keeping (filled ones).
    public var filled: [String: FieldValue] { values.filter { $0.value.isFilled } }

    /// The rows of a list opened on `definition`: its options, or the names of the departments
    /// that may be chosen (not inactive ones).
    public static func choices(_ definition: FieldDefinition, departments: [Department]) -> [String] {
        switch definition.kind {
        case .radio, .checkbox: return definition.options
        case .department: return departments.filter(\.isOffered).map(\.name)
        case .text: return []
        }
    }

    /// Whether `choice` is chosen in the row's value (radio, checkbox, department).
    public func isChosen(_ choice: String, key: String) -> Bool {
        switch values[key] {
        case .option(let o)?: return o == choice
        case .options(let list)?: return list.contains(choice)
        case .department(_, let name)?: return name == choice
        default: return false
        }
    }

    /// How a row's value reads on the form ("" when empty).
    public func display(_ key: String) -> String { values[key]?.displayText ?? "" }
}
