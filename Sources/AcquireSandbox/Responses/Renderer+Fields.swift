import Foundation

extension Renderer {
    /// One definition as in object-field-list.response.json (`config` as a JSON string when the spec says so).
    static func definition(_ spec: SandboxFields.Spec) -> [String: Any] {
        var config: [String: Any] = ["capture": ["api"]]
        if let type = spec.input {
            var input: [String: Any] = ["label": spec.label, "required": spec.required, "placeholder": "",
                                        "validationType": "format", "validationFormat": spec.email ? "email" : "any"]
            if !type.isEmpty { input["type"] = type }
            if !spec.options.isEmpty { input["options"] = spec.options }
            if let message = spec.requiredMessage { input["requiredErrorMessage"] = message }
            if let message = spec.validationMessage { input["validationErrorMessage"] = message }
            config["input"] = input
            config["label"] = spec.label
            config["backend"] = ["list": false]
        }
        if let order = spec.order {
            config["online_order"] = order
            config["offline_order"] = order
        }
        return ["id": spec.id, "object": spec.object, "key": spec.key, "type": "text",
                "config": spec.configAsString ? jsonString(config) : config, "system": spec.system ? "yes" : "no"]
    }

    /// `data` of one page of definitions: `page`, `offset`, `limit`, `count`, `data[]`.
    static func fieldPage(page: Int, offset: Int, limit: Int) -> [String: Any] {
        let rows = SandboxFields.all.dropFirst(offset).prefix(limit).map(definition)
        return ["page": page, "offset": offset, "limit": limit, "count": SandboxFields.all.count, "data": Array(rows)]
    }

    /// A case's custom fields, as the ARRAY contact fields come in: `{value, owner, caseId, field:{...}}`,
    /// in the form's order.
    func caseFieldRows(_ item: StoredCase) -> [[String: Any]] {
        SandboxFields.keys(object: "case").compactMap { key in
            guard let value = item.fields[key], let spec = SandboxFields.spec(object: "case", key: key) else { return nil }
            return ["value": value.json, "owner": "case", "caseId": item.id, "field": Self.definition(spec)]
        }
    }
}
