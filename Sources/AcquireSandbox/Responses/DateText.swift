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
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1,
                      Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec), keepMillis ? ms : 0)
    }

    /// "YYYY-MM-DD HH:MM:SS", no zone (UTC), as in search answers and `lastDateUpdated`.
    static func plain(_ date: Date) -> String {
        let (t, _) = parts(date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1,
                      Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
    }
}
