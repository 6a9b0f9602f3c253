import Foundation

/// Reads the raw bytes a program sent to its terminal and reports anything that did not come from
/// curses: OSC and DCS strings, string terminators, C1 controls, bidi overrides, BEL, malformed
/// escapes, invalid UTF-8, and the hostile sandbox payload's own CSI run.
enum TerminalBytes {
    /// The escape sequences xterm-256color's terminfo gives curses besides CSI: charset designation
    /// (`ESC ( B`, `ESC ( 0`), keypad modes (`ESC =`, `ESC >`), save/restore cursor (`ESC 7`, `ESC 8`),
    /// reverse index (`ESC M`).
    static let allowedSingle: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M")]

    /// What is wrong with `bytes`, each problem once with a little context; empty when all is well.
    static func problems(in bytes: [UInt8]) -> [String] {
        var out: [String] = []
        func report(_ what: String, at i: Int) {
            let from = max(0, i - 20), to = min(bytes.count, i + 30)
            let context = bytes[from..<to].map { b -> String in
                b == 0x1B ? "\\e" : (b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : String(format: "\\x%02x", b))
            }.joined()
            if out.count < 20 { out.append("\(what) at byte \(i): …\(context)…") }
        }
        if String(validating: bytes, as: UTF8.self) == nil { out.append("the output is not valid UTF-8") }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x07 { report("BEL", at: i) }
            guard b == 0x1B else { i += 1; continue }
            guard i + 1 < bytes.count else { report("ESC at the end", at: i); break }
            let next = bytes[i + 1]
            switch next {
            case UInt8(ascii: "["):
                // CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
                var j = i + 2
                while j < bytes.count, (0x30...0x3F).contains(bytes[j]) { j += 1 }
                while j < bytes.count, (0x20...0x2F).contains(bytes[j]) { j += 1 }
                if j < bytes.count, (0x40...0x7E).contains(bytes[j]) { i = j + 1 } else { report("malformed CSI", at: i); i += 2 }
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                guard i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "B") || bytes[i + 2] == UInt8(ascii: "0") else {
                    report("unknown charset designation", at: i); i += 2; continue
                }
                i += 3
            case UInt8(ascii: "]"): report("OSC (ESC ])", at: i); i += 2
            case UInt8(ascii: "P"): report("DCS (ESC P)", at: i); i += 2
            case UInt8(ascii: "\\"): report("string terminator (ESC \\)", at: i); i += 2
            default:
                if allowedSingle.contains(next) { i += 2 } else { report("unexpected ESC \(String(UnicodeScalar(next)))", at: i); i += 2 }
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for (n, scalar) in text.unicodeScalars.enumerated() {
            let v = scalar.value
            if (0x80...0x9F).contains(v) { out.append("C1 control U+\(String(v, radix: 16, uppercase: true)) at scalar \(n)") }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out.append("bidi control U+\(String(v, radix: 16, uppercase: true)) at scalar \(n)")
            }
            if out.count > 40 { break }
        }
        // The payload clears the screen as "ESC[2J ESC[H"; curses' clear is "ESC[H ESC[2J".
        if let r = text.range(of: "\u{1B}[2J\u{1B}[H") {
            out.append("the hostile clear-screen run reached the terminal at \(text.distance(from: text.startIndex, to: r.lowerBound))")
        }
        return out
    }

    /// Terminal columns of a captured screen line (wide East Asian and emoji 2, marks and format 0).
    static func width(_ line: Substring) -> Int {
        var w = 0
        for s in line.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            w += isWide(s.value) ? 2 : 1
        }
        return w
    }

    static func isWide(_ v: UInt32) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
                                            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                                            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
                                            0x1F900...0x1F9FF, 0x20000...0x3FFFD]
        return ranges.contains { $0.contains(v) } || Unicode.Scalar(v)?.properties.isEmojiPresentation == true
    }
}
