import Foundation

/// Every way talking to Acquire can fail, each with one sentence a support agent
/// understands (`message`) and what to do next (`advice`).
public enum AcquireError: Error, Equatable, Hashable, Sendable {
    /// No account id or base URL, or no API key; the associated text names what is missing.
    case notConfigured(String)
    /// The account id is not a DNS label.
    case invalidAccount(String)
    /// 401: the key is wrong, revoked or missing; where the key came from (nil: not known).
    case unauthorized(keySource: KeySource?)
    /// 403: the key may not do this.
    case forbidden
    /// 404 or ERROR_RECORD_NOT_FOUND: what was asked for does not exist.
    case notFound(String)
    /// 400: the server refused the input; its (sanitized) message.
    case invalidInput(String)
    /// 429: too many requests; seconds to wait when the server said.
    case rateLimited(retryAfter: Int?)
    /// 503 (and 502/504 from proxies): down for now; seconds to wait when the server said.
    case unavailable(retryAfter: Int?)
    /// Other 5xx on a read.
    case serverError(status: Int)
    /// A create that may or may not have reached the server (timeout or reset after sending, 5xx).
    case uncertain(String)
    /// The request never left: DNS, refused, TLS, timeout before sending.
    case offline(String)
    /// The answer could not be read; a short sanitized excerpt of it.
    case undecodable(excerpt: String)
    /// The request was cancelled by the agent.
    case cancelled
    /// The server answered with an error body (`{"error": {"code", "message", "data"}}`), also on
    /// HTTP 200: nothing was created or changed. Its code and (sanitized) message.
    case refused(code: String, message: String)
    /// ERROR_DUPLICATE_RECORD_FOUND: such a record (e.g. a contact with this email) already exists.
    case duplicate(String)
    /// A contact create that may or may not have reached the server (settle it by searching).
    case uncertainContact(String)
}
