import Foundation

/// Builds JSON objects (for JSONSerialization) in the shapes of the fixtures, quirks included.
struct Renderer {
    let directory: ContactDirectory
    /// When true, names, titles and URLs carry hostile text.
    let hostile: Bool
    /// Contacts created through the API since start.
    var created: [CreatedContact] = []

    /// `text`, made hostile when the fault is on.
    func text(_ value: String, _ salt: Int) -> String {
        hostile ? HostileText.decorate(value, salt: salt) : value
    }

    /// The contact's display-independent base: dates, client details, archive.
    func contactBase(_ record: ContactRecord, _ details: ContactDetails, plainDates: Bool = false) -> [String: Any] {
        let created = SandboxClock.date(record.created)
        let updated = SandboxClock.date(record.updated).addingTimeInterval(Double(record.id % 1000) / 1000)
        var clientDetails: Any = NSNull()
        if let ua = details.ua {
            clientDetails = [
                "ua": ua,
                "engine": ["name": details.clientName == "Firefox" ? "Gecko" : "Blink", "version": details.clientVersion ?? ""],
                "network": ["type": details.networkType, "speed": details.speed],
            ] as [String: Any]
        }
        return [
            "dateCreated": plainDates ? DateText.plain(created) : DateText.iso(created),
            "dateUpdated": plainDates ? DateText.plain(updated) : DateText.iso(updated, keepMillis: true),
            "id": record.id,
            "clientType": details.ua == nil ? NSNull() : "web",
            "clientName": details.clientName ?? NSNull(),
            "clientVersion": details.clientVersion ?? NSNull(),
            "clientOsName": details.clientOsName ?? NSNull(),
            "clientOsVersion": details.ua == nil ? NSNull() : "10",
            "clientDeviceType": details.ua == nil || record.id % 3 == 0 ? NSNull() : "Desktop",
            "clientDeviceVendor": NSNull(),
            "clientDeviceModel": NSNull(),
            "clientDetails": clientDetails,
            "archive": "no",
        ]
    }

    /// The contact's fields as the flat OBJECT of list, search and one-contact answers.
    func flatFields(_ record: ContactRecord, _ details: ContactDetails) -> [String: Any] {
        let place = NameBank.places[record.place]
        var fields: [String: Any] = [:]
        if let name = record.name { fields["name"] = text(name, record.id) }
        if let email = record.email { fields["email"] = email }
        if let phone = record.phone { fields["phone"] = phone }
        fields["city"] = record.id % 7 == 0 ? "" : place.city
        fields["state"] = record.id % 5 == 0 ? NSNull() : place.state
        fields["country"] = [
            "name": place.country, "name_official": place.official, "cca2": place.cca2, "ccn3": "35",
            "cca3": place.cca3, "calling_code1": place.calling, "region_id": 366, "lat": "20", "lng": "77",
            "voip_enable": true,
        ] as [String: Any]
        fields["countryId"] = place.countryId
        fields["ip"] = details.ip
        for field in ContactDetails.customFields {
            if let value = details.custom[field.key] { fields[field.key] = value ?? NSNull() }
        }
        return fields
    }

    /// The contact's fields as the ARRAY of a created case: value, owner, contactId, field{...}.
    func fieldArray(_ record: ContactRecord, _ details: ContactDetails) -> [[String: Any]] {
        let place = NameBank.places[record.place]
        var rows: [(id: Int, key: String, label: String?, value: String?, type: String, configAsString: Bool)] = [
            (1, "name", "Name", record.name.map { text($0, record.id) }, "text", false),
            (2, "email", "Email!!!!", record.email, "text", false),
            (3, "phone", "Phone", record.phone, "text", false),
            (5, "city", "city", record.id % 7 == 0 ? "" : place.city, "text", false),
            (6, "state", nil, record.id % 5 == 0 ? nil : place.state, "text", false),
            (7, "countryId", nil, place.countryId, "text", false),
            (8, "ip", "ip", details.ip, "text", false),
        ]
        for field in ContactDetails.customFields {
            rows.append((field.id, field.key, field.label, details.custom[field.key] ?? nil, field.type, field.key == "vip"))
        }
        return rows.map { row in
            var config: [String: Any] = ["backend": ["list": false], "capture": ["api"]]
            if let label = row.label {
                config["label"] = label
                config["input"] = ["type": row.type, "label": label, "required": false, "placeholder": "",
                                   "validationType": "format", "validationFormat": "any"] as [String: Any]
                config["online_order"] = row.id
                config["offline_order"] = 8490 + row.id
            }
            let configValue: Any = row.configAsString ? Self.jsonString(config) : config
            return [
                "value": row.value ?? NSNull(),
                "owner": "contact",
                "contactId": record.id,
                "field": ["id": row.id, "object": "contact", "key": row.key, "type": row.type, "config": configValue,
                          "system": row.id < 20 ? "yes" : "no"] as [String: Any],
            ]
        }
    }

    /// One visit, as on the timeline.
    func visit(_ visit: ContactDetails.VisitRecord, contactId: Int) -> [String: Any] {
        ["id": visit.id, "contactId": contactId, "title": text(visit.title, visit.id),
         "url": text(visit.url, visit.id + 3), "source": visit.source, "dateCreated": DateText.iso(visit.date)]
    }

    /// The company object: nil when the contact has none (`null` in created cases, `{"fields":{}}` elsewhere).
    func company(_ record: ContactRecord, plainDates: Bool = false, full: Bool = false) -> [String: Any]? {
        guard let index = record.company else { return nil }
        let company = NameBank.companies[index]
        let created = SandboxClock.date(index * 86_400 * 13)
        var fields: [String: Any] = ["name": text(company.name, index), "website": company.website,
                                     "logo": index % 3 == 0 ? NSNull() : "https://\(company.website)/logo.png"]
        if full {
            for key in ["industry", "description", "source", "address", "employees", "foundation"] {
                fields[key] = key == "employees" ? "\(10 * (index + 1))" as Any : NSNull()
            }
        }
        return ["dateCreated": plainDates ? DateText.plain(created) : DateText.iso(created),
                "dateUpdated": plainDates ? DateText.plain(created.addingTimeInterval(86_400)) : NSNull(),
                "id": 100 + index, "fields": fields]
    }

    /// `value` encoded as a JSON string (the `config` quirk).
    static func jsonString(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
