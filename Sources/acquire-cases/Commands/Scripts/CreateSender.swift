import AcquireKit
import Foundation

/// Sends the one create and settles an uncertain answer by looking, never by sending again.
struct CreateSender {
    let api: any AcquireAPI
    let output: CreateOutput.Style

    func send(_ target: CreateResolver.Target) async throws {
        let request = target.request
        let api = self.api
        // The contact's case ids before the send: an uncertain answer is settled only by a case not among them.
        let knownBefore: Set<Int>
        do {
            knownBefore = UncertainCreate.baseline(try await api.recentCases(contactId: request.contactId, limit: UncertainCreate.lookupLimit))
        } catch {
            let e = acquireError(from: error)
            throw ScriptFailure("Nothing was sent: the contact's cases could not be listed first. " + e.message + " " + e.advice,
                                status: ExitStatus.of(e))
        }
        let sentAt = Date()
        let task = Task { try await api.createCase(request) }
        // Ctrl-C while it is in flight cancels it and looks it up; a second Ctrl-C leaves at once.
        let notConfirmed = Self.notConfirmed(request.contactId)
        let watch = InterruptWatch(first: { _ in task.cancel() }, again: { sig in
            printError(notConfirmed)
            exit(128 + sig)
        })
        defer { watch.stop() }
        do {
            let record = try await task.value
            print(CreateOutput.created(record, contact: target.contact, style: output))
        } catch {
            let e = acquireError(from: error)
            guard UncertainCreate.mayHaveCreated(e) else { throw ScriptFailure(e) }
            printError(e.message + " " + e.advice)
            try await settle(request, contact: target.contact, sentAt: sentAt, knownBefore: knownBefore)
        }
    }

    /// The line for a create that may exist.
    static func notConfirmed(_ contactId: Int) -> String {
        "not confirmed: case may exist for #\(contactId); check before creating again"
    }

    /// Looks for the case among the contact's recent cases: found (exit 0) or not confirmed (exit 3).
    func settle(_ request: CreateCaseRequest, contact: Contact, sentAt: Date, knownBefore: Set<Int>) async throws {
        let notConfirmed = Self.notConfirmed(request.contactId)
        let cases: [CaseRecord]
        do { cases = try await api.recentCases(contactId: request.contactId, limit: UncertainCreate.lookupLimit) } catch let e as AcquireError {
            throw ScriptFailure("The recent cases could not be read: " + e.message + "\n" + notConfirmed, status: ExitStatus.notConfirmed)
        }
        guard let found = UncertainCreate.find(request, sentAt: sentAt, in: cases, knownBefore: knownBefore) else {
            throw ScriptFailure(notConfirmed, status: ExitStatus.notConfirmed)
        }
        print(CreateOutput.found(found, contact: contact, style: output))
    }
}

/// How `create` reports the case it made.
enum CreateOutput {
    enum Style { case line, json, quiet }

    static func created(_ record: CaseRecord, contact: Contact, style: Style) -> String {
        switch style {
        case .line: return "created: case #\(record.id) for \(Sanitizer.clean(contact.displayName)) (#\(contact.id))"
        case .json: return json(record, contact: contact)
        case .quiet: return String(record.id)
        }
    }

    static func found(_ record: CaseRecord, contact: Contact, style: Style) -> String {
        style == .line ? "created: case #\(record.id) (found)" : created(record, contact: contact, style: style)
    }

    /// One JSON object: id, threadId, status, channel, title, contact {id, name}, created (ISO 8601 or null).
    static func json(_ record: CaseRecord, contact: Contact) -> String {
        let object: [String: JSONOut] = [
            "id": .int(record.id),
            "threadId": record.threadId.map(JSONOut.int) ?? .null,
            "status": .string(record.status),
            "channel": .string(record.channel),
            "title": .string(record.title),
            "contact": .object(["id": .int(contact.id), "name": .string(contact.displayName)]),
            "created": (record.dateCreated ?? record.dateQueue).map { .string(JSONOut.iso($0)) } ?? .null,
        ]
        return JSONOut.object(object).text
    }
}
