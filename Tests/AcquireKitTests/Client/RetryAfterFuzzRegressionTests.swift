import Foundation
import Testing
@testable import AcquireKit

/// Retry-After values the fuzzer found; each used to trap inside Foundation's DateFormatter.
struct RetryAfterFuzzRegressionTests {
    static let trapping = "Wed, 21\u{07B0}ct 2015 07:28:0  GMT"

    /// Non-ASCII text is not an HTTP-date, and reading it does not crash.
    @Test func nonASCIIRetryAfterIsUnreadable() {
        #expect(RetryAfter.httpDate(Self.trapping) == nil)
        #expect(RetryAfter.seconds(Self.trapping) == nil)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:28:00 GMT\u{1B}[2J") == nil)
    }

    /// A 429 with such a header is still rate limited, with no known wait.
    @Test func rateLimitedWithAnUnreadableHeader() {
        let error = ErrorMapper.error(status: 429, headers: ["Retry-After": Self.trapping], body: Data(),
                                      kind: .read, what: "contact #1")
        #expect(error == .rateLimited(retryAfter: nil))
    }

    /// Real HTTP-dates still work.
    @Test func httpDateStillRead() {
        let now = Date(timeIntervalSince1970: 1_445_412_470)  // 2015-10-21 07:27:50 GMT
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == 10)
    }
}
