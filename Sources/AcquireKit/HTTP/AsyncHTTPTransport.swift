import Foundation
import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOHTTP1
import NIOSSL

/// The real transport, on AsyncHTTPClient (SwiftNIO + BoringSSL; no libcurl). Refuses plain http
/// except to this machine, follows a redirect only to the same origin (so Authorization never
/// leaves it), caps the answer while it streams in (after decompression), bounds the whole
/// request by its deadline, and puts a create on a fresh connection of its own, exactly once.
///
/// Reads share a pool of keep-alive connections; the pool closes an idle one after
/// `idleConnectionSeconds`. Nothing ticks while idle: one event-loop thread for the process,
/// sleeping until a socket or that single idle timer needs it.
public final class AsyncHTTPTransport: HTTPTransport {
    /// Bodies larger than this (decompressed) are refused while they arrive.
    public let maxBodyBytes: Int
    /// How long an idle keep-alive connection is kept for the next read.
    public static let idleConnectionSeconds: Int64 = 300
    /// The most redirects followed for one request.
    static let maxRedirects = 5
    private let clients: LazyClients
    private let resolve: URLPolicy.Resolver

    /// A transport; `timeout` sets the connect timeout (half of it, at most 10 s), `network` the
    /// proxy and extra CA files, `resolve` how plain-http names are checked for loopback. The
    /// clients (and the event-loop thread they run on) are made on the first request, off the
    /// way to the app's first frame.
    public init(maxBodyBytes: Int = JSONParser.defaultMaxBytes, timeout: TimeInterval = 30,
                network: NetworkSettings = NetworkSettings(), resolve: @escaping URLPolicy.Resolver = URLPolicy.systemResolver) {
        self.maxBodyBytes = maxBodyBytes
        self.resolve = resolve
        clients = LazyClients {
            let group = SharedEventLoop.group
            return (pooled: HTTPClient(eventLoopGroup: group,
                                       configuration: Self.configuration(timeout: timeout, network: network, limit: maxBodyBytes, oneShot: false)),
                    oneShot: HTTPClient(eventLoopGroup: group,
                                        configuration: Self.configuration(timeout: timeout, network: network, limit: maxBodyBytes, oneShot: true)))
        }
    }

