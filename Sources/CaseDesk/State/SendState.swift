import AcquireKit
import Foundation

/// Where a create request stands.
public enum SendPhase: Equatable, Sendable {
    /// Nothing sent yet (or the last attempt is over and dealt with).
    case idle
    /// The request is in flight; `cancelRequested` once the agent asked to cancel.
    case inFlight(cancelRequested: Bool)
    /// The outcome was uncertain: the contact's recent cases are being looked up.
    case checking(AcquireError)
    /// The lookup did not find the case: it may exist. Resend only on an explicit key.
    case notConfirmed(AcquireError, lookupError: AcquireError?)
    /// The create failed without being created (or was refused); the error to show.
    case failed(AcquireError)
}

/// Step 3b: the request in flight and what came of it.
public struct SendState: Equatable, Sendable {
    public var phase: SendPhase = .idle
    /// The request that was (last) sent.
    public var request: CreateCaseRequest?
    /// When it was sent, as the runtime reported it (for finding it among recent cases).
    public var sentAt: Date?
    /// The spinner frame, advanced by the spinner timer while in flight.
    public var spinnerFrame = 0
    /// Seconds left before a retry is allowed (429/503 with Retry-After), at most `longestWait`.
    public var countdown = 0
    /// What the server asked for when it was more than `longestWait` (the agent is told).
    public var askedWait: Int?
    /// The longest a Retry-After blocks the agent: 10 minutes; after that `r` and Enter work again.
    public static let longestWait = 600
    /// An earlier send of this form was not confirmed: the case may already exist.
    public var unconfirmed = false
    /// The contact's case ids listed just before this send (nil while they are being listed:
    /// the create leaves only once they are here).
    public var knownBefore: Set<Int>?
    /// A create left and its outcome is not known: kept in every draft saved until it is settled.
    public var unsettled: SentMarker?

    public init() {}

    /// True while the request is in flight or its outcome is being checked.
    public var isBusy: Bool {
        switch phase {
        case .inFlight, .checking: return true
        default: return false
        }
    }

    /// True when the `r` key may send again.
    public var retryAllowed: Bool {
        switch phase {
        case .notConfirmed: return true
        case .failed(let e):
            switch e {
            case .unauthorized, .forbidden, .invalidInput, .notConfigured, .invalidAccount: return false
            default: return countdown == 0
            }
        default: return false
        }
    }
}
