import Foundation

/// One value of a request body's `fields`, as the sandbox keeps it: text or a list of texts.
enum SentValue: Sendable, Equatable {
    case text(String)
    case list([String])

    /// A value from JSON: a string, number or bool is text; an array of those is a list; nil otherwise.
    init?(json: Any) {
        if let items = json as? [Any] {
            var texts: [String] = []
            for item in items {
                guard case .text(let t)? = SentValue(json: item) else { return nil }
                texts.append(t)
            }
            self = .list(texts)
        } else if let text = json as? String {
            self = .text(text)
        } else if let number = json as? NSNumber {
            self = .text(number.stringValue)
        } else {
            return nil
        }
    }

    /// The value for JSONSerialization.
    var json: Any {
        switch self {
        case .text(let t): return t
        case .list(let l): return l
        }
    }

    /// The texts: one for text, every element for a list.
    var texts: [String] {
        switch self {
        case .text(let t): return [t]
        case .list(let l): return l
        }
    }

    /// Whether there is nothing in it (blank text or an empty list).
    var isEmpty: Bool { texts.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}
