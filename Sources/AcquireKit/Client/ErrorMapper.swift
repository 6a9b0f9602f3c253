import Foundation

/// Turns an HTTP answer or a transport failure into an `AcquireError`, per request kind.
public enum ErrorMapper {
    /// Whether a request changes something on the server (a create), which decides
    /// whether a failure after sending is `.uncertain`.
    public enum Kind: Sendable, Equatable {
        case read
        case create
    }

    /// The longest server message kept in an error.
    static let maxMessage = 200
    /// The longest excerpt of an unreadable body.
    static let maxExcerpt = 120

    /// The error for a non-2xx answer. `what` names the object for 404 ("contact #12").
    public static func error(status: Int, headers: [String: String], body: Data, kind: Kind,
                             what: String, now: Date = Date()) -> AcquireError {
        let retry = RetryAfter.seconds(header("Retry-After", in: headers), now: now)
        // A create that got a 5xx may have been done before the server failed: the case may exist,
        // whatever the body says. Only 503 means "not done, come back later".
        if kind == .create, (500..<600).contains(status), status != 503 {
            return .uncertain(status == 502 || status == 504 ? "HTTP \(status) from a proxy" : "HTTP \(status)")
        }
        let json = try? JSONParser(maxBytes: 1_048_576, maxDepth: 32).parse(body)
        let type = json.flatMap(errorType(in:))
        switch type {
        case "ERROR_UNAUTHORIZED"?: return .unauthorized(keySource: nil)
        case "ERROR_UNAUTHORIZED_ACCESS"?: return .forbidden
        case "ERROR_RECORD_NOT_FOUND"? where status < 500: return .notFound(what)
        case "ERROR_DUPLICATE_RECORD_FOUND"? where status < 500:
            return .duplicate(json.flatMap(serverMessage(in:)) ?? humanType("ERROR_DUPLICATE_RECORD_FOUND"))
        default: break
        }
        switch status {
        case 300..<400:
            let to = header("Location", in: headers).map(Sanitizer.clean).map { String($0.prefix(maxExcerpt)) } ?? "elsewhere"
            return .undecodable(excerpt: "a redirect to \(to), not followed")
        case 401: return .unauthorized(keySource: nil)
        case 403: return .forbidden
        case 404, 410: return .notFound(what)
        case 408: return .unavailable(retryAfter: retry)
        case 429: return .rateLimited(retryAfter: retry)
        case 503: return .unavailable(retryAfter: retry)
        case 400..<500:
            let text = json.flatMap(serverMessage(in:)) ?? type.map(humanType) ?? nonJSONExcerpt(body, json: json)
            return .invalidInput(text ?? "HTTP \(status)")
        case 502, 504:
            return .unavailable(retryAfter: retry)
        case 500..<600:
            return .serverError(status: status)
        default:
            // Not an error status HTTP knows: for a create, it may have been done.
            return kind == .create ? .uncertain("HTTP \(status)") : .serverError(status: status)
        }
    }

    /// The error a body itself states, whatever the status: a top-level `error` that is an object
    /// (`{"error": {"code", "message", "data"}}`, error-on-200.response.json), a non-empty string or
    /// `true`. nil for `"error": null`, `false` or "" (some APIs mark success so).
    public static func bodyError(in json: JSONValue) -> AcquireError? {
        guard let error = json["error"] else { return nil }
        switch error {
        case .object, .string, .bool(true): break
        default: return nil
        }
        if case .string(let s) = error, s.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        let code = (error["code"] ?? error["type"] ?? json["code"] ?? json["type"])?.nonEmptyText
            ?? error.nonEmptyText.flatMap { isErrorType($0) ? $0 : nil }
        let text = serverMessage(in: json) ?? code.map(humanType) ?? "an error without a message"
        switch code {
        case "ERROR_UNAUTHORIZED"?: return .unauthorized(keySource: nil)
        case "ERROR_UNAUTHORIZED_ACCESS"?: return .forbidden
        case "ERROR_DUPLICATE_RECORD_FOUND"?: return .duplicate(text)
        default:
            let shortCode = code.map { String($0.prefix(60)) } ?? ""
            return .refused(code: shortCode, message: text == shortCode ? humanType(shortCode) : text)
        }
    }

