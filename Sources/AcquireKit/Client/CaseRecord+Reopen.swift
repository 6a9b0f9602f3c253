import Foundation

extension CaseRecord {
    /// Whether the case is closed (and so may be reopened).
    public var isClosed: Bool { status.lowercased() == "closed" }

    /// Why this case cannot be reopened for `contactId`, as a sentence (what + what to do); nil when it can.
    public func reopenProblem(forContact contactId: Int) -> String? {
        if let owner = self.contactId ?? contact?.id, owner != contactId {
            return "Case #\(id) belongs to contact #\(owner), not #\(contactId); choose one of this contact's cases."
        }
        guard isClosed else {
            let state = status.isEmpty ? "not closed" : "\(status), not closed"
            return "Case #\(id) is \(state); only a closed case can be reopened. Leave out the reopen to open a new case."
        }
        return nil
    }
}
