import Foundation

/// How reads, and requests that never left, are retried: exponential backoff with jitter,
/// honouring `Retry-After` up to `retryAfterCap` seconds.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included (1 = no retry).
    public var maxAttempts: Int
    /// The first backoff, in seconds; doubled on each retry.
    public var baseDelay: TimeInterval
    /// The longest backoff, in seconds.
    public var maxDelay: TimeInterval
    /// A `Retry-After` longer than this is not waited for: the error goes back with its seconds.
    public var retryAfterCap: TimeInterval

    /// A policy; the defaults are 3 attempts, 0.25 s doubling to at most 2 s, Retry-After up to 5 s.
    public init(maxAttempts: Int = 3, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 2, retryAfterCap: TimeInterval = 5) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.retryAfterCap = max(0, retryAfterCap)
    }

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The backoff before retry number `attempt` (1-based), with jitter in [half, full].
    public func backoff(attempt: Int) -> TimeInterval {
        let full = min(maxDelay, baseDelay * pow(2, Double(max(0, attempt - 1))))
        return full <= 0 ? 0 : Double.random(in: (full / 2)...full)
    }
}
