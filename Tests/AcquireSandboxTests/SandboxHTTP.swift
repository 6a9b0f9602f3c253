import Foundation
import AcquireKit
@testable import AcquireSandbox
import TestSupport

/// One answer from the sandbox, read over real HTTP.
struct Answer {
    var status: Int
    var headers: [String: String]
    var data: Data

    /// The body parsed as JSON (nil if it is not JSON).
    var json: Any? { try? JSONSerialization.jsonObject(with: data) }
    /// `json["data"]` as an object.
    var object: [String: Any]? { (json as? [String: Any])?["data"] as? [String: Any] }
    var text: String { String(decoding: data, as: UTF8.self) }
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A sandbox started for one test, with helpers to call it over loopback.
struct TestSandbox {
    let sandbox: Sandbox
    /// A fresh transport per test: no connection is shared between tests.
    let transport = AsyncHTTPTransport()

    static func start(contacts: Int = 300, seed: UInt64 = 1, journalPath: String? = nil,
                      faults: [SandboxFault] = [], keepAlive: Bool = true) async throws -> TestSandbox {
        TestSandbox(sandbox: try await LoopbackSandbox.start(SandboxOptions(
            contacts: contacts, seed: seed, apiKey: nil, journalPath: journalPath, faults: faults, keepAlive: keepAlive)))
    }

    /// Calls `method path?query` with the sandbox's key (or `key`), and an optional body.
    func call(_ method: String, _ path: String, query: [String: String] = [:], body: Data? = nil,
              key: String?? = .none) async throws -> Answer {
        var components = URLComponents(url: sandbox.baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        if !query.isEmpty { components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) } }
        var headers: [String: String] = [:]
        let usedKey: String? = key ?? sandbox.apiKey
        if let usedKey { headers["Authorization"] = "Bearer \(usedKey)" }
        if body != nil { headers["Content-Type"] = "application/json" }
        // A create goes out at most once, as the app sends it.
        let once = method == "POST" && path.hasSuffix("/create")
        let answer = try await transport.send(AcquireKit.HTTPRequest(method: method, url: components.url!, headers: headers,
                                                                     body: body, timeout: 120, isIdempotent: !once))
        return Answer(status: answer.status, headers: answer.headers, data: answer.body)
    }

    /// `POST /api/v1/crm/contact/list` with the documented body.
    func search(_ text: String, page: Int = 0, limit: Int = 20) async throws -> Answer {
        let body = try JSONSerialization.data(withJSONObject: ["payload": [String: Any](), "page": page, "limit": limit,
                                                               "search": text])
        return try await call("POST", "/api/v1/crm/contact/list", body: body)
    }

    /// `POST /api/v1/crm/messenger/chat/create?contactId=` with a title and message.
    func create(contactId: String, title: String = "Printer on fire", message: String = "Please help") async throws -> Answer {
        let body = try JSONSerialization.data(withJSONObject: [
            "title": title, "source": "firstMessage", "mentionUsers": [String](),
            "message": ["type": "message", "message": message, "translateLangKey": ""], "channel": "chat",
            "routeAgentId": 0, "agentId": 0, "isFromCobrowse": false, "fields": [String: Any](),
        ] as [String: Any])
        return try await call("POST", APIPath.createCase, query: ["contactId": contactId], body: body)
    }

    /// The contact's cases, newest first, as the case list answers them.
    func cases(contactId: Int) async throws -> [[String: Any]] {
        let answer = try await call("GET", "/api/v1/crm/objects/case", query: ["where": "contactId|eq|\(contactId)", "limit": "50"])
        return answer.object?["data"] as? [[String: Any]] ?? []
    }

    func stop() async {
        await sandbox.stop()
    }
}

/// Waits until `condition` holds, polling every 10 ms, for at most `seconds`; returns whether it held.
func eventually(within seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    return try await condition()
}
