import Foundation

extension SandboxRouter {
    /// The JSON object of a request body ([:] when empty), or nil when it is not one.
    static func object(_ body: Data) -> [String: Any]? {
        if body.isEmpty { return [:] }
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }

    /// `POST /api/v1/crm/messenger/chat/create?contactId=`: a new case, or with `threadId` (and
    /// `sessionId`) a reopened one: a new case id on the old thread.
    func createCase(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        guard let raw = incoming.query["contactId"], !raw.isEmpty else {
            return .error(400, "contactId is required.")
        }
        guard let contactId = Int(raw), contactId > 0 else {
            return .error(400, "contactId must be a positive integer, not \"\(raw)\".")
        }
        let known = directory.contact(id: contactId)
        guard known != nil || renderer.createdContact(id: contactId) != nil else {
            return .error(400, "Contact \(contactId) does not exist.", type: "ERROR_RECORD_NOT_FOUND")
        }
        guard let body = Self.object(incoming.body) else { return .error(400, "The body must be a JSON object.") }
        let channel = (body["channel"] as? String) ?? "chat"
        guard SandboxAgents.channels.contains(where: { $0.id == channel }) else {
            return .error(400, "Unknown channel \"\(channel)\".")
        }
        let agentId = Self.integer(body["agentId"]) ?? 0
        let routeAgentId = Self.integer(body["routeAgentId"]) ?? 0
        for agent in [agentId, routeAgentId] where agent != 0 && !SandboxAgents.ids.contains(agent) {
            return .error(400, "Unknown agent \(agent).", type: "ERROR_RECORD_NOT_FOUND")
        }
        let messageObject = body["message"] as? [String: Any]
        let message = messageObject?["message"] as? String ?? (body["message"] as? String) ?? ""
        let messageType = messageObject?["type"] as? String ?? "message"
        guard ["message", "note"].contains(messageType) else {
            return .error(400, "message.type must be \"message\" or \"note\", not \"\(messageType)\".")
        }
        let mentions: [String]
        switch Self.mentions(body["mentionUsers"]) {
        case .success(let list): mentions = list
        case .failure(let refusal): return refusal.reply
        }
        let fields: [String: SentValue]
        switch Self.checkFields(body["fields"], object: "case") {
        case .success(let checked): fields = checked
        case .failure(let refusal): return refusal.reply
        }
        let threadId = Self.integer(body["threadId"])
        let sessionId = Self.integer(body["sessionId"])
        if body["threadId"] != nil, body["threadId"] is NSNull == false, threadId == nil {
            return .error(400, "threadId must be an integer.")
        }
        if sessionId != nil, threadId == nil {
            return .error(400, "sessionId goes with threadId (reopening a closed case).")
        }
        let visits = known?.visitCount ?? 0
        var draft = StoredCase(
            id: 0, threadId: 0, contactId: contactId, title: (body["title"] as? String) ?? "", description: message,
            channel: channel, status: "active", created: Date(),
            userId: agentId != 0 ? agentId : (routeAgentId != 0 ? routeAgentId : nil),
            visitId: visits > 0 ? contactId * 256 + visits - 1 : nil, timelineId: 0, fields: fields,
            mentionUsers: mentions)
        draft.messageType = messageType
        guard let threadId else {
            return .data(renderer.createdCase(await state.store(draft)))
        }
        switch await state.reopen(draft, threadId: threadId, sessionId: sessionId) {
        case .success(let stored): return .data(renderer.createdCase(stored))
        case .failure(.unknownThread):
            return .error(400, "Contact \(contactId) has no case on thread \(threadId).")
        case .failure(.stillOpen(let caseId)):
            return .error(400, "Case \(caseId) on thread \(threadId) is not closed; only a closed case can be reopened.")
        case .failure(.wrongSession(let expected)):
            return .error(400, "sessionId does not belong to thread \(threadId) (its session is \(expected)).")
        }
    }

    /// A refusal of a request body, as the reply to send.
    struct Refusal: Error {
        var reply: Reply
    }

    /// `mentionUsers`: agent ids (strings or numbers); "0"/"00" (the documented example) mean nobody.
    static func mentions(_ raw: Any?) -> Result<[String], Refusal> {
        guard let raw, !(raw is NSNull) else { return .success([]) }
        guard let items = raw as? [Any] else { return .failure(Refusal(reply: .error(400, "mentionUsers must be a list of user ids."))) }
        var out: [String] = []
        for item in items {
            let text = (item as? String) ?? (item as? NSNumber)?.stringValue ?? "\(item)"
            guard let id = Int(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(Refusal(reply: .error(400, "mentionUsers holds \"\(text)\", which is not a user id.")))
            }
            guard id == 0 || SandboxAgents.ids.contains(id) else {
                return .failure(Refusal(reply: .error(400, "Unknown user \(id) in mentionUsers.")))
            }
            out.append(text)
        }
        return .success(out)
    }

    /// `fields` checked against the served definitions of `object`: known keys only; radio values among
    /// the options; checkbox values a list of options (one option as a string is taken too); department
    /// values a department id; email-format values e-mail addresses. Empty values are dropped. Required
    /// fields are not enforced (a form's job; clients that send no fields keep working).
    static func checkFields(_ raw: Any?, object: String) -> Result<[String: SentValue], Refusal> {
        func refuse(_ message: String) -> Result<[String: SentValue], Refusal> {
            .failure(Refusal(reply: .error(400, message)))
        }
        guard let raw, !(raw is NSNull) else { return .success([:]) }
        guard let given = raw as? [String: Any] else { return refuse("fields must be an object keyed by field key.") }
        var out: [String: SentValue] = [:]
        for key in given.keys.sorted() {
            guard let spec = SandboxFields.spec(object: object, key: key) else {
                return refuse("Unknown \(object) field \"\(key)\"; the \(object) fields are: \(SandboxFields.keys(object: object).joined(separator: ", ")).")
            }
            guard let value = SentValue(json: given[key]!) else {
                if given[key] is NSNull { continue }
                return refuse("Field \"\(key)\" must be text or a list of texts.")
            }
            if value.isEmpty { continue }
            let label = "\(spec.label) (\(key))"
            switch (spec.input ?? "", value) {
            case ("radio", .text(let choice)):
                guard spec.options.contains(choice) else {
                    return refuse("\"\(choice)\" is not an option of \(label); the options are: \(spec.options.joined(separator: ", ")).")
                }
            case ("radio", .list):
                return refuse("\(label) takes one option as a string, not a list.")
            case ("checkbox", _):
                if let stray = value.texts.first(where: { !spec.options.contains($0) }) {
                    return refuse("\"\(stray)\" is not an option of \(label); the options are: \(spec.options.joined(separator: ", ")).")
                }
            case ("department", .text(let id)):
                guard let number = Int(id), SandboxAgents.departments.contains(where: { $0.id == number }) else {
                    return refuse("\(label) wants a department id; \"\(id)\" is not one.")
                }
            case (_, .list):
                return refuse("\(label) takes text, not a list.")
            default:
                break
            }
            if spec.email, case .text(let text) = value, !looksLikeEmail(text) {
                return refuse(spec.validationMessage ?? "\(label) must be an e-mail address.")
            }
            out[key] = value
        }
        return .success(out)
    }

    /// The sandbox's e-mail check: something@something.tld without blanks.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
