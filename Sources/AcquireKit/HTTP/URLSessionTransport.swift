import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real transport: Foundation's URLSession (libcurl on Linux, so the system CA store and
/// HTTPS_PROXY / NO_PROXY apply as libcurl reads them). Refuses plain http to remote hosts before
/// sending, never follows a redirect to another origin (so Authorization never leaves the
/// configured host), and stops reading an answer larger than `maxBodyBytes`.
///
/// Reads share one session and its pool of keep-alive connections. A request that is not
/// idempotent (a create) gets a session of its own, says `Connection: close`, and that session is
/// invalidated after the answer: libcurl resends a request on a fresh connection when a *reused*
/// one closes without answering, so a create must never travel on a reused connection.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    /// Bodies larger than this are refused while they arrive.
    public let maxBodyBytes: Int
    private let resourceTimeout: TimeInterval
    private let session: URLSession
    private let delegate: TransportDelegate

    /// A transport with its own URLSession; `resourceTimeout` bounds a whole request.
    public init(maxBodyBytes: Int = JSONParser.defaultMaxBytes, resourceTimeout: TimeInterval = 300) {
        self.maxBodyBytes = maxBodyBytes
        self.resourceTimeout = resourceTimeout
        delegate = TransportDelegate()
        session = Self.makeSession(resourceTimeout: resourceTimeout, delegate: delegate)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// An ephemeral session: no cache, no cookies, delegate callbacks one at a time.
    private static func makeSession(resourceTimeout: TimeInterval, delegate: TransportDelegate) -> URLSession {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForResource = resourceTimeout
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        config.httpCookieStorage = nil
        config.httpShouldSetCookies = false
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        return URLSession(configuration: config, delegate: delegate, delegateQueue: queue)
    }

    /// Sends `req`; throws `TransportError`. A non-idempotent request goes on a connection of its own.
    public func send(_ req: HTTPRequest) async throws -> HTTPResponse {
        if let why = URLPolicy.refusal(for: req.url) { throw TransportError.notSent(why) }
        try Task.checkCancellation()
        if req.isIdempotent { return try await send(req, on: session, delegate: delegate) }
        // Task ids are per session, so the one-off session gets its own delegate too.
        let onceDelegate = TransportDelegate()
        let once = Self.makeSession(resourceTimeout: resourceTimeout, delegate: onceDelegate)
        defer { once.invalidateAndCancel() }
        var closing = req
        closing.headers = req.headers.filter { $0.key.caseInsensitiveCompare("Connection") != .orderedSame }
        closing.headers["Connection"] = "close"
        return try await send(closing, on: once, delegate: onceDelegate)
    }

    private func send(_ req: HTTPRequest, on session: URLSession, delegate: TransportDelegate) async throws -> HTTPResponse {
        var request = URLRequest(url: req.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: req.timeout)
        request.httpMethod = req.method
        for (name, value) in req.headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = req.body
        let task = session.dataTask(with: request)
        let limit = maxBodyBytes
        // Our own deadline: URLSession on Linux does not apply a request's timeoutInterval.
        let timeout = req.timeout
        let watchdog = Task {
            try? await Task.sleep(for: .milliseconds(Int(timeout * 1000)))
            if !Task.isCancelled { delegate.timeOut(task) }
        }
        defer { watchdog.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                delegate.register(task, TaskState(continuation: continuation, request: req, limit: limit))
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }
}

/// What one running task has received so far.
final class TaskState {
    let continuation: CheckedContinuation<HTTPResponse, any Error>
    let origin: URL
    let limit: Int
    let timeout: TimeInterval
    var response: HTTPURLResponse?
    var body = Data()
    var overLimit = false

    init(continuation: CheckedContinuation<HTTPResponse, any Error>, request: HTTPRequest, limit: Int) {
        self.continuation = continuation
        self.origin = request.url
        self.limit = limit
        self.timeout = request.timeout
    }
}

/// URLSession's delegate: collects bodies, enforces the size cap and the redirect rule.
final class TransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var tasks: [Int: TaskState] = [:]
    private var timedOut: Set<Int> = []

    /// Stops a task that ran past its deadline; it then fails with `.timedOut`.
    func timeOut(_ task: URLSessionTask) {
        let running = lock.withLock { () -> Bool in
            guard tasks[task.taskIdentifier] != nil else { return false }
            timedOut.insert(task.taskIdentifier)
            return true
        }
        if running { task.cancel() }
    }

    func register(_ task: URLSessionTask, _ state: TaskState) {
        lock.withLock { tasks[task.taskIdentifier] = state }
    }

    private func state(_ task: URLSessionTask) -> TaskState? {
        lock.withLock { tasks[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let s = state(dataTask) else { return completionHandler(.cancel) }
        s.response = response as? HTTPURLResponse
        if response.expectedContentLength > Int64(s.limit) {
            s.overLimit = true
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let s = state(dataTask), !s.overLimit else { return }
        if s.body.count + data.count > s.limit {
            s.overLimit = true
            dataTask.cancel()
            return
        }
        s.body.append(data)
    }

    /// libcurl asks for the body again to resend a request whose reused connection closed without
    /// answering. It is never given one: a body is sent at most once by this session (and
    /// FoundationNetworking crashes on a new body stream). Such a read runs into its timeout and
    /// the client retries it; a create never travels on a reused connection in the first place.
    func urlSession(_ session: URLSession, task: URLSessionTask,
                    needNewBodyStream completionHandler: @escaping @Sendable (InputStream?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        guard let s = state(task), let to = request.url, URLPolicy.isSameOrigin(s.origin, to) else {
            return completionHandler(nil)
        }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (state, expired) = lock.withLock {
            (tasks.removeValue(forKey: task.taskIdentifier), timedOut.remove(task.taskIdentifier) != nil)
        }
        guard let s = state else { return }
        let status = s.response?.statusCode ?? 0
        if expired { return s.continuation.resume(throwing: TransportError.timedOut(s.timeout)) }
        if s.overLimit {
            return s.continuation.resume(throwing: TransportError.tooLarge(status: status, limit: s.limit))
        }
        if let error {
            return s.continuation.resume(throwing: Self.map(error, timeout: s.timeout))
        }
        guard let r = s.response else {
            return s.continuation.resume(throwing: TransportError.connectionLost("no answer"))
        }
        var headers: [String: String] = [:]
        for (k, v) in r.allHeaderFields {
            if let k = k as? String { headers[k] = v as? String ?? "\(v)" }
        }
        s.continuation.resume(returning: HTTPResponse(status: r.statusCode, headers: headers, body: s.body))
    }

    /// URLError codes that mean the request never left this machine.
    static let neverSent: Set<URLError.Code> = [
        .cannotFindHost, .dnsLookupFailed, .cannotConnectToHost, .notConnectedToInternet,
        .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
        .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
        .clientCertificateRequired, .unsupportedURL, .badURL, .appTransportSecurityRequiresSecureConnection,
        .internationalRoamingOff, .dataNotAllowed,
    ]

    /// Whether libcurl's text describes a failed TLS handshake (before anything was sent),
    /// not a TLS read or write failing on an open connection.
    static func isHandshakeFailure(_ text: String) -> Bool {
        let t = text.lowercased()
        let tls = t.contains("ssl") || t.contains("tls") || t.contains("certificate") || t.contains("handshake")
        let io = t.contains("ssl_read") || t.contains("ssl_write") || t.contains("recv") || t.contains("send")
            || t.contains("unexpected eof") || t.contains("reset")
        return tls && !io
    }

    static func map(_ error: any Error, timeout: TimeInterval) -> TransportError {
        guard let e = error as? URLError else { return .connectionLost(Sanitizer.clean(error.localizedDescription)) }
        switch e.code {
        case .cancelled: return .cancelled
        case .timedOut: return .timedOut(timeout)
        case .cannotFindHost, .dnsLookupFailed: return .notSent("the host name could not be found")
        case .cannotConnectToHost: return .notSent("the connection was refused")
        case .notConnectedToInternet: return .notSent("this machine is not connected")
        case .networkConnectionLost: return .connectionLost("the connection dropped")
        case .badServerResponse: return .connectionLost("the server closed the connection without a valid answer")
        case .unknown where e.localizedDescription.lowercased().contains("connect tunnel failed")
                          || e.localizedDescription.lowercased().contains("from proxy after connect"):
            // The proxy (HTTPS_PROXY) refused the tunnel: nothing reached Acquire.
            return .notSent("the proxy refused the connection")
        case .unknown where isHandshakeFailure(e.localizedDescription):
            // libcurl's TLS handshake errors arrive as code -1 with OpenSSL's text.
            return .notSent("a secure connection could not be made")
        default:
            if neverSent.contains(e.code) { return .notSent("a secure connection could not be made (\(e.code.rawValue))") }
            return .connectionLost("the connection failed (\(e.code.rawValue))")
        }
    }
}
