import Foundation

/// Reads a `Retry-After` header: delay-seconds or an HTTP-date.
public enum RetryAfter {
    /// Whole seconds to wait from `now` (never negative), or nil when the value is not readable.
    public static func seconds(_ value: String?, now: Date = Date()) -> Int? {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        if raw.allSatisfy(\.isASCIIDigit) {
            return Int(raw.prefix(9)) ?? nil
        }
        guard let date = httpDate(raw) else { return nil }
        return max(0, Int((date.timeIntervalSince(now)).rounded(.up)))
    }

    /// An HTTP-date in IMF-fixdate, RFC 850 or asctime form.
    public static func httpDate(_ text: String) -> Date? {
        // An HTTP-date is printable ASCII; Foundation's DateFormatter traps on some other text
        // ("Incorrect range", e.g. "Wed, 21\u{7B0}ct 2015 07:28:0  GMT"), so it never sees any.
        guard text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) else { return nil }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "GMT")
            f.dateFormat = format
            if let d = f.date(from: text) { return d }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
