import Foundation

/// A JSON value for scripts' output, written compactly with keys sorted (stable for diffs and tests).
indirect enum JSONOut: Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONOut])
    case object([String: JSONOut])

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The compact text ("null" if it could not be encoded, which a value of this type cannot cause).
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A string, or null.
    static func string(_ s: String?) -> JSONOut { s.map(JSONOut.string) ?? .null }

    /// `2026-12-01T09:30:00Z` in UTC.
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
