import Foundation
import Testing
@testable import AcquireKit

/// How a status maps to an error, for a read and for a create.
@Suite struct CreateStatusMappingTests {
    func map(_ status: Int, _ kind: ErrorMapper.Kind, body: String = "", headers: [String: String] = [:]) -> AcquireError {
        ErrorMapper.error(status: status, headers: headers, body: Data(body.utf8), kind: kind, what: "contact #7")
    }

    @Test(arguments: [500, 501, 505, 507, 520, 599])
    func everyOther5xxOnACreateIsUncertain(status: Int) {
        #expect(map(status, .create) == .uncertain("HTTP \(status)"))
        #expect(map(status, .read) == .serverError(status: status))
    }

    @Test(arguments: [502, 504])
    func gatewayErrorsOnACreateAreUncertain(status: Int) {
        #expect(map(status, .create) == .uncertain("HTTP \(status) from a proxy"))
        #expect(map(status, .create, body: "<html><h1>\(status) Bad Gateway</h1></html>") == .uncertain("HTTP \(status) from a proxy"))
        #expect(map(status, .read, headers: ["Retry-After": "4"]) == .unavailable(retryAfter: 4))
    }

    @Test func aCreate5xxIsUncertainWhateverItsBodySays() {
        // The body cannot prove that nothing was done: the status decides.
        for body in [#"{"type":"ERROR_UNAUTHORIZED"}"#, #"{"type":"ERROR_UNAUTHORIZED_ACCESS"}"#,
                     #"{"type":"ERROR_RECORD_NOT_FOUND"}"#, #"{"type":"ERROR_INVALID_INPUT","message":"bad"}"#] {
            #expect(map(500, .create, body: body) == .uncertain("HTTP 500"))
            #expect(map(502, .create, body: body) == .uncertain("HTTP 502 from a proxy"))
        }
    }

    @Test func a503OnACreateIsNotDoneAndMayBeRetriedAfterRetryAfter() {
        #expect(map(503, .create, headers: ["Retry-After": "7"]) == .unavailable(retryAfter: 7))
        #expect(map(503, .create) == .unavailable(retryAfter: nil))
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let http = ErrorMapper.error(status: 503, headers: ["retry-after": "Fri, 15 Jan 2027 08:00:30 GMT"],
                                     body: Data(), kind: .create, what: "x", now: date)
        let expected = Int((RetryAfter.httpDate("Fri, 15 Jan 2027 08:00:30 GMT")!.timeIntervalSince(date)).rounded(.up))
        #expect(http == .unavailable(retryAfter: expected))
    }

    @Test func a429OnACreateIsRateLimitedWithItsSeconds() {
        #expect(map(429, .create, headers: ["Retry-After": "3"]) == .rateLimited(retryAfter: 3))
        #expect(map(429, .create, body: #"{"type":"ERROR_TOO_MANY_REQUESTS"}"#) == .rateLimited(retryAfter: nil))
        #expect(map(429, .read, headers: ["Retry-After": "3"]) == .rateLimited(retryAfter: 3))
    }

    @Test func a4xxOnACreateIsCertainlyNotDone() {
        #expect(map(400, .create, body: #"{"message":"title is required"}"#) == .invalidInput("title is required"))
        #expect(map(401, .create) == .unauthorized(keySource: nil))
        #expect(map(403, .create) == .forbidden)
        #expect(map(404, .create) == .notFound("contact #7"))
    }

    @Test func transportFailuresAfterSendingAreUncertainOnlyForACreate() {
        #expect(ErrorMapper.error(transport: .connectionLost("x"), kind: .create) == .uncertain("x"))
        #expect(ErrorMapper.error(transport: .connectionLost("x"), kind: .read) == .offline("x"))
        #expect(ErrorMapper.error(transport: .timedOut(2), kind: .create) == .uncertain("no answer within 2 s"))
        #expect(ErrorMapper.error(transport: .notSent("refused"), kind: .create) == .offline("refused"))
    }
}
