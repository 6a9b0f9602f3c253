import Foundation

/// A case the sandbox knows: generated at start or created through the API.
struct StoredCase: Sendable {
    var id: Int
    var threadId: Int
    var contactId: Int
    var title: String
    var description: String
    var channel: String
    var status: String
    var created: Date
    /// The agent it was routed to, if any.
    var userId: Int?
    var visitId: Int?
    var timelineId: Int
    /// Custom case fields as sent, by key.
    var fields: [String: SentValue]
    var mentionUsers: [String]
    /// `message.type` of the first entry: "message" or "note".
    var messageType: String = "message"
    /// A reopened case: the thread it continues (`parentId` in answers).
    var parentId: Int? = nil
    /// `meta.sessionId`: chat cases have one.
    var sessionId: Int? = nil

    /// The chat session of a case (numbers beyond 32 bits, as in case-reopen.request.json).
    static func sessionId(for caseId: Int) -> Int {
        3_711_000_000 + caseId * 7_919
    }

    /// Cases that exist before start: 0 to 3 for each of the first 300 contacts, from the seed.
    static func history(directory: ContactDirectory) -> [StoredCase] {
        var cases: [StoredCase] = []
        let titles = ["Refund request", "Can't log in", "Invoice #2231 wrong amount", "Ünïcödé in my name breaks export",
                      "配送について", "مشكلة في الدفع", "test : ", "Upgrade to Pro"]
        for record in directory.contacts.prefix(300) {
            var rng = SeededRandom(seed: directory.seed ^ 0xCA5E, stream: UInt64(record.id))
            var date = SandboxClock.date(record.created)
            for _ in 0..<rng.int(0...3) {
                date = date.addingTimeInterval(TimeInterval(rng.int(3_600...(60 * 86_400))))
                let id = cases.count + 1
                cases.append(StoredCase(
                    id: id, threadId: id, contactId: record.id, title: rng.pick(titles),
                    description: rng.pick(["", "hi", "Please call me back.", "Der Link funktioniert nicht."]),
                    channel: rng.pick(["chat", "chat", "mail", "sms"]), status: rng.pick(["active", "closed", "closed"]),
                    created: date, userId: rng.chance(0.5) ? rng.pick(SandboxAgents.ids) : nil, visitId: nil,
                    timelineId: id, fields: [:], mentionUsers: []))
            }
        }
        return cases.sorted { $0.created < $1.created }.enumerated().map { index, item in
            var item = item
            item.id = index + 1
            item.threadId = index + 1
            item.timelineId = index + 1
            if item.channel == "chat" { item.sessionId = sessionId(for: item.id) }
            return item
        }
    }
}
