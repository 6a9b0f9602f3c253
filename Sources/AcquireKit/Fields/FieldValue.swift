import Foundation

/// What an agent entered for one custom field.
public enum FieldValue: Equatable, Hashable, Sendable, Codable {
    /// Text (text fields and every unknown input type).
    case text(String)
    /// The one chosen option of a radio.
    case option(String)
    /// The chosen options of a checkbox.
    case options([String])
    /// The chosen department.
    case department(id: Int, name: String)

    /// Whether anything is filled in (text that is not only blanks, at least one option, a department).
    public var isFilled: Bool {
        switch self {
        case .text(let t), .option(let t): return !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .options(let list): return !list.isEmpty
        case .department: return true
        }
    }

    /// How the value reads on review and in the result ("a, b" for several options).
    public var displayText: String {
        switch self {
        case .text(let t), .option(let t): return t
        case .options(let list): return list.joined(separator: ", ")
        case .department(_, let name): return name
        }
    }
}

/// One value in a request body's `fields`: a string, or a list of strings.
public enum FieldWireValue: Equatable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    case string(String)
    case list([String])

    public init(stringLiteral value: String) {
        self = .string(value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([String].self) {
            self = .list(list)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .list(let l): try container.encode(l)
        }
    }
}
