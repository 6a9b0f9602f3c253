import Foundation

/// Reads the date formats the Acquire API uses, without DateFormatter (thread-safe, no locale).
///
/// `2021-03-24T10:06:57.000Z`, `2021-03-30T18:21:41.353Z`, `2021-07-16 11:49:24` (no zone: UTC),
/// `2021-03-24T10:06:57Z`, `2021-03-24T10:06:57+05:30` and `2021-03-24` are all accepted.
public enum ServerDate {
    /// The date in `text`, or nil when it is not one of the accepted forms.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var p = 0
        func number(_ digits: Int) -> Int? {
            guard p + digits <= b.count else { return nil }
            var v = 0
            for i in p..<p + digits {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            p += digits
            return v
        }
        func take(_ c: Character) -> Bool {
            guard p < b.count, b[p] == c.asciiValue else { return false }
            p += 1
            return true
        }
        guard let year = number(4), take("-"), let month = number(2), take("-"), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = 0.0
        if p < b.count {
            guard take("T") || take(" ") || take("t"),
                  let h = number(2), take(":"), let m = number(2), h < 24, m < 60 else { return nil }
            var s = 0
            if take(":") {
                guard let v = number(2), v <= 60 else { return nil }
                s = v
            }
            seconds = Double(h * 3600 + m * 60 + s)
            if take(".") || take(",") {
                var digits = 0, count = 0
                while p < b.count, b[p] >= 0x30, b[p] <= 0x39 {
                    if count < 9 {
                        digits = digits * 10 + Int(b[p] - 0x30)
                        count += 1
                    }
                    p += 1
                }
                guard count > 0 else { return nil }
                seconds += Double(digits) / pow(10, Double(count))
            }
            if take("Z") || take("z") {
            } else if p < b.count, b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-") {
                let sign = b[p] == UInt8(ascii: "+") ? 1.0 : -1.0
                p += 1
                guard let oh = number(2) else { return nil }
                _ = take(":")
                let om = number(2) ?? 0
                seconds -= sign * Double(oh * 3600 + om * 60)
            }
            guard p == b.count else { return nil }
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days) * 86_400 + seconds)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
