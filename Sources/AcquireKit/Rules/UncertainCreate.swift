import Foundation

/// How a create whose outcome is uncertain is settled, the same for every face (the TUI, the line
/// mode and `create`): it is never resent by itself; the contact's case ids are listed before the
/// send (the baseline), the recent cases are looked up after it, and the one just sent is a case
/// that was not in the baseline, with the same text, created around the send time.
public enum UncertainCreate {
    /// Slack when matching a recent case against the send time (clocks differ).
    public static let slack: TimeInterval = 60
    /// How many of the contact's recent cases are looked through.
    public static let lookupLimit = 10

    /// Whether a failed create may still have created the case, so it must be looked up, not resent.
    public static func mayHaveCreated(_ error: AcquireError) -> Bool {
        switch error {
        case .uncertain, .uncertainContact, .cancelled, .serverError: return true
        default: return false
        }
    }

    /// Same title and message (trimmed), for the same contact, created at or after `sentAt` minus the slack.
    public static func isTheOneSent(_ record: CaseRecord, _ request: CreateCaseRequest, sentAt: Date?) -> Bool {
        func norm(_ t: String) -> String { t.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard norm(record.title) == norm(request.title), norm(record.description) == norm(request.message) else { return false }
        if let id = record.contactId, id != request.contactId { return false }
        guard let created = record.dateCreated ?? record.dateQueue else { return false }
        guard let sentAt else { return true }
        return created >= sentAt.addingTimeInterval(-slack)
    }

    /// The first of `cases` (newest first, as `recentCases` answers) that is the one sent: never a
    /// case whose id is in `knownBefore` (the contact's case ids listed just before the send), so an
    /// earlier case with the same text is never taken for this one. Without a baseline nothing is
    /// recognised: the case may exist and the agent is told so.
    public static func find(_ request: CreateCaseRequest, sentAt: Date?, in cases: [CaseRecord],
                            knownBefore: Set<Int>?) -> CaseRecord? {
        guard let knownBefore else { return nil }
        return cases.first { !knownBefore.contains($0.id) && isTheOneSent($0, request, sentAt: sentAt) }
    }

    /// The baseline from the contact's recent cases listed before a send.
    public static func baseline(_ cases: [CaseRecord]) -> Set<Int> { Set(cases.map(\.id)) }
}
