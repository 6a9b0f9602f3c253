import Foundation
import NIOHTTP1

/// One HTTP request as the sandbox's router sees it: decoded path and query, the key, the body.
struct SandboxRequest: Sendable {
    /// `GET`, `POST`, ...
    var method: String
    /// The percent-decoded path, e.g. `/api/v1/crm/objects/contact/7`.
    var path: String
    /// The query items in order, names and values percent-decoded (`+` stays `+`).
    var query: [(name: String, value: String)]
    /// The Authorization header, if any.
    var authorization: String?
    /// The whole body.
    var body: Data

    /// Builds the request from NIO's head and the body bytes read after it.
    init(head: HTTPRequestHead, body: Data) {
        method = head.method.rawValue
        let components = URLComponents(string: head.uri)
        path = components?.path ?? head.uri
        query = (components?.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        authorization = head.headers.first(name: "authorization")
        self.body = body
    }
}
