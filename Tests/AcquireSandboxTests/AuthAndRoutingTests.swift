import TestSupport
import Foundation
import Testing
@testable import AcquireSandbox

@Suite("Auth and routing")
struct AuthAndRoutingTests {
    @Test("every endpoint refuses a missing or wrong key with 401 and a JSON error")
    func keyRequired() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let paths = ["/api/v1/account/user", "/api/v1/crm/objects/contact", "/api/v1/crm/channel/all",
                     "/api/v1/crm/objects/case", "/api/v1/crm/objects/contact/1"]
        for path in paths {
            let missing = try await box.call("GET", path, key: .some(nil))
            #expect(missing.status == 401, "\(path)")
            #expect((missing.json as? [String: Any])?["type"] as? String == "ERROR_UNAUTHORIZED")
            let wrong = try await box.call("GET", path, key: "not-the-key")
            #expect(wrong.status == 401, "\(path)")
            let right = try await box.call("GET", path)
            #expect(right.status == 200, "\(path)")
        }
    }

    @Test("a generated key is random and long; a given key is used as is")
    func keys() async throws {
        let a = try await Sandbox.start(SandboxOptions(contacts: 1))
        let b = try await Sandbox.start(SandboxOptions(contacts: 1))
        let c = try await Sandbox.start(SandboxOptions(contacts: 1, apiKey: "fixed"))
        #expect(a.apiKey != b.apiKey)
        #expect(a.apiKey.count >= 32)
        #expect(c.apiKey == "fixed")
        #expect(a.baseURL.absoluteString == "http://127.0.0.1:\(a.port)")
        #expect(a.port != 0)
        for s in [a, b, c] { await s.stop() }
    }

    @Test("a taken port is reported as an error, not a hang")
    func portTaken() async throws {
        let first = try await Sandbox.start(SandboxOptions(contacts: 1))
        await #expect(throws: SandboxStartError.self) {
            _ = try await Sandbox.start(SandboxOptions(port: first.port, contacts: 1))
        }
        await first.stop()
    }

    @Test("unknown paths and wrong methods answer 404 with a JSON error")
    func unknownPath() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let unknown = try await box.call("GET", "/api/v1/nothing/here")
        #expect(unknown.status == 404)
        #expect((unknown.json as? [String: Any])?["message"] is String)
        let wrongMethod = try await box.call("DELETE", "/api/v1/account/user")
        #expect(wrongMethod.status == 404)
    }

    @Test("routing maps every documented path to its endpoint")
    func routes() {
        #expect(SandboxEndpoint.route(method: "POST", path: "/api/v1/crm/contact/list")?.0 == .searchContacts)
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/objects/contact")?.0 == .listContacts)
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/objects/contact/42")?.id == "42")
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/objects/case/7")?.0 == .caseRecord)
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/objects/case/")?.0 == .listCases)
        #expect(SandboxEndpoint.route(method: "POST", path: APIPath.createCase)?.0 == .createCase)
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/message-shortcut")?.0 == .shortcuts)
        #expect(SandboxEndpoint.route(method: "GET", path: "/api/v1/crm/objects/contact/1/x") == nil)
        #expect(SandboxEndpoint.route(method: "GET", path: APIPath.createCase) == nil)
    }
}
