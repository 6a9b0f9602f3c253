import Foundation

/// One HTTP request as the client builds it.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: Data?
    /// Seconds without progress before the request fails.
    public var timeout: TimeInterval
    /// false for a create: the transport must put it on the wire at most once, so it goes on a
    /// connection of its own that is closed after the answer and never reused (an HTTP library
    /// may silently resend a request whose reused connection closed without answering).
    public var isIdempotent: Bool

    /// A request; `timeout` is the idle timeout in seconds; `isIdempotent` false sends it at most once.
    public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: TimeInterval = 30,
                isIdempotent: Bool = true) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.isIdempotent = isIdempotent
    }
}

/// One HTTP answer, with the whole body (already capped in size).
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    /// An answer.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Why a request got no usable answer. `notSent` means it certainly never reached the server.
public enum TransportError: Error, Sendable, Equatable {
    /// DNS, refused, TLS, a refused URL (plain http to a remote host): nothing was sent.
    case notSent(String)
    /// No progress for this many seconds; the request may have been sent.
    case timedOut(TimeInterval)
    /// The connection dropped after it was made; the request may have been sent.
    case connectionLost(String)
    /// The answer was larger than the limit; `status` is what the server said.
    case tooLarge(status: Int, limit: Int)
    /// Cancelled by the caller.
    case cancelled
}

/// Sends HTTP requests. `URLSessionTransport` is the real one; tests may supply others.
public protocol HTTPTransport: Sendable {
    /// Sends `req` and returns the answer, or throws `TransportError`.
    func send(_ req: HTTPRequest) async throws -> HTTPResponse
}

/// Which URLs may carry the API key.
public enum URLPolicy {
    /// Whether `host` is loopback: localhost, 127.0.0.0/8 or ::1.
    public static func isLoopback(_ host: String?) -> Bool {
        guard var h = host?.lowercased(), !h.isEmpty else { return false }
        if h.hasPrefix("["), h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h == "localhost" || h.hasSuffix(".localhost") || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { p in UInt8(p).map { _ in true } ?? false }
    }

    /// nil when `url` may be used: https to any host, http only to loopback. Otherwise the reason.
    public static func refusal(for url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "the address \(Sanitizer.clean(url.absoluteString)) is not a web address"
        }
        switch scheme {
        case "https": return nil
        case "http": return isLoopback(host) ? nil : "plain http:// is only allowed to this machine; use https://"
        default: return "the scheme \(Sanitizer.clean(scheme)):// is not supported; use https://"
        }
    }

    /// Whether a redirect from `from` to `to` stays on the same scheme, host and port.
    public static func isSameOrigin(_ from: URL, _ to: URL) -> Bool {
        from.scheme?.lowercased() == to.scheme?.lowercased()
            && from.host?.lowercased() == to.host?.lowercased()
            && (from.port ?? defaultPort(from)) == (to.port ?? defaultPort(to))
    }

    static func defaultPort(_ url: URL) -> Int { url.scheme?.lowercased() == "http" ? 80 : 443 }
}
