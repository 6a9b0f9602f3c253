import AcquireKit

/// Something that stops a case from being sent.
public enum Problem: Equatable, Sendable {
    case noContact, emptyTitle, emptyMessage
    case unknownChannel(String)
    /// A case custom field: required and empty, or not in its format (the definition's own message).
    case field(FieldProblem)
    /// A restored draft's contact is being fetched again (it may have changed since the draft).
    case contactBeingChecked

    /// The problem and the way to fix it.
    public var text: String {
        switch self {
        case .noContact: return "No contact chosen: go back to step 1 and pick one."
        case .emptyTitle: return "The title is empty: go back and type a title."
        case .emptyMessage: return "The message is empty: go back and write one."
        case .unknownChannel(let c): return "Channel \"\(c)\" is not offered by Acquire: go back and pick one."
        case .field(let p): return p.sentence
        case .contactBeingChecked: return "The draft's contact is being fetched again from Acquire; sending waits for it."
        }
    }
}
