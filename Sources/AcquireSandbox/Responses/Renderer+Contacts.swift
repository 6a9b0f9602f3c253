import Foundation

extension Renderer {
    /// One item of a contact search answer (contact-search.response.json): the matched field's row
    /// (`field_id`, `key`, `value`, `config` as a JSON string) merged with the contact, dates without zone.
    func searchItem(_ record: ContactRecord, search: String) -> [String: Any] {
        let details = directory.details(of: record, visits: false)
        let key = directory.matchedKey(record, text: search)
        let value: String? = key == "name" ? record.name.map { text($0, record.id) } : (key == "email" ? record.email : record.phone)
        var item = contactBase(record, details, plainDates: true)
        if details.ua == nil { item["clientDetails"] = NSNull() }
        item["meta"] = [String: Any]()
        item["field_id"] = key == "name" ? 1 : (key == "email" ? 2 : 3)
        item["value"] = value ?? NSNull()
        item["owner"] = "contact"
        item["object"] = "contact"
        item["key"] = key
        item["type"] = "text"
        item["config"] = Self.searchConfigs[key] ?? "{}"
        item["system"] = "yes"
        item["mainContactId"] = record.id
        item["contactId"] = record.id
        item["companyId"] = record.company.map { 100 + $0 } ?? NSNull()
        item["fields"] = flatFields(record, details)
        item["tags"] = [Any]()
        item["company"] = company(record, plainDates: true, full: true) ?? ["fields": [String: Any]()]
        return item
    }

    /// The `config` string of a search item, by matched key: the same three strings every time,
    /// so they are encoded once (encoding them per item was a quarter of a search's CPU).
    static let searchConfigs: [String: String] = Dictionary(uniqueKeysWithValues: ["name", "email", "phone"].map { key in
        let label = key == "name" ? "Name" : (key == "email" ? "Email!!!!" : "Phone")
        let config: [String: Any] = [
            "input": ["type": "text", "label": label, "required": false, "placeholder": "", "validationType": "format",
                      "validationFormat": key == "email" ? "email" : "any"] as [String: Any],
            "label": label, "backend": ["list": false], "capture": ["api"], "online_order": 9, "offline_order": 8492,
        ]
        return (key, jsonString(config))
    })

    /// One item of the contact list (contact-list.response.json), with its latest case as string ids.
    func listItem(_ record: ContactRecord, latest: StoredCase?, totalCases: Int) -> [String: Any] {
        let details = directory.details(of: record)
        var item = contactBase(record, details)
        item["dateUpdated"] = DateText.iso(SandboxClock.date(record.updated))
        item["fields"] = flatFields(record, details)
        item["company"] = company(record, full: true) ?? ["fields": [String: Any]()]
        item["tags"] = [Any]()
        item["latestTimelineId"] = latest.map { String($0.timelineId) } ?? NSNull()
        item["caseId"] = latest.map { String($0.id) } ?? NSNull()
        item["latestObjectType"] = latest == nil ? NSNull() : "case"
        item["title"] = latest.map { text($0.title, $0.id) } ?? NSNull()
        item["description"] = latest?.description ?? NSNull()
        item["channel"] = latest?.channel ?? NSNull()
        item["status"] = latest?.status ?? NSNull()
        item["agentList"] = [Any]()
        item["departmentList"] = [Any]()
        item["lastViewObject"] = NSNull()
        item["clientUserId"] = NSNull()
        item["contactCompanyCount"] = record.company == nil ? NSNull() : 1
        item["companyId"] = record.company.map { 100 + $0 } ?? NSNull()
        item["totalTimeline"] = totalCases
        item["lastDateUpdated"] = DateText.plain(SandboxClock.date(record.updated))
        item["totalNotes"] = 0
        item["totalViews"] = 0
        item["totalCase"] = totalCases
        item["caseDateUpdated"] = latest.map { DateText.iso($0.created) } ?? NSNull()
        item["msgUnread"] = 0
        item["channels"] = latest.map { [$0.channel] } ?? []
        item["firstInteractionType"] = NSNull()
        item["lastInteractionType"] = latest?.channel ?? NSNull()
        item["isBlocked"] = "NO"
        item["lastVisit"] = details.visits.last.map { visit($0, contactId: record.id) } ?? NSNull()
        item["firstVisit"] = details.visits.first.map { visit($0, contactId: record.id) } ?? NSNull()
        item["interaction"] = [Any]()
        item["snoozeInContact"] = false
        return item
    }

    /// One contact (contact-get.response.json): company, cases, fields as a flat OBJECT, tags, visits.
    func oneContact(_ record: ContactRecord, cases: [StoredCase]) -> [String: Any] {
        let details = directory.details(of: record)
        var item = contactBase(record, details)
        item["company"] = company(record) ?? NSNull()
        item["cases"] = cases.map { contactCase($0) }
        item["fields"] = flatFields(record, details)
        item["tags"] = [Any]()
        item["visits"] = details.visits.map { visit($0, contactId: record.id) }
        return item
    }
}
