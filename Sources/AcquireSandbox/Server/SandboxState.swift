import Foundation

/// The sandbox's mutable state: faults in force, cases, and the journal.
actor SandboxState {
    private var faults: [SandboxFault]
    private var cases: [StoredCase]
    private var casesByContact: [Int: [Int]] = [:]
    private var entries: [JournalEntry] = []
    private let file: JournalFile?
    private var created: [CreatedContact] = []
    /// The id the first created contact gets (after the generated ones).
    private let firstContactId: Int

    init(faults: [SandboxFault], cases: [StoredCase], journalPath: String?, firstContactId: Int = 1) throws {
        self.faults = faults
        self.cases = cases
        self.firstContactId = firstContactId
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
        if item.channel == "chat" { item.sessionId = StoredCase.sessionId(for: item.id) }
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

    /// A created contact that already has the email or phone.
    struct DuplicateContact: Error {
        var twin: CreatedContact
    }

    /// Why a reopen was refused.
    enum ReopenRefusal: Error, Equatable {
        case unknownThread
        case stillOpen(caseId: Int)
        case wrongSession(expected: Int)
    }

    /// Stores a case that reopens `threadId` of the draft's contact: a new id on the old thread,
    /// `parentId` = the thread, the thread's session. Refused unless the thread's latest case is closed.
    func reopen(_ draft: StoredCase, threadId: Int, sessionId: Int?) -> Result<StoredCase, ReopenRefusal> {
        let thread = (casesByContact[draft.contactId] ?? []).map { cases[$0] }.filter { $0.threadId == threadId }
        guard let latest = thread.max(by: { $0.id < $1.id }) else { return .failure(.unknownThread) }
        guard latest.status == "closed" else { return .failure(.stillOpen(caseId: latest.id)) }
        let known = thread.compactMap(\.sessionId).last
        if let sessionId, let known, sessionId != known { return .failure(.wrongSession(expected: known)) }
        var item = draft
        item.id = (cases.last?.id ?? 0) + 1
        item.threadId = threadId
        item.parentId = threadId
        item.timelineId = item.id
        item.sessionId = known ?? sessionId
        casesByContact[item.contactId, default: []].append(cases.count)
        cases.append(item)
        return .success(item)
    }

    // MARK: Contacts created since start

    /// Stores a new contact, unless one created since start has the same email or phone (that one is
    /// the failure). Checked and stored in one step, so two racing creates cannot both pass.
    func addContact(_ fields: [String: SentValue], now: Date) -> Result<CreatedContact, DuplicateContact> {
        let candidate = CreatedContact(id: firstContactId + created.count, fields: fields, created: now)
        if let twin = created.first(where: { candidate.isDuplicate(email: $0.email, phone: $0.phone) }) {
            return .failure(DuplicateContact(twin: twin))
        }
        created.append(candidate)
        return .success(candidate)
    }

    /// The created contact with this id.
    func createdContact(id: Int) -> CreatedContact? {
        let index = id - firstContactId
        return created.indices.contains(index) ? created[index] : nil
    }

    /// Every contact created since start, oldest first.
    func createdContacts() -> [CreatedContact] {
        created
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
