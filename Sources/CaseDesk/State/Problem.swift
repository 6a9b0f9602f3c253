/// Something that stops a case from being sent.
public enum Problem: Equatable, Sendable {
    case noContact, emptyTitle, emptyMessage
    case unknownChannel(String)

    /// The problem and the way to fix it.
    public var text: String {
        switch self {
        case .noContact: return "No contact chosen: Esc twice to search for one."
        case .emptyTitle: return "The title is empty: Esc, then type a title."
        case .emptyMessage: return "The message is empty: Esc, then Tab to the message."
        case .unknownChannel(let c): return "Channel \"\(c)\" is not offered by Acquire: Esc, then pick one."
        }
    }
}
