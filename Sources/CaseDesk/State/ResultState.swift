import AcquireKit
import TerminalUI

/// The panes of the result screen, in Tab order.
public enum ResultPane: Int, Equatable, Sendable, CaseIterable {
    case details, fields, visits
}

/// Step 4: the created case and the contact it was created for.
public struct ResultState: Equatable, Sendable {
    public var record: CaseRecord
    /// The contact with fields and visits (from the answer, or loaded earlier).
    public var contact: Contact?
    /// Set when the case was found by looking up recent cases after an uncertain create.
    public var confirmedByLookup: Bool
    /// The agent the case was routed to, as the agent asked (nil: automatic routing).
    public var routedTo: String?
    /// How the first entry was sent (the case record does not say).
    public var sentAs = MessageType.message
    /// The names of the agents mentioned in the message, as sent.
    public var mentioned: [String] = []
    /// The closed case this one reopened, if any.
    public var reopened: Int?
    public var focus: ResultPane = .details
    /// The token of the contact load asked for when the answer carried no contact.
    public var contactToken: Int?
    public var detailsScroll = ScrollState()
    public var fieldsScroll = ScrollState()
    public var visitsScroll = ScrollState()

    /// The scroll position of one pane (the view reads it, the update moves it).
    public subscript(scroll pane: ResultPane) -> ScrollState {
        get {
            switch pane {
            case .details: return detailsScroll
            case .fields: return fieldsScroll
            case .visits: return visitsScroll
            }
        }
        set {
            switch pane {
            case .details: detailsScroll = newValue
            case .fields: fieldsScroll = newValue
            case .visits: visitsScroll = newValue
            }
        }
    }

    /// The contact the panes show: the one loaded after the create, else the one in its answer.
    public var shownContact: Contact? { contact ?? record.contact }

    public init(record: CaseRecord, contact: Contact?, confirmedByLookup: Bool = false) {
        self.record = record
        self.contact = contact
        self.confirmedByLookup = confirmedByLookup
    }
}
