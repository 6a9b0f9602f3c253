import Foundation

extension Renderer {
    /// One definition as in object-field-list.response.json (`config` as a JSON string when the spec says so).
    /// With the hostile fault, labels and messages carry hostile text (options do not: they travel back).
    func definition(_ spec: SandboxFields.Spec) -> [String: Any] {
        var config: [String: Any] = ["capture": ["api"]]
        let label = text(spec.label, spec.id)
        if let type = spec.input {
            var input: [String: Any] = ["label": label, "required": spec.required, "placeholder": "",
                                        "validationType": "format", "validationFormat": spec.email ? "email" : "any"]
            if !type.isEmpty { input["type"] = type }
            if !spec.options.isEmpty { input["options"] = spec.options }
            if let message = spec.requiredMessage { input["requiredErrorMessage"] = text(message, spec.id + 1) }
            if let message = spec.validationMessage { input["validationErrorMessage"] = text(message, spec.id + 2) }
            config["input"] = input
            config["label"] = label
            config["backend"] = ["list": false]
        }
        if let order = spec.order {
            config["online_order"] = order
            config["offline_order"] = order
        }
        return ["id": spec.id, "object": spec.object, "key": spec.key, "type": "text",
                "config": spec.configAsString ? Self.jsonString(config) : config, "system": spec.system ? "yes" : "no"]
    }

    /// `data` of one page of definitions: `page`, `offset`, `limit`, `count`, `data[]`.
    func fieldPage(page: Int, offset: Int, limit: Int) -> [String: Any] {
        let rows = SandboxFields.all.dropFirst(offset).prefix(limit).map(definition)
        return ["page": page, "offset": offset, "limit": limit, "count": SandboxFields.all.count, "data": Array(rows)]
    }

    /// A case's custom fields, as the ARRAY contact fields come in: `{value, owner, caseId, field:{...}}`,
    /// in the form's order.
    func caseFieldRows(_ item: StoredCase) -> [[String: Any]] {
        SandboxFields.keys(object: "case").compactMap { key in
            guard let value = item.fields[key], let spec = SandboxFields.spec(object: "case", key: key) else { return nil }
            return ["value": value.json, "owner": "case", "caseId": item.id, "field": definition(spec)]
        }
    }
}
