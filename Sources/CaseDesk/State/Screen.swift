/// The steps of the flow, in order.
public enum Screen: Equatable, Sendable {
    /// 1: search and pick a contact.
    case contact
    /// 1b: a contact that does not exist yet (name, email, phone, contact fields).
    case newContact
    /// 2: title, message, channel, agent.
    case compose
    /// 3: exactly what will be sent, and what is missing.
    case review
    /// The create request in flight, or its uncertain or failed outcome.
    case sending
    /// 4: the created case, the contact's fields and visits.
    case result

    /// The step number shown in the header (sending counts as review).
    public var step: Int {
        switch self {
        case .contact, .newContact: return 1
        case .compose: return 2
        case .review, .sending: return 3
        case .result: return 4
        }
    }
}

/// A box drawn over the current screen that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// All keys of the current screen (`?` / F1).
    case help
    /// Ctrl-C with unsent work: quit keeping the draft, discard and quit, or stay.
    case quitConfirm
    /// A draft from an earlier run: restore or discard.
    case draftOffer(Draft)
}
