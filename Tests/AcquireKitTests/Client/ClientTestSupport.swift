import Foundation
import Logging
@testable import AcquireKit

let testKey = APIKey("sk_live_5f2b9c1e7a4d8e6f0a1b2c3d")

/// A client for a loopback test server, with short, fast retries.
func makeClient(_ url: URL, timeout: TimeInterval = 120, attempts: Int = 3, retryAfterCap: TimeInterval = 5,
                maxBodyBytes: Int = JSONParser.defaultMaxBytes, logger: Logger? = nil) -> AcquireClient {
    AcquireClient(configuration: ClientConfiguration(
        baseURL: url, apiKey: testKey, timeout: timeout,
        retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.02, retryAfterCap: retryAfterCap),
        maxBodyBytes: maxBodyBytes, logger: logger))
}

let sampleCase = CreateCaseRequest(contactId: 597_752, title: "Printer on fire", message: "Zoë says:\nit smokes 🔥",
                                   channel: "chat", routeAgentId: 19, agentId: 19)

/// A LogHandler that keeps every message, for checking what `--debug` would write.
struct CapturingLogHandler: LogHandler {
    let lines: Locked<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        lines.mutate { $0.append("\(level) \(message)") }
    }
}
