import Foundation
import NIOHTTP1

/// What the sandbox answers to one request, before faults turn it into something worse.
struct Reply {
    var status: Int
    var body: Data
    var contentType = "application/json; charset=utf-8"
    var retryAfter: String?
    /// Close the connection without answering.
    var drop = false

    /// A 200 (or other status) whose body is `{"data": data}`.
    static func data(_ data: Any, status: Int = 200) -> Reply {
        let body = (try? JSONSerialization.data(withJSONObject: ["data": data], options: [.withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return Reply(status: status, body: body)
    }

    /// An error with a JSON body: `{"status": N, "type": "ERROR_…", "message": "…"}`.
    static func error(_ status: Int, _ message: String, type: String? = nil, retryAfter: String? = nil) -> Reply {
        let object: [String: Any] = ["status": status, "type": type ?? defaultType(status), "message": message]
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Reply(status: status, body: body, retryAfter: retryAfter)
    }

    /// HTTP 200 with the documented error body (error-on-200.response.json):
    /// `{"error": {"code": CODE, "message": "…", "data": null}}`.
    static func errorBody(code: String) -> Reply {
        let messages = ["CHAT_ALREADY_JOINED": "You have already joined this chat."]
        let error: [String: Any] = ["code": code, "message": messages[code] ?? "The request was refused (\(code)).",
                                    "data": NSNull()]
        let body = (try? JSONSerialization.data(withJSONObject: ["error": error], options: [.sortedKeys])) ?? Data()
        return Reply(status: 200, body: body)
    }

    /// The 502 page a proxy in front of the API sends.
    static func badGateway() -> Reply {
        let page = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>

            """
        return Reply(status: 502, body: Data(page.utf8), contentType: "text/html")
    }

    private static func defaultType(_ status: Int) -> String {
        switch status {
        case 400: return "ERROR_INVALID_INPUT"
        case 401: return "ERROR_UNAUTHORIZED"
        case 403: return "ERROR_UNAUTHORIZED_ACCESS"
        case 404: return "ERROR_RECORD_NOT_FOUND"
        case 429: return "ERROR_TOO_MANY_REQUESTS"
        case 503: return "ERROR_SERVICE_UNAVAILABLE"
        default: return "ERROR_SERVER_ERROR"
        }
    }

    /// The same answer with its JSON cut half way (the HTTP framing stays valid).
    func truncated() -> Reply {
        var copy = self
        copy.body = body.prefix(max(1, body.count / 2))
        return copy
    }

    /// The same status with a body that is not JSON at all.
    func malformed() -> Reply {
        var copy = self
        copy.body = Data("{\"data\": {\"id\": 7, \"title\": 'oops', \"list\": [1, 2,, ]} <!-- not json".utf8)
        return copy
    }

    /// The status line and headers for this reply; `Connection: close` unless it stays open.
    func head(version: HTTPVersion, keepAlive: Bool) -> HTTPResponseHead {
        var headers = HTTPHeaders([("Content-Type", contentType), ("Server", "acquire-sandbox"),
                                   ("Content-Length", String(body.count))])
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        if let retryAfter { headers.add(name: "Retry-After", value: retryAfter) }
        return HTTPResponseHead(version: version, status: .custom(code: UInt(status), reasonPhrase: Self.phrase(status)),
                                headers: headers)
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
         429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
         504: "Gateway Timeout"][status] ?? "Error"
    }
}
