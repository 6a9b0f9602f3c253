import Foundation
import AcquireKit

/// `ServerDate.parse` and `RetryAfter` never trap, and give sane values.
enum DateChecks {
    /// A fixed "now" so a run is reproducible.
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// Checks both parsers on the whole text and on its first line.
    static func run(_ text: String) {
        let firstLine = String(text.prefix(while: { $0 != "\n" }).prefix(80))
        for candidate in [firstLine, String(text.prefix(64))] {
            if let date = ServerDate.parse(candidate) {
                invariant(date.timeIntervalSince1970.isFinite, "ServerDate gave a non-finite date for \(escapedDebug(candidate))")
                let digits = candidate.trimmingCharacters(in: .whitespaces).utf8.prefix(4)
                invariant(digits.count == 4 && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }, "ServerDate accepted \(escapedDebug(candidate))")
            }
        }
        // RetryAfter builds DateFormatters (slow): only the first line, the shape of a header.
        if let s = RetryAfter.seconds(firstLine, now: now) {
            invariant(s >= 0, "RetryAfter gave \(s) for \(escapedDebug(firstLine))")
        }
        if text.utf8.count <= 256 { _ = ServerDate.parse(text) }
    }
}
