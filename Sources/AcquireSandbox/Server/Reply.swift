import Foundation

/// What the sandbox answers to one request, before faults turn it into something worse.
struct Reply {
    var status: Int
    var body: Data
    var contentType = "application/json; charset=utf-8"
    var retryAfter: String?
    /// Close the connection without answering.
    var drop = false

    /// A 200 (or other status) whose body is `{"data": data}`: written by `JSONBody`, or by
    /// JSONSerialization when the object holds a type `JSONBody` leaves to it.
    static func data(_ data: Any, status: Int = 200) -> Reply {
        let object: [String: Any] = ["data": data]
        let body = JSONBody.encode(object)
            ?? (try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]))
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

    /// The answer as the loopback server writes it.
    var loopback: LoopbackReply {
        var headers = [(name: "Content-Type", value: contentType), (name: "Server", value: "acquire-sandbox")]
        if let retryAfter { headers.append((name: "Retry-After", value: retryAfter)) }
        return LoopbackReply(status: status, headers: headers, body: body, drop: drop)
    }
}
