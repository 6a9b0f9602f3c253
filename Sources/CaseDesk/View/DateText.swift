import Foundation

/// Dates as `2021-03-24 10:06` in a zone, by arithmetic (no formatter allocated per frame).
enum DateText {
    /// The date in `zone` as "yyyy-MM-dd HH:mm"; "-" for none.
    static func format(_ date: Date?, in zone: TimeZone) -> String {
        guard let date else { return "-" }
        let t = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let days = Int(floor(Double(t) / 86400))
        let secs = t - days * 86400
        let (y, m, d) = civil(days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2)) \(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2))"
    }

    /// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
