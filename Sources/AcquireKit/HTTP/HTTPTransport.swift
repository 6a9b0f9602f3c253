import Foundation

/// One HTTP request as the client builds it.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: Data?
    /// Seconds the whole request may take (connecting is given at most half of it, up to 10 s).
    public var timeout: TimeInterval
    /// false for a create: the transport puts it on the wire at most once, on a connection of its
    /// own that is closed after the answer (a reused keep-alive connection the server closed
    /// meanwhile would fail it after sending, or tempt a library into sending it again).
    public var isIdempotent: Bool

    /// A request; `timeout` bounds the whole request in seconds; `isIdempotent` false sends it at most once.
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
    /// The answer was larger than the limit (counted after decompression); `status` is what the server said.
    case tooLarge(status: Int, limit: Int)
    /// The server answered, but not in valid HTTP (a cut body, broken chunking, a bare 1xx): it may
    /// have done the work.
    case badAnswer(String)
    /// Cancelled by the caller.
    case cancelled
}

/// Sends HTTP requests. `AsyncHTTPTransport` is the real one; tests may supply others.
public protocol HTTPTransport: Sendable {
    /// Sends `req` and returns the answer, or throws `TransportError`.
    func send(_ req: HTTPRequest) async throws -> HTTPResponse
}

