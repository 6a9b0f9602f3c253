import Foundation

/// Turns each HTTP request into a reply: checks the key, applies faults, serves the endpoint, journals.
struct SandboxRouter: Sendable {
    let directory: ContactDirectory
    let state: SandboxState
    let apiKey: String

    /// A request as the endpoints see it.
    struct Incoming {
        var endpoint: SandboxEndpoint
        var id: String?
        var query: [String: String]
        var whereClauses: [String]
        var body: Data
    }

    /// Handles one request end to end.
    func handle(_ request: LoopbackRequest) async -> Reply {
        let body = request.body
        var query: [String: String] = [:]
        for item in request.query {
            query[item.name] = query[item.name].map { "\($0),\(item.value)" } ?? item.value
        }
        let authorized = request.header("Authorization") == "Bearer \(apiKey)"
        var reply: Reply
        var latency = 0
        if !authorized {
            reply = .error(401, "Invalid or missing API key. Send it as \"Authorization: Bearer <key>\".")
        } else if let (endpoint, id) = SandboxEndpoint.route(method: request.method, path: request.path) {
            let incoming = Incoming(endpoint: endpoint, id: id, query: query,
                                    whereClauses: request.query.filter { $0.name == "where" }.map(\.value), body: body)
            let faults = await state.takeFaults(for: endpoint, subject: subject(of: incoming))
            for fault in faults {
                if case .latency(let ms) = fault.kind { latency += ms }
            }
            reply = await serve(incoming, faults: faults)
        } else {
            reply = .error(404, "No such endpoint: \(request.method) \(request.path)", type: "ERROR_NOT_FOUND")
        }
        await state.record(JournalEntry(
            method: request.method, path: request.path, query: query,
            body: String(decoding: body, as: UTF8.self), authorized: authorized,
            status: reply.drop ? 0 : reply.status, date: Date()))
        if latency > 0 {
            await LoopbackHTTPServer.pause(milliseconds: latency)
        }
        return reply
    }

    /// What a fault's `match` is compared with, per endpoint.
    private func subject(of incoming: Incoming) -> String? {
        switch incoming.endpoint {
        case .searchContacts: return searchText(incoming)
        case .shortcuts: return incoming.query["search"] ?? ""
        case .createCase: return incoming.query["contactId"]
        case .contact, .caseRecord: return incoming.id
        case .listCases: return incoming.whereClauses.joined(separator: ",")
        case .createContact: return contactEmail(incoming)
        default: return nil
        }
    }

    /// Serves the endpoint and lets the first non-latency, non-hostile fault spoil the answer.
    private func serve(_ incoming: Incoming, faults: [SandboxFault]) async -> Reply {
        let hostile = faults.contains { $0.kind == .hostileText }
        let failing = faults.first { fault in
            switch fault.kind {
            case .latency, .hostileText: return false
            default: return true
            }
        }
        // An error that happens before the server does any work: nothing is stored.
        if let failing, !failing.stored {
            switch failing.kind {
            case .status(let code, let retryAfter): return Self.faultError(code, retryAfter: retryAfter)
            case .badGatewayHTML: return .badGateway()
            default: break
            }
        }
        // An error body on HTTP 200 says nothing was done: nothing is stored, whatever `stored` says.
        if let failing, case .errorOn200(let code) = failing.kind { return .errorBody(code: code) }
        let renderer = Renderer(directory: directory, hostile: hostile, created: await state.createdContacts())
        let reply = await answer(incoming, renderer: renderer)
        guard let failing else { return reply }
        switch failing.kind {
        case .status(let code, let retryAfter): return Self.faultError(code, retryAfter: retryAfter)
        case .badGatewayHTML: return .badGateway()
        case .dropAfterRequest:
            var dropped = reply
            dropped.drop = true
            return dropped
        case .truncatedJSON: return reply.truncated()
        case .malformedJSON: return reply.malformed()
        case .latency, .hostileText: return reply
        case .errorOn200(let code): return .errorBody(code: code)
        }
    }

    private static func faultError(_ code: Int, retryAfter: String?) -> Reply {
        let messages = [401: "The API key was revoked.", 403: "You are not allowed to do this.",
                        404: "Record not found.", 429: "Too many requests, slow down.",
                        503: "Down for maintenance, back soon."]
        return .error(code, messages[code] ?? "Something went wrong on our side.", retryAfter: retryAfter)
    }

    /// The normal answer of each endpoint.
    private func answer(_ incoming: Incoming, renderer: Renderer) async -> Reply {
        switch incoming.endpoint {
        case .searchContacts: return search(incoming, renderer: renderer)
        case .listContacts: return await listContacts(incoming, renderer: renderer)
        case .contact: return await contact(incoming, renderer: renderer)
        case .agents: return .data(renderer.agents())
        case .departments: return .data(renderer.departments())
        case .channels: return .data(renderer.channels())
        case .shortcuts: return .data(renderer.shortcuts(search: incoming.query["search"] ?? ""))
        case .createCase: return await createCase(incoming, renderer: renderer)
        case .caseRecord: return await caseRecord(incoming, renderer: renderer)
        case .listCases: return await listCases(incoming, renderer: renderer)
        case .fieldDefinitions: return fieldDefinitions(incoming, renderer: renderer)
        case .createContact: return await createContact(incoming, renderer: renderer)
        case .all: return .error(404, "No such endpoint", type: "ERROR_NOT_FOUND")
        }
    }
}
