import Foundation
import Logging

/// Everything `AcquireClient` needs: where, with which key, how patiently, and whether to log.
public struct ClientConfiguration: Sendable {
    /// `https://{account}.acquire.io`, or a proxy/test URL (http only for loopback).
    public var baseURL: URL
    public var apiKey: APIKey
    /// Seconds a whole request may take (its connect timeout is half of it, at most 10 s).
    public var timeout: TimeInterval
    public var retry: RetryPolicy
    /// Answers larger than this many bytes are refused.
    public var maxBodyBytes: Int
    /// With `--debug`: method, path, status, duration, short body excerpts; the key masked.
    public var logger: Logger?
    /// Sent as User-Agent.
    public var userAgent: String
    /// The proxy and extra CA files (direct and system trust store by default).
    public var network = NetworkSettings()
    /// Where the key came from, named in the advice after a 401 (nil: not known, e.g. the sandbox).
    public var keySource: KeySource? = nil

    /// A configuration; see the properties for the defaults' meaning.
    public init(baseURL: URL, apiKey: APIKey, timeout: TimeInterval = 30, retry: RetryPolicy = RetryPolicy(),
                maxBodyBytes: Int = JSONParser.defaultMaxBytes, logger: Logger? = nil,
                userAgent: String = "acquire-cases/1.0") {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.timeout = timeout
        self.retry = retry
        self.maxBodyBytes = maxBodyBytes
        self.logger = logger
        self.userAgent = userAgent
    }

    /// The base URL for an account id: `https://{account}.acquire.io`.
    public static func baseURL(account: String) -> URL? {
        URL(string: "https://\(account).acquire.io")
    }
}
