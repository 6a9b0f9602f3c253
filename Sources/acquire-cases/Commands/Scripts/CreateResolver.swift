import AcquireKit
import Foundation
import LineMode

/// Looks up what `create`'s flags name (the contact, the channel, the agent); every read happens
/// here, before the create, and any doubt ends the command with exit 2.
struct CreateResolver {
    let api: any AcquireAPI
    /// The most candidates listed when a flag matches several.
    static let maxCandidates = 10

    /// The request to send and the contact it is for.
    struct Target {
        var request: CreateCaseRequest
        var contact: Contact
    }

    func resolve(_ input: CreateInput) async throws -> Target {
        var reopened: CaseRecord?
        if let id = input.reopen { reopened = try await closedCase(id) }
        guard let key = input.contact ?? reopened?.contactId.map(CaseChoices.ContactKey.id) else {
            throw ScriptFailure.usage("--reopen: case #\(input.reopen ?? 0) names no contact; give --contact too.")
        }
        let contact = try await resolveContact(key)
        if let r = reopened, let owner = r.contactId, owner != contact.id {
            throw ScriptFailure.usage("--reopen: case #\(r.id) belongs to contact #\(owner), not to #\(contact.id). Leave --contact out, or give the right case.")
        }
        let channel = try await resolveChannel(input.channel)
        var agents = AgentList(api: api)
        var agentId = 0
        if let agent = input.agent { agentId = try await agents.pick(agent, flag: "--agent") }
        var mentioned: [Int] = []
        for m in input.mentions { mentioned.append(try await agents.pick(m, flag: "--mention")) }
        let fields = try await CreateFields(api: api).resolve(input.fields)
        var request = CreateCaseRequest(contactId: contact.id, title: input.title, message: input.message,
                                        channel: channel.id, routeAgentId: agentId,
                                        mentionUsers: CreateCaseRequest.mentionIDs(mentioned), fields: fields,
                                        messageType: input.note ? .note : .message)
        if let reopened { request = request.reopening(reopened) }
        return Target(request: request, contact: contact)
    }

    /// The case to reopen: it must exist and be closed.
    func closedCase(_ id: Int) async throws -> CaseRecord {
        let record: CaseRecord
        do { record = try await api.caseRecord(id: id) } catch AcquireError.notFound {
            throw ScriptFailure.usage("--reopen: Acquire has no case #\(id). Check the id.")
        } catch let e as AcquireError { throw ScriptFailure(e) }
        guard record.isClosed else {
            throw ScriptFailure.usage("--reopen: case #\(id) is \(Sanitizer.clean(record.status)), not closed; only a closed case can be reopened. Leave --reopen out to open a new case.")
        }
        return record
    }

    /// An id is fetched; an e-mail or phone is searched and must match exactly one contact.
    func resolveContact(_ key: CaseChoices.ContactKey) async throws -> Contact {
        if case .id(let id) = key {
            do { return try await api.contact(id: id) } catch AcquireError.notFound {
                throw ScriptFailure.usage("--contact: Acquire has no contact #\(id). Check the id (`acquire-cases contacts TEXT` finds them); a phone number needs a leading + or more than 7 digits.")
            } catch let e as AcquireError { throw ScriptFailure(e) }
        }
        let text = key.searchText ?? ""
        let page = try await call { try await api.searchContacts(text, page: 0, limit: 50) }
        let exact = CaseChoices.exact(page.contacts, key)
        if exact.count == 1 { return exact[0] }
        let shown = Sanitizer.clean(text)
        if exact.count > 1 {
            throw ScriptFailure.usage("--contact: \(exact.count) contacts have \"\(shown)\"; give one by id (--contact ID):\n" + candidates(exact))
        }
        if page.contacts.isEmpty {
            throw ScriptFailure.usage("--contact: no contact has \"\(shown)\". Check it, or find the contact with `acquire-cases contacts TEXT`.")
        }
        throw ScriptFailure.usage("--contact: no contact has exactly \"\(shown)\"; these match in part (give one by id):\n" + candidates(page.contacts))
    }

    /// The channel must be one Acquire offers.
    func resolveChannel(_ id: String) async throws -> Channel {
        let channels = try await call { try await api.channels() }
        if case .one(let c) = CaseChoices.channel(id, in: channels) { return c }
        let offered = CaseChoices.offeredChannels(channels).map(\.id).joined(separator: ", ")
        throw ScriptFailure.usage("--channel: Acquire offers no channel \"\(Sanitizer.clean(id))\". Use one of: \(offered).")
    }

    /// Up to ten contacts as an indented table.
    func candidates(_ contacts: [Contact]) -> String {
        let rows = contacts.prefix(Self.maxCandidates).map { [String($0.id), $0.displayName, $0.email ?? "", $0.phone ?? ""] }
        return indent(TextTable(headers: ["id", "name", "email", "phone"], rows: rows).lines) + more(contacts.count)
    }

}

/// Lines of a table, indented under the sentence they illustrate.
func indent(_ lines: [String]) -> String { lines.map { "  " + $0 }.joined(separator: "\n") }

/// "… and N more" when a list was cut to `CreateResolver.maxCandidates`.
func more(_ count: Int) -> String {
    count > CreateResolver.maxCandidates ? "\n  … and \(count - CreateResolver.maxCandidates) more" : ""
}
