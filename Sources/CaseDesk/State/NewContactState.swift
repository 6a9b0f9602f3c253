import AcquireKit
import TerminalUI

/// Where the "New contact" form stands.
public enum NewContactPhase: Equatable, Sendable {
    /// Being filled in; `showProblems` once the agent tried to create with something wrong.
    case editing(showProblems: Bool)
    /// The email and phone are being searched before creating (`token` marks the answer).
    case checking(token: Int)
    /// Contacts that already have the email or phone: offered instead of creating another.
    case matches([Contact])
    /// The create is in flight (sent once, never retried).
    case creating
    /// The create's outcome was uncertain: the email and phone are being searched to settle it.
    case settling(AcquireError, token: Int)
    /// The search did not find the contact: it may or may not exist. Never sent again by itself.
    case notSettled(AcquireError, lookupError: AcquireError?)
    /// The create (or the check before it) failed; nothing was created.
    case failed(AcquireError)
}

/// The "New contact" screen: name, email, phone and the contact custom fields.
public struct NewContactState: Equatable, Sendable {
    public var form = FieldForm()
    public var phase = NewContactPhase.editing(showProblems: false)
    /// The selection over the matches offered.
    public var matchList = ListState()
    /// The request that was (last) sent.
    public var request: ContactCreateRequest?
    /// Contacts that had the email or phone before the create (never taken as the one created).
    public var existingIDs: Set<Int> = []

    public init(form: FieldForm = FieldForm()) { self.form = form }

    /// A form started from a search that found nobody: an e-mail address goes to Email, a number
    /// to Phone, anything else to Name.
    public static func prefilled(from query: String) -> NewContactState {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return NewContactState() }
        let key: String
        if q.contains("@") {
            key = "email"
        } else if q.filter(\.isNumber).count >= 5, q.allSatisfy({ $0.isNumber || " +-().".contains($0) }) {
            key = "phone"
        } else {
            key = "name"
        }
        var s = NewContactState(form: FieldForm(values: [key: .text(q)]))
        s.form.editor = TextField(key == "name" ? q : "")
        return s
    }

    /// True while a request is in flight.
    public var isBusy: Bool {
        switch phase {
        case .checking, .creating, .settling: return true
        default: return false
        }
    }
}
