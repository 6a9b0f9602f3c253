import Foundation

/// The custom field definitions the sandbox serves (`GET /api/v1/crm/objects/object-field`): every
/// input type, required and optional fields, an email-format field, a case field keyed `title`, a type
/// no client knows (`date`), company fields without an input, and `config` as a JSON string on some.
enum SandboxFields {
    /// One definition.
    struct Spec: Sendable {
        var id: Int
        var object: String
        var key: String
        var label: String
        /// nil: no `input` at all (some company fields).
        var input: String?
        var required = false
        var options: [String] = []
        var email = false
        var requiredMessage: String? = nil
        var validationMessage: String? = "Oops! Seems incorrect format that you entered."
        var order: Int? = nil
        var system = false
        /// `config` as a JSON-encoded string instead of an object (a quirk of the real API).
        var configAsString = false
    }

    static let emailMessage = "Oops! Looks like format you entered is wrong. Can you please recheck your email?"

    /// Every definition, newest first (as in object-field-list.response.json): 25, so two pages of 20.
    static let all: [Spec] = [
        Spec(id: 64, object: "company", key: "website", label: "Website", input: nil, order: 64, configAsString: true),
        Spec(id: 63, object: "company", key: "industry", label: "Industry", input: nil, order: 63),
        Spec(id: 62, object: "company", key: "address", label: "Address", input: nil, order: 62),
        Spec(id: 61, object: "company", key: "employees", label: "Employees", input: "", order: 61),
        Spec(id: 60, object: "company", key: "foundation", label: "Foundation", input: nil),
        Spec(id: 46, object: "case", key: "due_date", label: "Due date", input: "date", order: 7),
        Spec(id: 45, object: "case", key: "title", label: "title", input: "text", order: 6),
        Spec(id: 44, object: "case", key: "reply_to", label: "Reply-to email", input: "text", email: true,
             validationMessage: emailMessage, order: 5),
        Spec(id: 43, object: "case", key: "order_number", label: "Order number", input: "text", order: 4, configAsString: true),
        Spec(id: 42, object: "case", key: "team", label: "Team", input: "department", order: 3),
        Spec(id: 41, object: "case", key: "topics", label: "Topics", input: "checkbox",
             options: ["Billing", "Login", "Shipping", "Bug report"], order: 2),
        Spec(id: 40, object: "case", key: "priority", label: "Priority", input: "radio", required: true,
             options: ["Low", "Normal", "High", "Urgent"], requiredMessage: "Choose a priority for the case.", order: 1),
        Spec(id: 26, object: "contact", key: "home_team", label: "Home team", input: "department", order: 26),
        Spec(id: 25, object: "contact", key: "notes", label: "Notes", input: "textarea", order: 25),
        Spec(id: 24, object: "contact", key: "vip", label: "VIP", input: "checkbox", options: ["yes"], order: 24,
             configAsString: true),
        Spec(id: 23, object: "contact", key: "account_manager", label: "Account manager", input: "text", order: 23),
        Spec(id: 22, object: "contact", key: "customer_since", label: "Customer since", input: "date", order: 22),
        Spec(id: 21, object: "contact", key: "plan", label: "Plan", input: "radio", required: true,
             options: ["Free", "Starter", "Pro", "Enterprise"], requiredMessage: "Please choose a plan.", order: 21),
        Spec(id: 8, object: "contact", key: "ip", label: "ip", input: "text", order: 8489, system: true),
        Spec(id: 7, object: "contact", key: "countryId", label: "countryId", input: nil, system: true),
        Spec(id: 6, object: "contact", key: "state", label: "state", input: nil, system: true),
        Spec(id: 5, object: "contact", key: "city", label: "city", input: "text", order: 0, system: true),
        Spec(id: 3, object: "contact", key: "phone", label: "Phone", input: "text", order: 5, system: true),
        Spec(id: 2, object: "contact", key: "email", label: "Email!!!!", input: "text", email: true,
             validationMessage: emailMessage, order: 4, system: true),
        Spec(id: 1, object: "contact", key: "name", label: "Name", input: "text",
             requiredMessage: "Unfortunately this cannot be blank.", order: 9, system: true),
    ]

    /// The definition of `key` for `object`.
    static func spec(object: String, key: String) -> Spec? {
        all.first { $0.object == object && $0.key == key }
    }

    /// The keys of `object`'s fields, in the order a form shows them.
    static func keys(object: String) -> [String] {
        all.filter { $0.object == object }.sorted { ($0.order ?? .max) < ($1.order ?? .max) }.map(\.key)
    }
}
