import Foundation
import AcquireKit

/// Every `ResponseDecoder` method either fails with `.undecodable` and a clean excerpt, or with the
/// error the body states (`ErrorMapper.bodyError`: `.refused`, `.duplicate`, `.unauthorized`,
/// `.forbidden`) with clean text, or returns models whose every string is clean.
enum DecoderChecks {
    static let decoder = ResponseDecoder()
    /// Small limits, to reach the "too large" and "too deep" excerpts.
    static let smallDecoder = ResponseDecoder(parser: ParserChecks.small)

    /// Runs each decoder method on `data`.
    static func run(_ data: Data) {
        do {
            let d = decoder
            check("contactPage") { () throws(AcquireError) in try d.contactPage(data, page: 0, limit: 25) }
            check("contact") { () throws(AcquireError) in try d.contact(data) }
            check("agents") { () throws(AcquireError) in try d.agents(data) }
            check("departments") { () throws(AcquireError) in try d.departments(data) }
            check("channels") { () throws(AcquireError) in try d.channels(data) }
            check("shortcuts") { () throws(AcquireError) in try d.shortcuts(data) }
            check("shortcutGroups") { () throws(AcquireError) in try d.shortcutGroups(data) }
            check("caseRecord") { () throws(AcquireError) in try d.caseRecord(data) }
            check("cases") { () throws(AcquireError) in try d.cases(data) }
            check("fieldDefinitionPage") { () throws(AcquireError) in try d.fieldDefinitionPage(data) }
            check("json") { () throws(AcquireError) in try d.json(data) }
        }
        check("json (small limits)") { () throws(AcquireError) in try smallDecoder.json(data) }
    }

    static func check<T>(_ method: String, _ decode: () throws(AcquireError) -> T) {
        do {
            let value = try decode()
            if !(value is JSONValue) { ModelWalker.checkStrings(in: value, path: method) }
        } catch {
            switch error {
            case .undecodable, .refused, .duplicate, .unauthorized, .forbidden: break
            default: fatalError("\(method) threw \(error), not .undecodable or a body's own error")
            }
            ErrorMapperChecks.checkClean(error, context: method)
        }
    }
}

/// Walks a model value with `Mirror` and checks every `String` in it.
enum ModelWalker {
    /// Properties that hold a message body, where "\n" is allowed.
    static let multilineLabels: Set<String> = ["description", "message"]

    /// Traps when any string reachable from `value` would need cleaning.
    static func checkStrings(in value: Any, path: String, multiline: Bool = false) {
        if let s = value as? String {
            invariant(!Sanitizer.needsCleaning(s, multiline: multiline), "\(path) needs cleaning: \(escapedDebug(s))")
            invariant(SanitizerChecks.dangerous(in: s, multiline: multiline) == nil, "\(path) holds a control: \(escapedDebug(s))")
            return
        }
        if value is Date || value is Int || value is Bool || value is Double { return }
        let mirror = Mirror(reflecting: value)
        for (i, child) in mirror.children.enumerated() {
            let label = child.label ?? "[\(i)]"
            let isBody = child.label.map(multilineLabels.contains) ?? multiline
            checkStrings(in: child.value, path: path + "." + label, multiline: isBody)
        }
    }
}
