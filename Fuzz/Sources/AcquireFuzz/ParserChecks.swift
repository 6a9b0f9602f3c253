import Foundation
import AcquireKit

/// The JSON parser's promises: limits are enforced exactly, and what it reads survives a round trip.
enum ParserChecks {
    /// Small limits, so the fuzzer reaches both refusals often.
    static let small = JSONParser(maxBytes: 2048, maxDepth: 6)

    /// Parses `data` with the default and the small limits and checks the outcome of each.
    static func run(_ data: Data) {
        let depth = JSONParser.nestingDepth(of: [UInt8](data))
        for parser in [JSONParser(), small] {
            do {
                let value = try parser.parse(data)
                invariant(data.count <= parser.maxBytes, "accepted \(data.count) bytes over the \(parser.maxBytes) limit")
                invariant(depth <= parser.maxDepth, "accepted bracket depth \(depth) over the \(parser.maxDepth) limit")
                invariant(nesting(of: value) <= parser.maxDepth, "a value nested \(nesting(of: value)) deep passed limit \(parser.maxDepth)")
                let again = try? JSONParser().parse(Data(JSONWriter.text(of: value).utf8))
                invariant(again == value, "round trip changed \(escapedDebug(JSONWriter.text(of: value)))")
            } catch {
                check(error, parser: parser, bytes: data.count, depth: depth)
            }
        }
    }

    /// The refusal must match the limits: too large only over maxBytes, too deep only over maxDepth.
    static func check(_ failure: JSONParser.Failure, parser: JSONParser, bytes: Int, depth: Int) {
        switch failure {
        case .tooLarge(let n):
            invariant(n == bytes && n > parser.maxBytes, "tooLarge(\(n)) for \(bytes) bytes, limit \(parser.maxBytes)")
        case .tooDeep:
            invariant(bytes <= parser.maxBytes && depth > parser.maxDepth, "tooDeep at bracket depth \(depth), limit \(parser.maxDepth)")
        case .syntax(let offset, _):
            invariant(offset >= 0 && offset <= bytes, "syntax error offset \(offset) outside 0...\(bytes)")
        }
    }

    /// How deep arrays and objects nest in `value` (a scalar is 0).
    static func nesting(of value: JSONValue) -> Int {
        switch value {
        case .array(let items): return 1 + (items.map(nesting(of:)).max() ?? 0)
        case .object(let members): return 1 + (members.map { nesting(of: $0.value) }.max() ?? 0)
        default: return 0
        }
    }
}

/// Writes a `JSONValue` back to JSON text (for the round-trip check).
enum JSONWriter {
    /// Compact JSON for `value`; strings escape quotes, backslashes and C0 controls.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return "\(d)"
        case .string(let s): return quoted(s)
        case .array(let items): return "[" + items.map(text(of:)).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { quoted($0.key) + ":" + text(of: $0.value) }.joined(separator: ",") + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