    /// The error for a request that got no usable answer.
    public static func error(transport: TransportError, kind: Kind) -> AcquireError {
        switch transport {
        case .notSent(let why): return .offline(why)
        case .timedOut(let seconds):
            let why = "no answer within \(Int(seconds.rounded())) s"
            return kind == .create ? .uncertain(why) : .offline(why)
        case .connectionLost(let why):
            return kind == .create ? .uncertain(why) : .offline(why)
        case .badAnswer(let why):
            return kind == .create ? .uncertain(why) : .undecodable(excerpt: why)
        case .tooLarge(let status, let limit):
            if kind == .create, (200..<300).contains(status) { return .uncertain("the answer was too large to read") }
            return .undecodable(excerpt: "an answer larger than the \(limit / 1_048_576) MiB allowed")
        case .cancelled: return .cancelled
        }
    }

    /// Case-insensitive header lookup.
    public static func header(_ name: String, in headers: [String: String]) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// A short, sanitized, tag-free excerpt of a body for an error message (at most 120 characters).
    public static func excerpt(_ body: Data) -> String {
        guard !body.isEmpty else { return "an empty answer" }
        let text = String(decoding: body.prefix(16_384), as: UTF8.self)
        var out = ""
        var inTag = false
        for ch in text {
            if ch == "<" { inTag = true; out.append(" "); continue }
            if ch == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        let words = Sanitizer.clean(out.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
            .split(whereSeparator: { $0 == " " }).joined(separator: " ")
        if words.isEmpty { return "an answer with no readable text" }
        return words.count <= maxExcerpt ? words : String(words.prefix(maxExcerpt - 1)) + "…"
    }

    /// The server's own message: `message`, `error`, `msg`, `errors[0].message`, also under `data`.
    static func serverMessage(in json: JSONValue) -> String? {
        let candidates: [JSONValue?] = [
            json["message"], json.value(at: "error", "message"), json["error"], json["msg"],
            json["errors"]?[0]?["message"], json["errors"]?[0], json.value(at: "data", "message"),
            json["error_description"], json["detail"],
        ]
        for c in candidates {
            if let t = c?.nonEmptyText, !isErrorType(t) {
                return t.count <= maxMessage ? t : String(t.prefix(maxMessage - 1)) + "…"
            }
        }
        return nil
    }

    /// A documented error type such as `ERROR_INVALID_INPUT`, wherever the body puts it.
    static func errorType(in json: JSONValue) -> String? {
        let candidates: [JSONValue?] = [json["type"], json["code"], json["error"], json.value(at: "error", "type"),
                                        json.value(at: "error", "code"), json["errors"]?[0]?["type"], json["message"]]
        return candidates.compactMap { $0?.stringValue }.first(where: isErrorType)
    }

    static func isErrorType(_ s: String) -> Bool {
        s.hasPrefix("ERROR_") && s.allSatisfy { $0.isUppercase || $0 == "_" || $0.isASCIIDigit }
    }

    static func humanType(_ type: String) -> String {
        switch type {
        case "ERROR_INVALID_INPUT": return "some input is not valid"
        case "ERROR_DUPLICATE_RECORD_FOUND": return "such a record already exists"
        default:
            let words = type.hasPrefix("ERROR_") ? String(type.dropFirst("ERROR_".count)) : type
            return words.replacingOccurrences(of: "_", with: " ").lowercased()
        }
    }

    static func nonJSONExcerpt(_ body: Data, json: JSONValue?) -> String? {
        guard json == nil, !body.isEmpty else { return nil }
        return excerpt(body)
    }
}
