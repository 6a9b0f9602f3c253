import Foundation

/// Case- and accent-insensitive folding used for search keys and search text alike.
enum TextFolding {
    /// Letters that Unicode does not decompose but a person expects to match their base letter.
    private static let extra: [Character: String] = [
        "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "œ": "oe", "þ": "th",
    ]

    /// Lowercased, diacritics removed, a few extra letters mapped, control characters dropped.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        for ch in folded {
            if let mapped = extra[ch] {
                out += mapped
            } else if ch.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                out.append(ch)
            }
        }
        return out
    }

    /// Only the digits of a phone number ("+91 1234-567" -> "911234567").
    /// (Bytes, not scalars: an ASCII digit is one UTF-8 byte and no other character contains one.)
    static func digits(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendDigits(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `digits(text)` to `bytes`, with no String in between (the
    /// directory's search keys are built this way for every contact at start).
    static func appendDigits(of text: String, to bytes: inout [UInt8]) {
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { bytes.append(byte) }
    }
}
