import Foundation

/// The one "newest first" order (visits, cases): by date, newest first; undated ones last;
/// equal or missing dates by id, highest first. Stable for equal keys.
public func newestFirst<T>(_ items: [T], date: KeyPath<T, Date?>, id: KeyPath<T, Int>) -> [T] {
    items.sorted { a, b in
        switch (a[keyPath: date], b[keyPath: date]) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a[keyPath: id] > b[keyPath: id]
        }
    }
}