    /// HTTP/1.1 only, no redirects (followed here), decompression with the body cap, no retried connects.
    static func configuration(timeout: TimeInterval, network: NetworkSettings, limit: Int, oneShot: Bool) -> HTTPClient.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        tls.additionalTrustRoots = network.caFiles.map { .file($0.path) }
        let connect = TimeAmount.milliseconds(Int64(min(10, max(0.5, timeout / 2)) * 1000))
        var c = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow, timeout: .init(connect: connect),
            connectionPool: .init(idleTimeout: .seconds(oneShot ? 1 : idleConnectionSeconds)),
            proxy: network.proxy.map(Self.proxy), decompression: .enabled(limit: .size(limit)))
        c.httpVersion = .http1Only
        c.connectionPool.retryConnectionEstablishment = false
        if oneShot { c.maximumUsesPerConnection = 1 }
        return c
    }

    static func proxy(_ p: ProxySetting) -> HTTPClient.Configuration.Proxy {
        switch p.kind {
        case .socks5: return .socksServer(host: p.host, port: p.port)
        case .http:
            let auth = p.user.map { HTTPClient.Authorization.basic(username: $0, password: p.password ?? "") }
            return .server(host: p.host, port: p.port, authorization: auth)
        }
    }

    /// Sends `req`, following same-origin redirects; throws `TransportError`.
    public func send(_ req: HTTPRequest) async throws -> HTTPResponse {
        if let why = URLPolicy.refusal(for: req.url, resolve: resolve) { throw TransportError.notSent(why) }
        try Task.checkCancellation()
        let deadline = ContinuousClock.now + .milliseconds(Int64(req.timeout * 1000))
        do {
            return try await follow(req, deadline: deadline)
        } catch {
            throw TransportFailure.classify(error, timeout: req.timeout, limit: maxBodyBytes)
        }
    }

    /// One exchange after another while the answer is a redirect that may be followed.
    private func follow(_ req: HTTPRequest, deadline: ContinuousClock.Instant) async throws -> HTTPResponse {
        var current = req
        var hops = 0
        while true {
            let response = try await exchange(current, deadline: deadline)
            guard hops < Self.maxRedirects, let next = Self.redirect(from: current, response: response, origin: req.url),
                  URLPolicy.refusal(for: next.url, resolve: resolve) == nil else { return response }
            current = next
            hops += 1
        }
    }

    /// The request a redirect leads to, or nil when it is not followed: only to the same origin;
    /// GET and HEAD on any of 301/302/303/307/308; other methods only on 307/308 (method and body
    /// kept) and never for a request that must be sent at most once.
    static func redirect(from req: HTTPRequest, response: HTTPResponse, origin: URL) -> HTTPRequest? {
        guard [301, 302, 303, 307, 308].contains(response.status),
              let location = ErrorMapper.header("Location", in: response.headers),
              let target = URL(string: location, relativeTo: req.url)?.absoluteURL,
              URLPolicy.isSameOrigin(origin, target) else { return nil }
        let safe = req.method == "GET" || req.method == "HEAD"
        guard safe || ([307, 308].contains(response.status) && req.isIdempotent) else { return nil }
        var next = req
        next.url = target
        return next
    }

    /// One request and its whole answer, capped at `maxBodyBytes` while it streams.
    private func exchange(_ req: HTTPRequest, deadline: ContinuousClock.Instant) async throws -> HTTPResponse {
        let made = clients.get()
        let client = req.isIdempotent ? made.pooled : made.oneShot
        let answer = try await client.execute(try prepare(req), deadline: .now() + Pause.timeLeft(until: deadline))
        let status = Int(answer.status.code)
        var headers: [String: String] = [:]
        for (name, value) in answer.headers {
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if let declared = answer.headers.first(name: "content-length").flatMap(Int.init), declared > maxBodyBytes {
            throw TransportError.tooLarge(status: status, limit: maxBodyBytes)
        }
        let limit = maxBodyBytes
        let stream = answer.body
        do {
            // AsyncHTTPClient's deadline ends at the head; the body gets the rest of it here.
            let body = try await withThrowingTaskGroup(of: Data?.self) { group in
                group.addTask { try await Self.collect(stream, status: status, limit: limit) }
                group.addTask {
                    try await Pause.until(deadline)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let body = first else { throw TransportError.timedOut(req.timeout) }
                return body
            }
            return HTTPResponse(status: status, headers: headers, body: body)
        } catch {
            // The head came: a connection lost now cut a real answer short.
            let failure = TransportFailure.classify(error, timeout: req.timeout, limit: maxBodyBytes, status: status)
            if case .connectionLost = failure { throw TransportError.badAnswer("the server's answer broke off before its end") }
            throw failure
        }
    }

    /// The body, refused as soon as it grows past `limit`.
    static func collect(_ stream: HTTPClientResponse.Body, status: Int, limit: Int) async throws -> Data {
        var body = Data()
        for try await chunk in stream {
            if body.count + chunk.readableBytes > limit { throw TransportError.tooLarge(status: status, limit: limit) }
            body.append(contentsOf: chunk.readableBytesView)
        }
        return body
    }

    /// The AsyncHTTPClient request: no compression asked for; a plain-http name pinned to the
    /// loopback address it was checked against; a one-shot request says `Connection: close`.
    private func prepare(_ req: HTTPRequest) throws -> HTTPClientRequest {
        var url = req.url
        var hostHeader: String?
        if req.url.scheme?.lowercased() == "http", let host = req.url.host, !URLPolicy.isAddressLiteral(host) {
            guard let addresses = URLPolicy.loopbackAddresses(of: host.lowercased(), resolve: resolve),
                  let pinned = Self.pin(req.url, to: addresses.first { !$0.contains(":") } ?? addresses[0]) else {
                throw TransportError.notSent(URLPolicy.plainHTTPRefusal)
            }
            url = pinned
            hostHeader = host + (req.url.port.map { ":\($0)" } ?? "")
        }
        var r = HTTPClientRequest(url: url.absoluteString)
        r.method = HTTPMethod(rawValue: req.method)
        for (name, value) in req.headers where !["connection", "host", "accept-encoding"].contains(name.lowercased()) {
            r.headers.add(name: name, value: value)
        }
        if let hostHeader { r.headers.replaceOrAdd(name: "Host", value: hostHeader) }
        r.headers.replaceOrAdd(name: "Accept-Encoding", value: "identity")
        if !req.isIdempotent { r.headers.replaceOrAdd(name: "Connection", value: "close") }
        if let body = req.body { r.body = .bytes(ByteBuffer(bytes: body)) }
        return r
    }

    /// `url` with its host replaced by a numeric address (brackets for IPv6), path and query kept.
    static func pin(_ url: URL, to address: String) -> URL? {
        guard let c = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        var text = "http://" + (address.contains(":") ? "[\(address)]" : address)
        if let port = url.port { text += ":\(port)" }
        text += c.percentEncodedPath.isEmpty ? "/" : c.percentEncodedPath
        if let q = c.percentEncodedQuery { text += "?" + q }
        return URL(string: text)
    }
}

/// A transport's two clients, made once on first use (under a lock: requests start on any thread)
/// and shut down with it.
private final class LazyClients: @unchecked Sendable {
    typealias Pair = (pooled: HTTPClient, oneShot: HTTPClient)
    private let lock = NSLock()
    private var made: Pair?
    private let make: @Sendable () -> Pair

    init(_ make: @escaping @Sendable () -> Pair) { self.make = make }

    /// The clients, made now if this is the first request.
    func get() -> Pair {
        lock.withLock {
            if let made { return made }
            let pair = make()
            made = pair
            return pair
        }
    }

    deinit {
        guard let made else { return }
        _ = made.pooled.shutdown()
        _ = made.oneShot.shutdown()
    }
}

/// The process's one event-loop thread for HTTP, started on the first request, never stopped.
enum SharedEventLoop {
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
}
