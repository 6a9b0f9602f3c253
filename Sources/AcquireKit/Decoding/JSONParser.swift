import Foundation

/// A strict, bounded JSON parser: limits on size and depth are checked before any
/// recursion, so hostile input ends in an error, never a crash or a hang.
public struct JSONParser: Sendable {
    /// Bodies larger than this are refused (8 MiB).
    public static let defaultMaxBytes = 8 * 1024 * 1024
    /// Arrays and objects nested deeper than this are refused.
    public static let defaultMaxDepth = 64

    public var maxBytes: Int
    public var maxDepth: Int

    /// A parser with the given limits.
    public init(maxBytes: Int = JSONParser.defaultMaxBytes, maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Why a body could not be parsed.
    public enum Failure: Error, Equatable, Sendable {
        case tooLarge(bytes: Int)
        case tooDeep
        case syntax(offset: Int, reason: String)
    }

    /// Parses one JSON document (surrounding whitespace and a UTF-8 BOM allowed).
    public func parse(_ data: Data) throws(Failure) -> JSONValue {
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count) }
        let bytes = [UInt8](data)
        guard Self.nestingDepth(of: bytes) <= maxDepth else { throw .tooDeep }
        var reader = Reader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.pos = 3 }
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.pos == bytes.count else { throw .syntax(offset: reader.pos, reason: "extra text after the document") }
        return value
    }

    /// The deepest nesting of brackets outside strings: a linear scan with no recursion.
    public static func nestingDepth(of bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}

private struct Reader {
    let bytes: [UInt8]
    var pos = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipWhitespace() {
        while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    func fail(_ reason: String) -> JSONParser.Failure { .syntax(offset: pos, reason: reason) }

    mutating func readValue() throws(JSONParser.Failure) -> JSONValue {
        skipWhitespace()
        guard pos < bytes.count else { throw fail("unexpected end") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try readNumber()
        }
    }

    mutating func expect(_ word: String) throws(JSONParser.Failure) {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { throw fail("expected \(word)") }
        pos += w.count
    }

    mutating func readObject() throws(JSONParser.Failure) -> JSONValue {
        pos += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a key") }
            let key = try readString()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            pos += 1
            members.append((key, try readValue()))
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unexpected end in an object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
            throw fail("expected ',' or '}'")
        }
    }

    mutating func readArray() throws(JSONParser.Failure) -> JSONValue {
        pos += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
        while true {
            items.append(try readValue())
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unexpected end in an array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            throw fail("expected ',' or ']'")
        }
    }

    mutating func readString() throws(JSONParser.Failure) -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try readUnicodeEscape())
                default: throw fail("bad escape")
                }
                continue
            }
            out.append(b)
            pos += 1
        }
        throw fail("unterminated string")
    }

    mutating func readHex4() throws(JSONParser.Failure) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for b in bytes[pos..<pos + 4] {
            guard let d = hexDigit(b) else { throw fail("bad \\u escape") }
            v = v << 4 | d
        }
        pos += 4
        return v
    }

    mutating func readUnicodeEscape() throws(JSONParser.Failure) -> [UInt8] {
        var v = try readHex4()
        if (0xD800...0xDBFF).contains(v), pos + 6 <= bytes.count, bytes[pos] == 0x5C, bytes[pos + 1] == UInt8(ascii: "u") {
            let save = pos
            pos += 2
            let low = try readHex4()
            if (0xDC00...0xDFFF).contains(low) {
                v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
            } else {
                pos = save
            }
        }
        let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    mutating func readNumber() throws(JSONParser.Failure) -> JSONValue {
        let start = pos
        var isInteger = true
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let digitsStart = pos
        while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        guard pos > digitsStart else { throw fail("unexpected character") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            isInteger = false
            pos += 1
            let f = pos
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            guard pos > f else { throw fail("bad number") }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            isInteger = false
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            let e = pos
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            guard pos > e else { throw fail("bad number") }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text), d.isFinite else { throw fail("bad number") }
        return .double(d)
    }

    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
}
