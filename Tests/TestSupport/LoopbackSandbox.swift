import AcquireSandbox
import Foundation

/// The API paths tests name, each typed once.
public enum APIPath {
    public static let createCase = "/api/v1/crm/messenger/chat/create"
    public static let searchContacts = "/api/v1/crm/contact/list"
    public static let cases = "/api/v1/crm/objects/case"
}

/// The one sandbox harness of every test target: a sandbox on a free loopback port, stopped
/// when the test is done, and its journal read one way (by `JournalEntry.endpoint`).
public enum LoopbackSandbox {
    /// Starts a sandbox with `options` on a free port (whatever port the options name).
    public static func start(_ options: SandboxOptions) async throws -> Sandbox {
        var options = options
        options.port = 0
        return try await Sandbox.start(options)
    }

    /// Runs `body` with a fresh sandbox and stops it afterwards, also when `body` throws.
    public static func with<T>(_ options: SandboxOptions, _ body: (Sandbox) async throws -> T) async throws -> T {
        let sandbox = try await start(options)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }
}

extension Sandbox {
    /// The create-case requests the sandbox received, in order.
    public func creates() async -> [JournalEntry] {
        await requests(to: .createCase)
    }

    /// The requests to `endpoint` the sandbox received, in order.
    public func requests(to endpoint: SandboxEndpoint) async -> [JournalEntry] {
        await journal().filter { $0.endpoint == endpoint }
    }
}

extension JournalEntry {
    /// Whether this is a create-case request.
    public var isCreate: Bool { endpoint == .createCase }
    /// Whether this is a contact search.
    public var isSearch: Bool { endpoint == .searchContacts }

    /// The body parsed as a JSON object (nil when it is not one).
    public var jsonBody: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
    }

    /// The search text of a contact search, from its JSON body.
    public var searchText: String? {
        guard isSearch else { return nil }
        return jsonBody?["search"] as? String
    }
}
