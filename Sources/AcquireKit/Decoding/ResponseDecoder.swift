import Foundation

/// Reads each endpoint's answer into model values. Every failure is `AcquireError.undecodable`
/// with a short sanitized excerpt of the body.
public struct ResponseDecoder: Sendable {
    public var parser: JSONParser
    /// Where the key came from, named by an ERROR_UNAUTHORIZED body (also on HTTP 200).
    public var keySource: KeySource?

    /// A decoder with the given limits (8 MiB, depth 64 by default).
    public init(parser: JSONParser = JSONParser()) {
        self.parser = parser
    }

    /// The parsed body, or `.undecodable`.
    public func json(_ body: Data) throws(AcquireError) -> JSONValue {
        do {
            return try parser.parse(body)
        } catch .tooLarge(let n) {
            throw .undecodable(excerpt: "an answer of \(n) bytes, more than the \(parser.maxBytes / 1_048_576) MiB allowed")
        } catch .tooDeep {
            throw .undecodable(excerpt: "an answer nested deeper than \(parser.maxDepth) levels")
        } catch {
            throw .undecodable(excerpt: ErrorMapper.excerpt(body))
        }
    }

    /// `data` of the envelope; the error the body states (`ErrorMapper.bodyError`, also on HTTP 200);
    /// or `.undecodable`.
    func payload(_ body: Data) throws(AcquireError) -> JSONValue {
        let root = try json(body)
        if let error = ErrorMapper.bodyError(in: root) { throw error.naming(keySource) }
        guard let data = root["data"], !data.isNull else { throw .undecodable(excerpt: ErrorMapper.excerpt(body)) }
        return data
    }

    func list(_ body: Data, _ paths: [[String]]) throws(AcquireError) -> (items: [JSONValue], data: JSONValue) {
        let data = try payload(body)
        if let items = data.arrayValue { return (items, data) }
        for path in paths {
            var node: JSONValue? = data
            for key in path { node = node?[key] }
            if let items = node?.arrayValue { return (items, data) }
        }
        throw .undecodable(excerpt: ErrorMapper.excerpt(body))
    }

    /// `POST /api/v1/crm/contact/list` (`data.list[]`, `data.counts.filteredCount`) and
    /// `GET /api/v1/crm/objects/contact` (`data.list[]`, `data.counts.total`).
    public func contactPage(_ body: Data, page: Int, limit: Int) throws(AcquireError) -> ContactPage {
        let (items, data) = try list(body, [["list"], ["data"], ["rows"]])
        var seen = Set<Int>()
        let contacts = items.compactMap(Contact.init(json:)).filter { seen.insert($0.id).inserted }
        let total = (data.value(at: "counts", "filteredCount") ?? data.value(at: "counts", "total") ?? data["count"])?.intValue
        return ContactPage(contacts: contacts, total: total, page: page, limit: limit)
    }

    /// `GET /api/v1/crm/objects/contact/{id}`.
    public func contact(_ body: Data) throws(AcquireError) -> Contact {
        guard let c = Contact(json: try payload(body)) else { throw .undecodable(excerpt: ErrorMapper.excerpt(body)) }
        return c
    }

    /// `GET /api/v1/account/user` (`data.data[]`).
    public func agents(_ body: Data) throws(AcquireError) -> [Agent] {
        try list(body, [["data"], ["list"], ["rows"]]).items.compactMap(Agent.init(json:))
    }

    /// `GET /api/v1/account/department` (`data.data[]`).
    public func departments(_ body: Data) throws(AcquireError) -> [Department] {
        try list(body, [["data"], ["list"], ["rows"]]).items.compactMap(Department.init(json:))
    }

    /// `GET /api/v1/crm/channel/all` (`data.rows[]`).
    public func channels(_ body: Data) throws(AcquireError) -> [Channel] {
        try list(body, [["rows"], ["data"], ["list"]]).items.compactMap(Channel.init(json:))
    }

    /// `GET /api/v1/crm/message-shortcut` (`data.data[]`).
    public func shortcuts(_ body: Data) throws(AcquireError) -> [MessageShortcut] {
        try list(body, [["data"], ["list"], ["rows"]]).items.compactMap(MessageShortcut.init(json:))
    }

    /// The shortcut group names (`data.groupList[]`).
    public func shortcutGroups(_ body: Data) throws(AcquireError) -> [String] {
        try list(body, [["groupList"]]).items.compactMap(\.nonEmptyText)
    }

    /// One case: the create answer or `GET /api/v1/crm/objects/case/{id}`.
    public func caseRecord(_ body: Data) throws(AcquireError) -> CaseRecord {
        guard let c = CaseRecord(json: try payload(body)) else { throw .undecodable(excerpt: ErrorMapper.excerpt(body)) }
        return c
    }

    /// `GET /api/v1/crm/objects/case` (`data.data[]`), in the server's order.
    public func cases(_ body: Data) throws(AcquireError) -> [CaseRecord] {
        try list(body, [["data"], ["list"], ["rows"]]).items.compactMap(CaseRecord.init(json:))
    }
}
