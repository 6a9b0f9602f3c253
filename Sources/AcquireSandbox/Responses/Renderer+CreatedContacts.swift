import Foundation

extension Renderer {
    /// A contact created since start, if `id` is one.
    func createdContact(id: Int) -> CreatedContact? {
        created.first { $0.id == id }
    }

    /// The base of a created contact: dates, no device, no company (contact-create.response.json).
    private func createdBase(_ c: CreatedContact, plainDates: Bool = false) -> [String: Any] {
        let date = plainDates ? DateText.plain(c.created) : DateText.iso(c.created, keepMillis: true)
        return [
            "dateCreated": date, "dateUpdated": date, "clientType": NSNull(), "clientName": NSNull(),
            "clientVersion": NSNull(), "clientOsName": NSNull(), "clientOsVersion": NSNull(), "clientDeviceType": NSNull(),
            "clientDeviceVendor": NSNull(), "clientDeviceModel": NSNull(), "clientDetails": [String: Any](),
            "archive": "no", "companyId": NSNull(), "id": c.id,
        ]
    }

    /// The fields as a flat OBJECT: what was sent (names made hostile when the fault is on), plus the
    /// `country` object of a known `countryId`, as contact-create.response.json shows.
    private func createdFlatFields(_ c: CreatedContact) -> [String: Any] {
        var fields: [String: Any] = [:]
        for (key, value) in c.fields {
            if key == "name", case .text(let name) = value { fields[key] = text(name, c.id) } else { fields[key] = value.json }
        }
        if let id = c.text("countryId"), let place = NameBank.places.first(where: { $0.countryId == id }) {
            fields["country"] = ["name": place.country, "name_official": place.official, "cca2": place.cca2,
                                 "cca3": place.cca3, "calling_code1": place.calling, "voip_enable": true] as [String: Any]
        }
        return fields
    }

    /// The answer to a contact create and to one contact: the contact with flat `fields`.
    func createdContactObject(_ c: CreatedContact, cases: [StoredCase]? = nil) -> [String: Any] {
        var item = createdBase(c)
        item["fields"] = createdFlatFields(c)
        if let cases {
            item["company"] = NSNull()
            item["cases"] = cases.map { contactCase($0) }
            item["tags"] = [Any]()
            item["visits"] = [Any]()
        }
        return item
    }

    /// A created contact as a search row: the matched field's row merged with the contact.
    func createdSearchItem(_ c: CreatedContact) -> [String: Any] {
        var item = createdBase(c, plainDates: true)
        let key = c.name != nil ? "name" : (c.email != nil ? "email" : "phone")
        item["meta"] = [String: Any]()
        item["key"] = key
        item["value"] = c.text(key).map { key == "name" ? text($0, c.id) : $0 } ?? NSNull()
        item["owner"] = "contact"
        item["object"] = "contact"
        if let spec = SandboxFields.spec(object: "contact", key: key) {
            // The matched field's definition, `config` as a JSON string (contact-search.response.json).
            let definition = definition(spec)
            item["field_id"] = spec.id
            item["type"] = "text"
            item["system"] = "yes"
            item["config"] = (definition["config"] as? String) ?? Self.jsonString(definition["config"] ?? [String: Any]())
        }
        item["mainContactId"] = c.id
        item["contactId"] = c.id
        item["fields"] = createdFlatFields(c)
        item["tags"] = [Any]()
        item["company"] = ["fields": [String: Any]()]
        return item
    }

    /// A created contact inside a created case: fields as the ARRAY of definitions.
    func createdContactInCase(_ c: CreatedContact) -> [String: Any] {
        var item = createdBase(c)
        item["fields"] = SandboxFields.keys(object: "contact").compactMap { key -> [String: Any]? in
            guard let value = c.fields[key], let spec = SandboxFields.spec(object: "contact", key: key) else { return nil }
            var shown = value.json
            if key == "name", let name = c.name { shown = text(name, c.id) }
            return ["value": shown, "owner": "contact", "contactId": c.id, "field": definition(spec)]
        }
        item["company"] = NSNull()
        item["tags"] = [Any]()
        item["visits"] = [Any]()
        return item
    }
}
