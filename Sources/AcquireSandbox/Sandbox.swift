import Foundation
import FlyingFox
import FlyingSocks

/// A local HTTP double of the Acquire API on 127.0.0.1, for demo mode and tests.
public final class Sandbox: Sendable {
    /// The port it listens on.
    public let port: UInt16
    /// `http://127.0.0.1:PORT`.
    public let baseURL: URL
    /// The Bearer key every request must carry.
    public let apiKey: String
    private let server: HTTPServer
    private let state: SandboxState
    private let task: Task<Void, any Error>

    private init(port: UInt16, apiKey: String, server: HTTPServer, state: SandboxState, task: Task<Void, any Error>) {
        self.port = port
        self.baseURL = URL(string: "http://127.0.0.1:\(port)")!
        self.apiKey = apiKey
        self.server = server
        self.state = state
        self.task = task
    }

    /// Generates the data, starts listening, and returns once requests are accepted.
    public static func start(_ options: SandboxOptions) async throws -> Sandbox {
        let directory = ContactDirectory(count: max(options.contacts, 0), seed: options.seed)
        let state = try SandboxState(faults: options.faults, cases: StoredCase.history(directory: directory),
                                     journalPath: options.journalPath, firstContactId: directory.contacts.count + 1)
        let key = options.apiKey ?? randomKey()
        let router = SandboxRouter(directory: directory, state: state, apiKey: key, keepAlive: options.keepAlive)
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port)
        let handler = ClosureHTTPHandler { request in await router.handle(request) }
        let server = HTTPServer(address: address, timeout: 3_600, logger: .disabled, handler: handler)
        let failure = StartFailure()
        let task = Task {
            do { try await server.run() } catch {
                await failure.set("\(error)")
                throw error
            }
        }
        // Wait until listening, or until run() fails (port taken), at most 10 s.
        let deadline = Date().addingTimeInterval(10)
        while await !server.isListening {
            let reason = await failure.reason
            if reason != nil || Date() > deadline {
                task.cancel()
                await state.close()
                throw SandboxStartError(reason: "cannot listen on 127.0.0.1:\(options.port): \(reason ?? "timed out")")
            }
            try? await Task.sleep(nanoseconds: 2_000_000)
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw SandboxStartError(reason: "no listening address")
        }
        return Sandbox(port: port, apiKey: key, server: server, state: state, task: task)
    }

    /// Replaces the faults in force.
    public func setFaults(_ faults: [SandboxFault]) async {
        await state.setFaults(faults)
    }

    /// Every request received so far, in order of arrival.
    public func journal() async -> [JournalEntry] {
        await state.journal()
    }

    /// Stops listening, drops open connections, closes the journal file.
    public func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
        _ = try? await task.value
        await state.close()
    }

    private static func randomKey() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "sbx_" + String((0..<40).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}

/// Why the server task ended before listening, if it did.
private actor StartFailure {
    var reason: String?
    func set(_ reason: String) { self.reason = reason }
}

/// The sandbox could not start listening.
public struct SandboxStartError: Error, CustomStringConvertible {
    /// Why.
    public var reason: String
    public var description: String { "sandbox: \(reason)" }
}
