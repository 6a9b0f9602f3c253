import Foundation
import Logging

/// The real `AcquireAPI`: builds each request, sends it through an `HTTPTransport`, retries
/// reads and requests that never left, never retries a create that may have been sent, and
/// turns every failure into an `AcquireError`.
public struct AcquireClient: AcquireAPI {
    public let configuration: ClientConfiguration
    let transport: any HTTPTransport
    let decoder: ResponseDecoder

    /// A client; without a transport, an `AsyncHTTPTransport` with the configured body limit,
    /// timeout, proxy and CA files.
    public init(configuration: ClientConfiguration, transport: (any HTTPTransport)? = nil) {
        self.configuration = configuration
        self.transport = transport ?? AsyncHTTPTransport(maxBodyBytes: configuration.maxBodyBytes, timeout: configuration.timeout,
                                                         network: configuration.network)
        var decoder = ResponseDecoder(parser: JSONParser(maxBytes: configuration.maxBodyBytes))
        decoder.keySource = configuration.keySource
        self.decoder = decoder
    }

    public func searchContacts(_ query: String, page: Int, limit: Int) async throws -> ContactPage {
        let body = try ContactSearchBody(page: page, limit: limit, search: query).encoded()
        let r = try await perform("POST", "/api/v1/crm/contact/list", body: body, what: "such contacts")
        return try decoder.contactPage(r.body, page: page, limit: limit)
    }

    public func listContacts(limit: Int) async throws -> ContactPage {
        let query = [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "relations", value: "company,fields")]
        let r = try await perform("GET", "/api/v1/crm/objects/contact", query: query, what: "contacts")
        return try decoder.contactPage(r.body, page: 0, limit: limit)
    }

    public func contact(id: Int) async throws -> Contact {
        let query = [URLQueryItem(name: "relations", value: "company,fields,visits")]
        let r = try await perform("GET", "/api/v1/crm/objects/contact/\(id)", query: query, what: "contact #\(id)")
        return try decoder.contact(r.body)
    }

    public func agents() async throws -> [Agent] {
        try decoder.agents(try await perform("GET", "/api/v1/account/user", what: "agents").body)
    }

    public func departments() async throws -> [Department] {
        try decoder.departments(try await perform("GET", "/api/v1/account/department", what: "departments").body)
    }

    public func channels() async throws -> [Channel] {
        try decoder.channels(try await perform("GET", "/api/v1/crm/channel/all", what: "channels").body)
    }

    public func shortcuts(search: String) async throws -> [MessageShortcut] {
        let query = [URLQueryItem(name: "search", value: search)]
        let r = try await perform("GET", "/api/v1/crm/message-shortcut", query: query, what: "message shortcuts")
        return try decoder.shortcuts(r.body)
    }

    public func createCase(_ request: CreateCaseRequest) async throws -> CaseRecord {
        let r = try await perform("POST", Self.createPath, query: Self.createQuery(request), body: try request.encodedBody(),
                                  kind: .create, what: "contact #\(request.contactId)")
        do {
            return try decoder.caseRecord(r.body)
        } catch .undecodable(let excerpt) {
            // The server said 2xx: the case exists, but its answer could not be read.
            throw AcquireError.uncertain("the answer could not be read: \(excerpt)")
        } catch {
            // An error body (also on HTTP 200): the server says it created nothing.
            throw error
        }
    }

    /// What `createCase` sends for `request`: method, URL and body, byte for byte (for `--dry-run`).
    public func createCaseWire(_ request: CreateCaseRequest) throws(AcquireError) -> (method: String, url: URL, body: Data) {
        ("POST", try url(Self.createPath, query: Self.createQuery(request)), try request.encodedBody())
    }

    static let createPath = "/api/v1/crm/messenger/chat/create"

    static func createQuery(_ request: CreateCaseRequest) -> [URLQueryItem] {
        [URLQueryItem(name: "contactId", value: String(request.contactId))]
    }

    public func caseRecord(id: Int) async throws -> CaseRecord {
        let query = [URLQueryItem(name: "relations", value: "contact")]
        let r = try await perform("GET", "/api/v1/crm/objects/case/\(id)", query: query, what: "case #\(id)")
        return try decoder.caseRecord(r.body)
    }

    public func recentCases(contactId: Int, limit: Int) async throws -> [CaseRecord] {
        let query = [URLQueryItem(name: "where", value: "contactId|eq|\(contactId)"),
                     URLQueryItem(name: "limit", value: String(limit))]
        let r = try await perform("GET", "/api/v1/crm/objects/case", query: query, what: "cases for contact #\(contactId)")
        return Self.newestFirst(try decoder.cases(r.body))
    }

    /// Cases by creation date, newest first (see `newestFirst`).
    static func newestFirst(_ cases: [CaseRecord]) -> [CaseRecord] {
        AcquireKit.newestFirst(cases, date: \.dateCreated, id: \.id)
    }
}

/// The body of `POST /api/v1/crm/contact/list`.
struct ContactSearchBody: Encodable {
    struct Empty: Encodable {}
    var payload = Empty()
    var page: Int
    var limit: Int
    var search: String

    init(page: Int, limit: Int, search: String) {
        self.page = page
        self.limit = limit
        self.search = search
    }

    func encoded() throws(AcquireError) -> Data {
        do { return try JSONEncoder().encode(self) } catch { throw .invalidInput("the search could not be encoded") }
    }
}

extension AcquireError {
    /// The excerpt of an `.undecodable`, or the message.
    var excerptText: String {
        if case .undecodable(let e) = self { return e }
        return message
    }
}
