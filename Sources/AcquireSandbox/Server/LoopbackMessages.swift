import Foundation
import NIOHTTP1

/// One HTTP request as a loopback server's handler sees it: decoded path and query, headers, body.
public struct LoopbackRequest: Sendable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The percent-decoded path, e.g. `/api/v1/crm/objects/contact/7`.
    public var path: String
    /// The query items in order, names and values percent-decoded (`+` stays `+`).
    public var query: [(name: String, value: String)]
    /// Every header in order of arrival.
    public var headers: [(name: String, value: String)]
    /// The whole body.
    public var body: Data

    /// The first value of header `name` (any case), if present.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Builds the request from NIO's head and the body bytes read after it.
    init(head: HTTPRequestHead, body: Data) {
        method = head.method.rawValue
        let components = URLComponents(string: head.uri)
        path = components?.path ?? head.uri
        query = (components?.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        headers = head.headers.map { ($0.name, $0.value) }
        self.body = body
    }
}

/// What a loopback server's handler answers: a status, headers and a body, or a dropped connection.
public struct LoopbackReply: Sendable {
    /// The HTTP status.
    public var status: Int
    /// Headers besides Content-Length and Connection, which the server sets itself.
    public var headers: [(name: String, value: String)]
    /// The whole body.
    public var body: Data
    /// Close the connection after reading the request, without a byte of answer.
    public var drop: Bool

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data(), drop: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.drop = drop
    }

    /// The status line and headers; `Connection: close` unless the connection stays open.
    func head(version: HTTPVersion, keepAlive: Bool) -> HTTPResponseHead {
        var fields = HTTPHeaders(headers.filter { !["content-length", "connection"].contains($0.name.lowercased()) })
        fields.add(name: "Content-Length", value: String(body.count))
        fields.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        return HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status), headers: fields)
    }
}
