import Foundation

/// What came of picking one item by what the agent typed.
public enum Pick<Item: Equatable & Sendable>: Equatable, Sendable {
    case one(Item)
    case none
    /// More than one matched equally well (best matches only).
    case several([Item])
}

/// How contacts, channels and agents are named by what an agent types, the same in every face.
public enum CaseChoices {
    /// The most digits a bare number may have to be read as a contact id; longer ones are phones.
    public static let maxBareIdDigits = 7

    /// How a contact is named: by id, e-mail address, or phone number.
    public enum ContactKey: Equatable, Sendable {
        case id(Int)
        case email(String)
        case phone(String)

        /// What to send as the search text for an e-mail or phone (nil for an id).
        public var searchText: String? {
            switch self {
            case .id: return nil
            case .email(let e): return e
            case .phone(let p): return CaseChoices.digits(p)
            }
        }
    }

    /// `#123` or up to 7 digits is an id; text with an `@` is an e-mail; digits with `+`, spaces,
    /// `-`, `.`, `(` or `)`, or more than 7 bare digits, is a phone; anything else is nil.
    public static func contactKey(_ raw: String) -> ContactKey? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#") {
            let rest = text.dropFirst()
            guard !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit), let id = Int(rest), id > 0 else { return nil }
            return .id(id)
        }
        if text.contains("@") {
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: \.isWhitespace) else { return nil }
            return .email(text)
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || " +-.()".contains($0) }) else { return nil }
        let d = digits(text)
        guard !d.isEmpty else { return nil }
        if text.allSatisfy(\.isASCIIDigit), d.count <= maxBareIdDigits {
            guard let id = Int(d), id > 0 else { return nil }
            return .id(id)
        }
        return d.count >= 4 ? .phone(text) : nil
    }

    /// The contacts among search results that `key` names exactly (e-mail without regard to case,
    /// phone by its digits).
    public static func exact(_ contacts: [Contact], _ key: ContactKey) -> [Contact] {
        switch key {
        case .id(let id): return contacts.filter { $0.id == id }
        case .email(let e): return contacts.filter { $0.email?.caseInsensitiveCompare(e) == .orderedSame }
        case .phone(let p): return contacts.filter { $0.phone.map(digits) == digits(p) }
        }
    }

    /// The channels offered: the enabled ones (all of them when none is enabled).
    public static func offeredChannels(_ channels: [Channel]) -> [Channel] {
        let enabled = channels.filter(\.enabled)
        return enabled.isEmpty ? channels : enabled
    }

    /// The offered channel whose id or name is `text` (without regard to case).
    public static func channel(_ text: String, in channels: [Channel]) -> Pick<Channel> {
        let t = text.trimmingCharacters(in: .whitespaces)
        let offered = offeredChannels(channels)
        if let c = offered.first(where: { $0.id == t }) { return .one(c) }
        let named = offered.filter { $0.id.caseInsensitiveCompare(t) == .orderedSame || $0.name.caseInsensitiveCompare(t) == .orderedSame }
        return pick(named)
    }

    /// The agent named by id, e-mail or name. An exact id, e-mail or whole name wins; otherwise
    /// every agent whose name or e-mail contains the text (case- and accent-insensitively).
    public static func agent(_ text: String, in agents: [Agent]) -> Pick<Agent> {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return .none }
        let bare = t.hasPrefix("#") ? String(t.dropFirst()) : t
        if let id = Int(bare), bare.allSatisfy(\.isASCIIDigit) { return pick(agents.filter { $0.id == id }) }
        let f = fold(t)
        let exact = agents.filter { fold($0.name) == f || $0.email.map(fold) == f }
        if !exact.isEmpty { return pick(exact) }
        return pick(agents.filter { fold($0.name).contains(f) || ($0.email.map(fold)?.contains(f) ?? false) })
    }

    /// Only the ASCII digits of `text`.
    public static func digits(_ text: String) -> String {
        String(text.filter(\.isASCIIDigit))
    }

    private static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func pick<T>(_ items: [T]) -> Pick<T> {
        switch items.count {
        case 0: return .none
        case 1: return .one(items[0])
        default: return .several(items)
        }
    }
}
