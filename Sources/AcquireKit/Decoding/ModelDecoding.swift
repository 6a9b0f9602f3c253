import Foundation

// Turns lenient JSON into the clean model types. Every String goes through Sanitizer here.

extension LabelledField {
    /// Fields from an ARRAY of `{value, field:{key, config}}` or a flat OBJECT `{key: value}`,
    /// in the server's order. `labels` supplies labels known from elsewhere (by key).
    static func list(from json: JSONValue?, labels: [String: String] = [:]) -> [LabelledField] {
        switch json {
        case .array(let items)?:
            return items.compactMap { item -> LabelledField? in
                let field = item["field"]
                guard let key = (field?["key"] ?? item["key"])?.nonEmptyText else { return nil }
                let label = (field?["config"] ?? item["config"])?.configLabel
                    ?? field?["label"]?.nonEmptyText ?? labels[key] ?? key
                return LabelledField(key: key, label: label, value: item["value"]?.displayText ?? "")
            }
        case .object(let members)?:
            return members.map { member in
                let key = Sanitizer.clean(member.key)
                return LabelledField(key: key, label: labels[key] ?? key, value: member.value.displayText)
            }
        default:
            return []
        }
    }
}

extension Visit {
    /// A visit from `{id, title, url, source, dateCreated}`; nil without an id.
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue else { return nil }
        self.init(id: id, title: json["title"]?.cleanText ?? "", url: json["url"]?.cleanText ?? "",
                  source: json["source"]?.cleanText ?? "", date: json["dateCreated"]?.dateValue)
    }
}

extension Contact {
    /// A contact from any of the server's shapes (list, search row, one contact, inside a case).
    init?(json: JSONValue) {
        guard let id = (json["mainContactId"] ?? json["id"] ?? json["contactId"])?.intValue else { return nil }
        var labels: [String: String] = [:]
        if let key = json["key"]?.nonEmptyText, let label = json["config"]?.configLabel { labels[key] = label }
        let fields = LabelledField.list(from: json["fields"], labels: labels)
        func fieldValue(_ key: String) -> String? {
            if let v = json.value(at: "fields", key)?.nonEmptyText { return v }
            let v = fields.first(where: { $0.key == key })?.value ?? ""
            return v.isEmpty ? nil : v
        }
        var visits = (json["visits"]?.arrayValue ?? []).compactMap(Visit.init(json:))
        if json["visits"]?.arrayValue == nil {
            for key in ["firstVisit", "lastVisit"] {
                if let v = json[key].flatMap(Visit.init(json:)), !visits.contains(where: { $0.id == v.id }) {
                    visits.append(v)
                }
            }
        }
        let company = json.value(at: "company", "fields", "name")?.nonEmptyText
            ?? json.value(at: "company", "name")?.nonEmptyText
        self.init(id: id, name: fieldValue("name") ?? json["name"]?.nonEmptyText,
                  email: fieldValue("email") ?? json["email"]?.nonEmptyText,
                  phone: fieldValue("phone") ?? json["phone"]?.nonEmptyText,
                  company: company, fields: fields, visits: visits,
                  dateCreated: json["dateCreated"]?.dateValue)
    }
}

extension Agent {
    /// An agent from `{id, name, firstName, lastName, email, status, type}`; nil without an id.
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue else { return nil }
        let full = [json["firstName"]?.nonEmptyText, json["lastName"]?.nonEmptyText]
            .compactMap { $0 }.joined(separator: " ")
        let email = json["email"]?.nonEmptyText
        let name = json["name"]?.nonEmptyText ?? (full.isEmpty ? nil : full) ?? email ?? "#\(id)"
        self.init(id: id, name: name, email: email, status: json["status"]?.cleanText ?? "",
                  type: json["type"]?.nonEmptyText)
    }
}

extension Department {
    /// A department from `{id, name, status, users[]}` (users as objects or ids).
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue else { return nil }
        let users = (json["users"]?.arrayValue ?? []).compactMap { $0["id"]?.intValue ?? $0.intValue }
        self.init(id: id, name: json["name"]?.cleanText ?? "#\(id)", status: json["status"]?.cleanText ?? "",
                  userIDs: users)
    }
}

extension Channel {
    /// A channel from `{id, name, status}`; enabled when the status is "active" (or absent).
    init?(json: JSONValue) {
        guard let id = json["id"]?.nonEmptyText else { return nil }
        let status = json["status"]?.cleanText?.lowercased()
        self.init(id: id, name: json["name"]?.nonEmptyText ?? id, enabled: status == nil || status == "active")
    }
}

extension MessageShortcut {
    /// A canned reply from `{id, shortcut_name, message, groupName}`.
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue else { return nil }
        self.init(id: id, name: (json["shortcut_name"] ?? json["name"])?.cleanText ?? "#\(id)",
                  message: json["message"]?.cleanMultilineText ?? "", group: json["groupName"]?.nonEmptyText)
    }
}

extension CaseUser {
    /// A user of a case; rows of type "contact" are not users.
    init?(json: JSONValue) {
        if let type = json["type"]?.stringValue, type == "contact" { return nil }
        guard let id = (json["userId"] ?? json["id"])?.intValue else { return nil }
        let name = json["name"]?.nonEmptyText ?? json["firstName"]?.nonEmptyText ?? ""
        self.init(id: id, name: name)
    }
}

extension CaseRecord {
    /// A case from the create answer, one case, or a case list row.
    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue else { return nil }
        let contact = json["contact"].flatMap { $0.objectMembers == nil ? nil : Contact(json: $0) }
        self.init(id: id, threadId: json["threadId"]?.intValue, title: json["title"]?.cleanText ?? "",
                  description: json["description"]?.cleanMultilineText ?? "",
                  channel: json["channel"]?.cleanText ?? "", status: json["status"]?.cleanText ?? "",
                  dateQueue: json["dateQueue"]?.dateValue, dateCreated: json["dateCreated"]?.dateValue,
                  datePending: json["datePending"]?.dateValue, dateActive: json["dateActive"]?.dateValue,
                  dateClosed: json["dateClosed"]?.dateValue, dateUpdated: json["dateUpdated"]?.dateValue,
                  users: (json["users"]?.arrayValue ?? []).compactMap(CaseUser.init(json:)),
                  userId: json["userId"]?.intValue,
                  contactId: json["contactId"]?.intValue ?? contact?.id,
                  contact: contact, fields: LabelledField.list(from: json["fields"]),
                  parentId: json["parentId"]?.intValue, sessionId: json["meta"]?.decodedConfig?["sessionId"]?.intValue)
    }
}
