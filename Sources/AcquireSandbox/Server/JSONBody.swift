import Foundation

/// Writes the renderer's JSON objects (`[String: Any]` trees of String, Int, Bool, NSNull, arrays
/// and dictionaries) straight to UTF-8, as `JSONSerialization` with `.withoutEscapingSlashes` would
/// (keys in the dictionary's own order, non-ASCII text raw). Why: JSONSerialization bridged every
/// dictionary to NSDictionary and cast each value through `AnyHashable`: 59% of the sandbox's CPU
/// under searches (perf record, see the perf-search note). Any other value type makes `encode`
/// return nil, so the caller falls back to JSONSerialization rather than guess.
enum JSONBody {
    /// The UTF-8 JSON of `value`, or nil when it holds a type this writer does not know.
    static func encode(_ value: Any) -> Data? {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        guard write(value, to: &out) else { return nil }
        return Data(out)
    }

    /// Objects and strings first: a cast of an `Any` to a class (`as? NSNull`) that holds a
    /// dictionary bridges the whole dictionary to NSDictionary to find out it is not one, so
    /// NSNull and NSNumber are told by their metatype, never by a cast.
    private static func write(_ value: Any, to out: inout [UInt8]) -> Bool {
        switch value {
        case let object as [String: Any]:
            return writeObject(object, to: &out)
        case let text as String:
            writeString(text, to: &out)
        default:
            let type = type(of: value)
            if type == NSNull.self {
                out.append(contentsOf: "null".utf8)
                return true
            }
            // A parsed NSNumber would cast to both Int and Bool: left to JSONSerialization.
            if type is NSNumber.Type || type is NSObject.Type { return false }
            return writeOther(value, to: &out)
        }
        return true
    }

    /// Numbers, booleans and arrays (no class instances reach here).
    private static func writeOther(_ value: Any, to out: inout [UInt8]) -> Bool {
        switch value {
        case let number as Int:
            out.append(contentsOf: String(number).utf8)
        case let flag as Bool:
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case let objects as [[String: Any]]:
            out.append(UInt8(ascii: "["))
            for (index, object) in objects.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard writeObject(object, to: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case let texts as [String]:
            out.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(text, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let items as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard write(item, to: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        default:
            return false
        }
        return true
    }

    private static func writeObject(_ object: [String: Any], to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        var first = true
        for (key, item) in object {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            writeString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            guard write(item, to: &out) else { return false }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: quote, backslash and control characters escaped, everything else raw UTF-8.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
