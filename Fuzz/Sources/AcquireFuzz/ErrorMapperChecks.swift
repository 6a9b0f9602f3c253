import Foundation
import AcquireKit

/// The error mapper turns any (status, headers, body) into an error whose text is clean.
enum ErrorMapperChecks {
    static let statuses = [301, 302, 400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 504, 599]

    /// Maps `data` as the body of two statuses (one picked by the first byte, and 400), a read or a create by length.
    static func run(_ data: Data, text: String) {
        let firstLine = String(text.prefix(while: { $0 != "\n" }).prefix(80))
        // A JSON body's first line is no Retry-After worth the slow date parsing; DateChecks covers it.
        let retry = firstLine.hasPrefix("{") || firstLine.hasPrefix("[") ? "120" : firstLine
        let headers = ["retry-after": retry, "Location": String(text.prefix(200))]
        let picked = statuses[Int(data.first ?? 0) % statuses.count]
        let kind: ErrorMapper.Kind = data.count % 2 == 0 ? .read : .create
        for status in Set([picked, 400]) {
            let error = ErrorMapper.error(status: status, headers: headers, body: data, kind: kind,
                                          what: "contact #1", now: DateChecks.now)
            checkClean(error, context: "status \(status)")
        }
        let excerpt = ErrorMapper.excerpt(data)
        invariant(excerpt.count <= 120, "excerpt of \(excerpt.count) characters")
        invariant(!Sanitizer.needsCleaning(excerpt), "excerpt needs cleaning: \(escapedDebug(excerpt))")
    }

    /// Traps when the error's message or advice holds a control, or a wait is negative.
    static func checkClean(_ error: AcquireError, context: String) {
        for text in [error.message, error.advice] {
            invariant(SanitizerChecks.dangerous(in: text, multiline: false) == nil, "\(context): error text holds a control: \(escapedDebug(text))")
            invariant(!Sanitizer.needsCleaning(text), "\(context): error text needs cleaning: \(escapedDebug(text))")
        }
        switch error {
        case .rateLimited(let s?), .unavailable(let s?): invariant(s >= 0, "\(context): negative wait \(s)")
        default: break
        }
    }
}
