import Foundation
import Logging

extension AcquireClient {
    /// The full URL for `path` under the base URL (which may carry a path prefix).
    func url(_ path: String, query: [URLQueryItem]) throws(AcquireError) -> URL {
        guard var c = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false) else {
            throw .notConfigured("the base URL is not valid")
        }
        var prefix = c.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        c.path = prefix + path
        c.queryItems = query.isEmpty ? nil : query
        c.fragment = nil
        // "+" in a query value would read as a space on most servers.
        c.percentEncodedQuery = c.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = c.url else { throw .notConfigured("the base URL is not valid") }
        return url
    }

    /// Sends one request with the retry rules and returns a 2xx answer, or throws `AcquireError`.
    func perform(_ method: String, _ path: String, query: [URLQueryItem] = [], body: Data? = nil,
                 kind: ErrorMapper.Kind = .read, what: String) async throws(AcquireError) -> HTTPResponse {
        let target = try url(path, query: query)
        if let why = URLPolicy.refusal(for: target) { throw .offline(why) }
        // A key that is not a valid header value would be dropped on the way: send nothing instead.
        if let problem = configuration.apiKey.headerProblem { throw .notConfigured("the API key cannot be sent: \(problem)") }
        var headers = ["Authorization": "Bearer \(configuration.apiKey.secret)", "Accept": "application/json",
                       "User-Agent": configuration.userAgent]
        if body != nil { headers["Content-Type"] = "application/json" }
        let request = HTTPRequest(method: method, url: target, headers: headers, body: body, timeout: configuration.timeout,
                                  isIdempotent: kind == .read)
        let policy = configuration.retry
        var attempt = 1
        while true {
            let started = ContinuousClock.now
            log(request, attempt: attempt)
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(try await transport.send(request))
            } catch let error as TransportError {
                outcome = .failure(error)
            } catch is CancellationError {
                throw .cancelled
            } catch {
                outcome = .failure(.connectionLost(Sanitizer.clean(String(describing: error))))
            }
            let failure: AcquireError
            var wait: TimeInterval?
            switch outcome {
            case .success(let response):
                log(response, request, since: started)
                if (200..<300).contains(response.status) { return response }
                failure = redact(ErrorMapper.error(status: response.status, headers: response.headers, body: response.body,
                                                   kind: kind, what: what))
                if kind == .read, [408, 429, 502, 503, 504].contains(response.status) {
                    switch failure {
                    case .rateLimited(let s?), .unavailable(let s?):
                        if Double(s) > policy.retryAfterCap { throw failure }
                        wait = Double(s)
                    default: wait = policy.backoff(attempt: attempt)
                    }
                }
            case .failure(let error):
                logFailure(error, request, since: started)
                failure = redact(ErrorMapper.error(transport: error, kind: kind))
                switch error {
                case .notSent: wait = policy.backoff(attempt: attempt)
                case .timedOut, .connectionLost, .badAnswer: if kind == .read { wait = policy.backoff(attempt: attempt) }
                case .tooLarge, .cancelled: break
                }
            }
            guard let delay = wait, attempt < policy.maxAttempts else { throw failure }
            attempt += 1
            do { try await Pause.sleep(milliseconds: Int64((delay * 1000).rounded())) } catch { throw .cancelled }
        }
    }

    /// The same error with any copy of the key replaced (a server may echo it back); a 401
    /// names where the key came from.
    func redact(_ error: AcquireError) -> AcquireError {
        if case .unauthorized = error { return error.naming(configuration.keySource) }
        let key = configuration.apiKey.secret
        guard key.count >= 6 else { return error }
        func r(_ s: String) -> String { s.replacingOccurrences(of: key, with: configuration.apiKey.masked) }
        switch error {
        case .notConfigured(let s): return .notConfigured(r(s))
        case .invalidAccount(let s): return .invalidAccount(r(s))
        case .notFound(let s): return .notFound(r(s))
        case .invalidInput(let s): return .invalidInput(r(s))
        case .uncertain(let s): return .uncertain(r(s))
        case .offline(let s): return .offline(r(s))
        case .undecodable(let s): return .undecodable(excerpt: r(s))
        case .refused(let c, let s): return .refused(code: r(c), message: r(s))
        case .duplicate(let s): return .duplicate(r(s))
        case .uncertainContact(let s): return .uncertainContact(r(s))
        default: return error
        }
    }

    /// Text safe for the debug log: sanitized, short, without the key.
    func logExcerpt(_ data: Data?) -> String {
        guard let data, !data.isEmpty else { return "(empty)" }
        let text = Sanitizer.clean(String(decoding: data.prefix(600), as: UTF8.self))
        let key = configuration.apiKey.secret
        let safe = key.isEmpty ? text : text.replacingOccurrences(of: key, with: configuration.apiKey.masked)
        return safe.count > 300 ? String(safe.prefix(300)) + "…" : safe
    }

    func pathForLog(_ url: URL) -> String {
        var s = url.path
        if let q = url.query { s += "?" + q }
        return logExcerpt(Data(s.utf8))
    }

    func log(_ request: HTTPRequest, attempt: Int) {
        guard let logger = configuration.logger else { return }
        logger.debug("→ \(request.method) \(pathForLog(request.url)) attempt \(attempt) Authorization: Bearer \(configuration.apiKey.masked) body: \(logExcerpt(request.body))")
    }

    func log(_ response: HTTPResponse, _ request: HTTPRequest, since start: ContinuousClock.Instant) {
        guard let logger = configuration.logger else { return }
        logger.debug("← \(response.status) \(request.method) \(pathForLog(request.url)) \(Self.millis(since: start)) ms \(response.body.count) B: \(logExcerpt(response.body))")
    }

    func logFailure(_ error: TransportError, _ request: HTTPRequest, since start: ContinuousClock.Instant) {
        guard let logger = configuration.logger else { return }
        logger.debug("✗ \(request.method) \(pathForLog(request.url)) \(Self.millis(since: start)) ms: \(logExcerpt(Data(String(describing: error).utf8)))")
    }

    static func millis(since start: ContinuousClock.Instant) -> Int {
        let d = ContinuousClock.now - start
        return Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
    }
}
