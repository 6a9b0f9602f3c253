import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The date formats the real API mixes: "2021-03-24T10:06:57.000Z" and "2021-07-16 11:49:24".
enum DateText {
    private static func parts(_ date: Date) -> (tm, Int) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        var time = time_t(seconds)
        var out = tm()
        gmtime_r(&time, &out)
        let millis = Int((date.timeIntervalSince1970 - seconds) * 1000)
        return (out, min(max(millis, 0), 999))
    }

    /// ISO 8601 with milliseconds and Z; `keepMillis: false` writes ".000" like most of the API.
    static func iso(_ date: Date, keepMillis: Bool = false) -> String {
        let (t, ms) = parts(date)
        var out = day(t)
        out += "T"
        out += clock(t)
        out += "."
        out += digits(keepMillis ? ms : 0, 3)
        out += "Z"
        return out
    }

    /// "YYYY-MM-DD HH:MM:SS", no zone (UTC), as in search answers and `lastDateUpdated`.
    static func plain(_ date: Date) -> String {
        let (t, _) = parts(date)
        var out = day(t)
        out += " "
        out += clock(t)
        return out
    }

    /// "YYYY-MM-DD".
    private static func day(_ t: tm) -> String {
        "\(digits(Int(t.tm_year) + 1900, 4))-\(digits(Int(t.tm_mon) + 1, 2))-\(digits(Int(t.tm_mday), 2))"
    }

    /// "HH:MM:SS".
    private static func clock(_ t: tm) -> String {
        "\(digits(Int(t.tm_hour), 2)):\(digits(Int(t.tm_min), 2)):\(digits(Int(t.tm_sec), 2))"
    }

    /// `value` in decimal with leading zeros to `width` (as `%0Nd` does; no String(format:),
    /// whose Foundation formatting was 3% of a search's CPU).
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
