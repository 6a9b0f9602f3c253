import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI

/// Custom field definitions and departments for the CaseDesk tests.
extension Fx {
    static let priority = FieldDefinition(
        id: 40, object: "case", key: "priority", label: "Priority",
        input: FieldInput(kind: .radio, serverType: "radio", required: true,
                          requiredErrorMessage: "Choose how urgent this is.", options: ["Low", "Normal", "High"]), order: 1)
    static let topics = FieldDefinition(
        id: 41, object: "case", key: "topics", label: "Topics",
        input: FieldInput(kind: .checkbox, serverType: "checkbox", options: ["Billing", "Login", "Shipping"]), order: 2)
    static let team = FieldDefinition(id: 42, object: "case", key: "team", label: "Team",
                                      input: FieldInput(kind: .department, serverType: "department"), order: 3)
    static let replyTo = FieldDefinition(
        id: 44, object: "case", key: "reply_to", label: "Reply-to email",
        input: FieldInput(kind: .text, serverType: "text", validationFormat: "email",
                          validationErrorMessage: "That is not an email address."), order: 4)
    static let titleField = FieldDefinition(id: 45, object: "case", key: "title", label: "title",
                                            input: FieldInput(kind: .text, serverType: "text"), order: 5)
    static let plan = FieldDefinition(
        id: 21, object: "contact", key: "plan", label: "Plan",
        input: FieldInput(kind: .radio, serverType: "radio", required: true, requiredErrorMessage: "Pick the customer's plan.",
                          options: ["Free", "Pro"]), order: 21)
    static let contactEmail = FieldDefinition(id: 2, object: "contact", key: "email", label: "Email!!!",
                                              input: FieldInput(kind: .text, validationFormat: "email"), order: 2, system: true)
    static let ipField = FieldDefinition(id: 8, object: "contact", key: "ip", label: "ip",
                                         input: FieldInput(kind: .text), order: 8, system: true)
    static let catalog = FieldCatalog(definitions: [titleField, replyTo, team, topics, priority, plan, contactEmail, ipField])
    static let departments = [Department(id: 6, name: "Support", status: "active", userIDs: [1]),
                              Department(id: 7, name: "Billing", status: "active", userIDs: [])]
}

extension Driver {
    /// Answers the field definitions (and the departments they ask for).
    mutating func loadFields(_ catalog: FieldCatalog = Fx.catalog) {
        send(.fieldDefinitionsLoaded(.success(catalog)))
        send(.departmentsLoaded(.success(Fx.departments)))
    }

    /// Compose for Ann with title and message typed and the field definitions loaded.
    static func composeWithFields(size: Size = Size(width: 80, height: 24)) -> Driver {
        var d = Driver(size: size)
        d.loadFields()
        d.pickAnn()
        d.type("Refund for order 42")
        d.key(.tab)
        d.send(.paste("Hello,\nthe refund did not arrive."))
        return d
    }

    /// A case sent with Priority Low, answered with the fields Acquire saved (Priority, Team 6).
    static func resultWithFields() -> Driver {
        var d = composeWithFields()
        d.focusField("priority")
        d.key(.enter)
        d.key(.enter)
        d.key(.ctrl("r"))
        d.key(.enter)
        var record = Fx.record()
        record.fields = [LabelledField(key: "priority", label: "Priority", value: "Low"),
                         LabelledField(key: "team", label: "Team", value: "6")]
        d.send(.submitFinished(.success(record), sentAt: Fx.at(2)))
        return d
    }

    /// Tabs until the focus is on the case field `key`.
    mutating func focusField(_ key: String) {
        for _ in 0..<20 {
            if state.compose.focus == .fields, state.caseFields[state.compose.fields.focus].key == key { return }
            self.key(.tab)
        }
    }
}
