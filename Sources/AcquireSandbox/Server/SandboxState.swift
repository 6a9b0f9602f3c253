import Foundation

/// The sandbox's mutable state: faults in force, cases, and the journal.
actor SandboxState {
    private var faults: [SandboxFault]
    private var cases: [StoredCase]
    private var casesByContact: [Int: [Int]] = [:]
    private var entries: [JournalEntry] = []
    private let file: JournalFile?

    init(faults: [SandboxFault], cases: [StoredCase], journalPath: String?) throws {
        self.faults = faults
        self.cases = cases
        self.file = try journalPath.map { try JournalFile(path: $0) }
        for (index, item) in cases.enumerated() { casesByContact[item.contactId, default: []].append(index) }
    }

    // MARK: Faults

    func setFaults(_ faults: [SandboxFault]) {
        self.faults = faults
    }

    /// The faults that apply to this request, in order; counted ones are used up.
    func takeFaults(for endpoint: SandboxEndpoint, subject: String?) -> [SandboxFault] {
        var taken: [SandboxFault] = []
        var kept: [SandboxFault] = []
        for var fault in faults {
            let endpointMatches = fault.endpoint == .all || fault.endpoint == endpoint
            let subjectMatches = fault.match.map { match in
                subject.map { TextFolding.fold($0) == TextFolding.fold(match) } ?? false
            } ?? true
            guard endpointMatches, subjectMatches else {
                kept.append(fault)
                continue
            }
            taken.append(fault)
            if let count = fault.count {
                fault.count = count - 1
                if count - 1 <= 0 { continue }
            }
            kept.append(fault)
        }
        faults = kept
        return taken
    }

    // MARK: Cases

    /// Stores a new case with the next id and returns it.
    func store(_ draft: StoredCase) -> StoredCase {
        var item = draft
        item.id = (cases.last?.id ?? 0) + 1
        item.threadId = item.id
        item.timelineId = item.id
        casesByContact[item.contactId, default: []].append(cases.count)
        cases.append(item)
        return item
    }

    /// The case with this id.
    func caseRecord(id: Int) -> StoredCase? {
        guard id >= 1, id <= cases.count, cases[id - 1].id == id else { return cases.first { $0.id == id } }
        return cases[id - 1]
    }

    /// Cases newest first, optionally of one contact and one status.
    func cases(contactId: Int?, status: String?) -> [StoredCase] {
        let pool: [StoredCase] = contactId.map { id in (casesByContact[id] ?? []).map { cases[$0] } } ?? cases
        return pool.filter { status == nil || $0.status == status }
            .sorted { ($0.created, $0.id) > ($1.created, $1.id) }
    }

    /// The newest case of a contact and how many it has.
    func latestCase(contactId: Int) -> (StoredCase?, Int) {
        let indices = casesByContact[contactId] ?? []
        return (indices.last.map { cases[$0] }, indices.count)
    }

    // MARK: Journal

    func record(_ entry: JournalEntry) {
        entries.append(entry)
        file?.append(entry)
    }

    func journal() -> [JournalEntry] {
        entries
    }

    func close() {
        file?.close()
    }
}
