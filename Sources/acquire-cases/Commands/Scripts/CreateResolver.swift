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
        let contact = try await resolveContact(input.contact)
        let channel = try await resolveChannel(input.channel)
        var agentId = 0
        if let agent = input.agent { agentId = try await resolveAgent(agent) }
        let request = CreateCaseRequest(contactId: contact.id, title: input.title, message: input.message,
                                        channel: channel.id, routeAgentId: agentId)
        return Target(request: request, contact: contact)
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

    /// The agent must be exactly one of Acquire's agents.
    func resolveAgent(_ text: String) async throws -> Int {
        let agents = try await call { try await api.agents() }
        switch CaseChoices.agent(text, in: agents) {
        case .one(let a): return a.id
        case .none:
            throw ScriptFailure.usage("--agent: no agent matches \"\(Sanitizer.clean(text))\". Give an id, e-mail or name (`acquire-cases agents` lists them), or auto.")
        case .several(let many):
            let table = TextTable(headers: ["id", "name", "email"], rows: many.prefix(Self.maxCandidates).map { [String($0.id), $0.name, $0.email ?? ""] })
            throw ScriptFailure.usage("--agent: \(many.count) agents match \"\(Sanitizer.clean(text))\"; give one by id or e-mail:\n"
                                      + indent(table.lines) + more(many.count))
        }
    }

    /// Up to ten contacts as an indented table.
    func candidates(_ contacts: [Contact]) -> String {
        let rows = contacts.prefix(Self.maxCandidates).map { [String($0.id), $0.displayName, $0.email ?? "", $0.phone ?? ""] }
        return indent(TextTable(headers: ["id", "name", "email", "phone"], rows: rows).lines) + more(contacts.count)
    }

    private func indent(_ lines: [String]) -> String { lines.map { "  " + $0 }.joined(separator: "\n") }

    private func more(_ count: Int) -> String {
        count > Self.maxCandidates ? "\n  … and \(count - Self.maxCandidates) more" : ""
    }
}
