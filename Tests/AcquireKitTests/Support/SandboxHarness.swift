import Foundation
import AcquireSandbox
import TestSupport
@testable import AcquireKit

/// A sandbox on a free loopback port with a real `AcquireClient` + `AsyncHTTPTransport` pointed at it.
struct SandboxHarness {
    let sandbox: Sandbox
    let client: AcquireClient

    /// The create path (the one spelling is `APIPath.createCase`).
    static let createPath = APIPath.createCase

    /// Starts a sandbox (keep-alive on, as by default) and a client with fast retries and a 60 s timeout
    /// (a loaded machine took over 10 s to answer; tests of timeouts pass their own).
    static func start(contacts: Int = 200, faults: [SandboxFault] = [], timeout: TimeInterval = 60,
                      attempts: Int = 3, retryAfterCap: TimeInterval = 5) async throws -> SandboxHarness {
        let sandbox = try await LoopbackSandbox.start(SandboxOptions(contacts: contacts, seed: 7, faults: faults))
        let client = AcquireClient(configuration: ClientConfiguration(
            baseURL: sandbox.baseURL, apiKey: APIKey(sandbox.apiKey), timeout: timeout,
            retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.02, retryAfterCap: retryAfterCap)),
            transport: AsyncHTTPTransport())
        return SandboxHarness(sandbox: sandbox, client: client)
    }

    /// Runs `body` with a fresh harness and stops the sandbox afterwards, also when `body` throws.
    static func with<T>(contacts: Int = 200, faults: [SandboxFault] = [], timeout: TimeInterval = 60,
                        attempts: Int = 3, retryAfterCap: TimeInterval = 5,
                        _ body: (SandboxHarness) async throws -> T) async throws -> T {
        let harness = try await start(contacts: contacts, faults: faults, timeout: timeout, attempts: attempts,
                                      retryAfterCap: retryAfterCap)
        do {
            let result = try await body(harness)
            await harness.sandbox.stop()
            return result
        } catch {
            await harness.sandbox.stop()
            throw error
        }
    }

    /// Replaces the sandbox's faults.
    func fault(_ faults: SandboxFault...) async {
        await sandbox.setFaults(faults)
    }

    /// How many create requests reached the sandbox.
    func creates() async -> Int {
        await sandbox.creates().count
    }

    /// How many requests to exactly `path` reached the sandbox.
    func requests(to path: String) async -> Int {
        await sandbox.journal().filter { $0.path == path }.count
    }

    /// A create request for `contactId` with a title that tells it apart.
    func draft(contactId: Int, title: String) -> CreateCaseRequest {
        CreateCaseRequest(contactId: contactId, title: title, message: "Zoë says:\nthe printer smokes 🔥",
                          channel: "chat", routeAgentId: 0, agentId: 0)
    }

    /// Whether the contact's recent cases include one with this title (settling an uncertain create).
    func stored(contactId: Int, title: String) async throws -> Bool {
        try await client.recentCases(contactId: contactId, limit: 20).contains { $0.title == title }
    }

    /// Whether the contact's recent cases hold no case with this title.
    func absent(contactId: Int, title: String) async throws -> Bool {
        try await !stored(contactId: contactId, title: title)
    }
}

/// Every String inside a value (found by reflection), with the name of the property that holds it.
func allStrings(in value: Any, label: String? = nil) -> [(label: String?, text: String)] {
    if let text = value as? String { return [(label, text)] }
    let mirror = Mirror(reflecting: value)
    return mirror.children.flatMap { child in
        allStrings(in: child.value, label: child.label.flatMap { $0 == "some" ? nil : $0 } ?? label)
    }
}
