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
    private static func paging(limit: Int?, page: Int?, offset: Int?) -> (limit: Int, page: Int, start: Int) {
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
        let slice = found.dropFirst(paging.start).prefix(paging.limit)
        let list = slice.map { renderer.searchItem(directory.contacts[$0], search: text) }
        return .data(["list": list, "counts": ["filteredCount": found.count]])
    }

    func listContacts(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        let paging = Self.paging(limit: Self.integer(incoming.query["limit"]), page: Self.integer(incoming.query["page"]),
                                 offset: Self.integer(incoming.query["offset"]))
        var list: [[String: Any]] = []
        for record in directory.contacts.dropFirst(paging.start).prefix(paging.limit) {
            let (latest, total) = await state.latestCase(contactId: record.id)
            list.append(renderer.listItem(record, latest: latest, totalCases: total))
        }
        let total = directory.contacts.count
        return .data(["list": list, "counts": ["total": total, "records": total, "pending": 0, "active": total / 10]])
    }

    func contact(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let id = incoming.id.flatMap({ Int($0) }), id > 0 else {
            return .error(400, "Contact id must be a positive integer.")
        }
        guard let record = directory.contact(id: id) else { return .error(404, "Contact \(id) not found.") }
        let cases = await state.cases(contactId: id, status: nil).reversed()
        return .data(renderer.oneContact(record, cases: Array(cases)))
    }

    func createCase(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let raw = incoming.query["contactId"], !raw.isEmpty else {
            return .error(400, "contactId is required.")
        }
        guard let contactId = Int(raw), contactId > 0 else {
            return .error(400, "contactId must be a positive integer, not \"\(raw)\".")
        }
        guard let record = directory.contact(id: contactId) else {
            return .error(400, "Contact \(contactId) does not exist.", type: "ERROR_RECORD_NOT_FOUND")
        }
        var body: [String: Any] = [:]
        if !incoming.body.isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: incoming.body)) as? [String: Any] else {
                return .error(400, "The body must be a JSON object.")
            }
            body = object
        }
        let channel = (body["channel"] as? String) ?? "chat"
        guard SandboxAgents.channels.contains(where: { $0.id == channel }) else {
            return .error(400, "Unknown channel \"\(channel)\".")
        }
        let agentId = Self.integer(body["agentId"]) ?? 0
        let routeAgentId = Self.integer(body["routeAgentId"]) ?? 0
        for agent in [agentId, routeAgentId] where agent != 0 && !SandboxAgents.ids.contains(agent) {
            return .error(400, "Unknown agent \(agent).", type: "ERROR_RECORD_NOT_FOUND")
        }
        let message = (body["message"] as? [String: Any])?["message"] as? String ?? (body["message"] as? String) ?? ""
        var fields: [String: String] = [:]
        for (key, value) in body["fields"] as? [String: Any] ?? [:] { fields[key] = "\(value)" }
        let visits = record.visitCount
        let draft = StoredCase(
            id: 0, threadId: 0, contactId: contactId, title: (body["title"] as? String) ?? "", description: message,
            channel: channel, status: "active", created: Date(),
            userId: agentId != 0 ? agentId : (routeAgentId != 0 ? routeAgentId : nil),
            visitId: visits > 0 ? contactId * 256 + visits - 1 : nil, timelineId: 0, fields: fields,
            mentionUsers: (body["mentionUsers"] as? [Any] ?? []).map { "\($0)" })
        let stored = await state.store(draft)
        return .data(renderer.createdCase(stored))
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
