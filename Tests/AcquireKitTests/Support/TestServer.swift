import Foundation
import AcquireSandbox
@testable import AcquireKit

/// What the test server saw of one request.
struct SeenRequest: Sendable, Equatable {
    var method: String
    var path: String
    var query: [String: String]
    var authorization: String?
    var body: Data
    /// The Connection header, if any.
    var connection: String? = nil
}

/// A loopback server (the sandbox's `LoopbackHTTPServer`) on 127.0.0.1, port 0, answering with
/// a scripted handler and recording every request it received. A handler that throws answers 500.
final class TestServer: Sendable {
    typealias Handler = @Sendable (SeenRequest, Int) async throws -> LoopbackReply

    let server: LoopbackHTTPServer
    let port: UInt16
    private let seen: Locked<[SeenRequest]>

    /// The requests received so far.
    var requests: [SeenRequest] { seen.value }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Starts a server; `handler` gets each request and its 1-based number.
    static func start(_ handler: @escaping Handler) async throws -> TestServer {
        let seen = Locked<[SeenRequest]>([])
        let server = try await LoopbackHTTPServer.start { request in
            var query: [String: String] = [:]
            for item in request.query { query[item.name] = item.value }
            let s = SeenRequest(method: request.method, path: request.path, query: query,
                                authorization: request.header("Authorization"), body: request.body,
                                connection: request.header("Connection"))
            let n = seen.mutate { $0.append(s); return $0.count }
            do { return try await handler(s, n) } catch { return .json(500, #"{"message":"the test handler threw"}"#) }
        }
        return TestServer(server: server, seen: seen)
    }

    private init(server: LoopbackHTTPServer, seen: Locked<[SeenRequest]>) {
        self.server = server
        self.port = server.port
        self.seen = seen
    }

    func stop() async {
        await server.stop()
    }
}

enum TestServerError: Error { case noAddress }

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var _value: Value
    init(_ value: Value) { _value = value }
    var value: Value {
        get { lock.withLock { _value } }
        set { lock.withLock { _value = newValue } }
    }
    func mutate<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&_value) } }
}

extension LoopbackReply {
    /// A JSON answer.
    static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> LoopbackReply {
        LoopbackReply(status: status, headers: [("Content-Type", "application/json")] + headers.map { ($0.key, $0.value) },
                      body: Data(text.utf8))
    }

    /// Any answer.
    static func raw(_ status: Int, _ body: Data, headers: [String: String] = [:]) -> LoopbackReply {
        LoopbackReply(status: status, headers: headers.map { ($0.key, $0.value) }, body: body)
    }
}
