import Foundation
import FlyingFox
import FlyingSocks
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

/// A FlyingFox server on 127.0.0.1, port 0, answering with a scripted handler and
/// recording every request it received.
final class TestServer: Sendable {
    typealias Handler = @Sendable (SeenRequest, Int) async throws -> FlyingFox.HTTPResponse

    let server: HTTPServer
    let port: UInt16
    private let task: Task<Void, any Error>
    private let seen: Locked<[SeenRequest]>

    /// The requests received so far.
    var requests: [SeenRequest] { seen.value }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Starts a server; `handler` gets each request and its 1-based number.
    static func start(_ handler: @escaping Handler) async throws -> TestServer {
        let seen = Locked<[SeenRequest]>([])
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await server.appendRoute("*") { (request: FlyingFox.HTTPRequest) in
            var query: [String: String] = [:]
            for item in request.query { query[item.name] = item.value }
            let s = SeenRequest(method: request.method.rawValue, path: request.path, query: query,
                                authorization: request.headers[.authorization], body: try await request.bodyData,
                                connection: request.headers[.connection])
            let n = seen.mutate { $0.append(s); return $0.count }
            return try await handler(s, n)
        }
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw TestServerError.noAddress }
        return TestServer(server: server, port: port, task: task, seen: seen)
    }

    private init(server: HTTPServer, port: UInt16, task: Task<Void, any Error>, seen: Locked<[SeenRequest]>) {
        self.server = server
        self.port = port
        self.task = task
        self.seen = seen
    }

    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
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

extension FlyingFox.HTTPResponse {
    /// A JSON answer.
    static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> FlyingFox.HTTPResponse {
        var h = HTTPHeaders()
        h[.contentType] = "application/json"
        for (k, v) in headers { h[HTTPHeader(k)] = v }
        return FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(status, phrase: "Status"), headers: h, body: Data(text.utf8))
    }

    /// Any answer.
    static func raw(_ status: Int, _ body: Data, headers: [String: String] = [:]) -> FlyingFox.HTTPResponse {
        var h = HTTPHeaders()
        for (k, v) in headers { h[HTTPHeader(k)] = v }
        return FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(status, phrase: "Status"), headers: h, body: body)
    }
}
