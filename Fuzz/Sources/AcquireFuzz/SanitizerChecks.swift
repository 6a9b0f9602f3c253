import AcquireKit

/// The Sanitizer's promises: nothing dangerous survives, cleaning is idempotent, `needsCleaning` agrees.
enum SanitizerChecks {
    /// Checks `clean` and `cleanMultiline` on `text`.
    static func run(_ text: String) {
        let once = Sanitizer.clean(text)
        invariant(dangerous(in: once, multiline: false) == nil, "clean left \(describe(dangerous(in: once, multiline: false))) in \(escapedDebug(text))")
        invariant(Sanitizer.clean(once) == once, "clean is not idempotent on \(escapedDebug(text))")
        invariant(!Sanitizer.needsCleaning(once), "needsCleaning(clean(x)) is true for \(escapedDebug(text))")
        invariant(Sanitizer.needsCleaning(text) == (once != text), "needsCleaning disagrees with clean on \(escapedDebug(text))")

        // Error texts cut server text to N characters: a cut at any character boundary stays clean.
        invariant(!once.contains { $0.unicodeScalars.last == "\u{200D}" },
                  "clean kept a ZWJ that ends a character in \(escapedDebug(text))")
        for n in [once.count / 2, once.count - 1] where n > 0 {
            let head = String(once.prefix(n)) + "…"
            invariant(!Sanitizer.needsCleaning(head), "a cut of clean text needs cleaning: \(escapedDebug(head))")
        }

        let multi = Sanitizer.cleanMultiline(text)
        invariant(dangerous(in: multi, multiline: true) == nil, "cleanMultiline left \(describe(dangerous(in: multi, multiline: true))) in \(escapedDebug(text))")
        invariant(Sanitizer.cleanMultiline(multi) == multi, "cleanMultiline is not idempotent on \(escapedDebug(text))")
        invariant(!Sanitizer.needsCleaning(multi, multiline: true), "needsCleaning(cleanMultiline(x), multiline) is true for \(escapedDebug(text))")
        invariant(Sanitizer.clean(multi) == Sanitizer.clean(Sanitizer.clean(multi)), "clean after cleanMultiline is not stable")
    }

    /// The first scalar that must never reach a terminal: C0 (but "\n" in multi-line text), DEL, C1,
    /// bidi controls, line and paragraph separators. Written from the issue, not from the Sanitizer.
    static func dangerous(in s: String, multiline: Bool) -> Unicode.Scalar? {
        s.unicodeScalars.first { c in
            let v = c.value
            if multiline && v == 0x0A { return false }
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
            if v == 0x061C || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029 { return true }
            return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    static func describe(_ c: Unicode.Scalar?) -> String {
        c.map { "U+" + String($0.value, radix: 16, uppercase: true) } ?? "nothing"
    }
}

/// A value written with every non-ASCII or control scalar as `\u{X}`, so a crash report is readable.
func escapedDebug(_ s: String, limit: Int = 300) -> String {
    var out = ""
    for c in s.unicodeScalars.prefix(limit) {
        if c.value >= 0x20 && c.value < 0x7F { out.unicodeScalars.append(c) } else { out += "\\u{\(String(c.value, radix: 16))}" }
    }
    return "\"" + out + (s.unicodeScalars.count > limit ? "\"…" : "\"")
}
