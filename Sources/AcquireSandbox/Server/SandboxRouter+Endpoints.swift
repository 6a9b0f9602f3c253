import Foundation

extension SandboxRouter {
    /// The search body (`{"payload":{}, "page":0, "limit":0, "search":"text"}`), with query fallbacks.
    private func searchBody(_ incoming: Incoming) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: incoming.body)) as? [String: Any] ?? [:]
    }

    /// The search text of a search request.
    func searchText(_ incoming: Incoming) -> String {
        (searchBody(incoming)["search"] as? String) ?? incoming.query["search"] ?? ""
    }

    /// An integer from JSON (number or numeric string) or nil.
    static func integer(_ value: Any?) -> Int? {
        if let number = value as? Int { return number }
        if let number = value as? Double, number == number.rounded() { return Int(number) }
        if let text = value as? String { return Int(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// `limit` (0 or missing: 20; at most 500) and the first index from `page` or `offset`.
    static func paging(limit: Int?, page: Int?, offset: Int?) -> (limit: Int, page: Int, start: Int) {
        let size = min(max(limit ?? 0, 0) == 0 ? 20 : limit!, 500)
        let pageNumber = max(page ?? 0, 0)
        return (size, pageNumber, offset.map { max($0, 0) } ?? pageNumber * size)
    }

    func search(_ incoming: Incoming, renderer: Renderer) -> Reply {
        let body = searchBody(incoming)
        let text = searchText(incoming)
        let paging = Self.paging(limit: Self.integer(body["limit"] ?? incoming.query["limit"]),
                                 page: Self.integer(body["page"] ?? incoming.query["page"]), offset: nil)
        let found = directory.search(text)
        let extra = renderer.created.filter { $0.matches(text) }
        let slice = found.dropFirst(paging.start).prefix(paging.limit)
        var list = slice.map { renderer.searchItem(directory.contacts[$0], search: text) }
        let extraStart = max(0, paging.start - found.count)
        list += extra.dropFirst(extraStart).prefix(paging.limit - list.count).map { renderer.createdSearchItem($0) }
        return .data(["list": list, "counts": ["filteredCount": found.count + extra.count]])
    }

    func listContacts(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        let paging = Self.paging(limit: Self.integer(incoming.query["limit"]), page: Self.integer(incoming.query["page"]),
                                 offset: Self.integer(incoming.query["offset"]))
        var list: [[String: Any]] = []
        for record in directory.contacts.dropFirst(paging.start).prefix(paging.limit) {
            let (latest, total) = await state.latestCase(contactId: record.id)
            list.append(renderer.listItem(record, latest: latest, totalCases: total))
        }
        let extraStart = max(0, paging.start - directory.contacts.count)
        for created in renderer.created.dropFirst(extraStart).prefix(paging.limit - list.count) {
            var item = renderer.createdContactObject(created)
            item["company"] = ["fields": [String: Any]()]
            item["tags"] = [Any]()
            list.append(item)
        }
        let total = directory.contacts.count + renderer.created.count
        return .data(["list": list, "counts": ["total": total, "records": total, "pending": 0, "active": total / 10]])
    }

    func contact(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let id = incoming.id.flatMap({ Int($0) }), id > 0 else {
            return .error(400, "Contact id must be a positive integer.")
        }
        if let created = renderer.createdContact(id: id) {
            return .data(renderer.createdContactObject(created, cases: Array(await state.cases(contactId: id, status: nil).reversed())))
        }
        guard let record = directory.contact(id: id) else { return .error(404, "Contact \(id) not found.") }
        let cases = await state.cases(contactId: id, status: nil).reversed()
        return .data(renderer.oneContact(record, cases: Array(cases)))
    }

    func caseRecord(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let id = incoming.id.flatMap({ Int($0) }), id > 0 else {
            return .error(400, "Case id must be a positive integer.")
        }
        guard let item = await state.caseRecord(id: id) else { return .error(404, "Case \(id) not found.") }
        return .data(renderer.caseSummary(item))
    }

    /// `where=contactId|eq|N` and `where=status|eq|active` (repeated, or joined with ",").
    func listCases(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        var contactId: Int?
        var status: String?
        for clause in incoming.whereClauses.flatMap({ $0.split(separator: ",") }) {
            let parts = clause.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[1] == "eq" else {
                return .error(400, "Unsupported where clause \"\(clause)\"; use field|eq|value.")
            }
            switch parts[0] {
            case "contactId":
                guard let id = Int(parts[2]) else { return .error(400, "contactId must be an integer.") }
                contactId = id
            case "status": status = parts[2]
            default: return .error(400, "Unsupported where field \"\(parts[0])\".")
            }
        }
        let paging = Self.paging(limit: Self.integer(incoming.query["limit"]), page: Self.integer(incoming.query["page"]),
                                 offset: Self.integer(incoming.query["offset"]))
        let all = await state.cases(contactId: contactId, status: status)
        let rows = all.dropFirst(paging.start).prefix(paging.limit).map { renderer.caseSummary($0) }
        return .data(["page": paging.page, "offset": paging.start, "limit": paging.limit, "count": all.count,
                      "data": Array(rows)])
    }
}
