import Foundation

/// A local HTTP double of the Acquire API on 127.0.0.1, for demo mode and tests.
public final class Sandbox: Sendable {
    /// The port it listens on.
    public let port: UInt16
    /// `http://127.0.0.1:PORT`.
    public let baseURL: URL
    /// The Bearer key every request must carry.
    public let apiKey: String
    private let listener: LoopbackHTTPServer
    private let state: SandboxState

    private init(apiKey: String, listener: LoopbackHTTPServer, state: SandboxState) {
        self.port = listener.port
        self.baseURL = URL(string: "http://127.0.0.1:\(listener.port)")!
        self.apiKey = apiKey
        self.listener = listener
        self.state = state
    }

    /// Generates the data, starts listening, and returns once requests are accepted.
    public static func start(_ options: SandboxOptions) async throws -> Sandbox {
        let directory = ContactDirectory(count: max(options.contacts, 0), seed: options.seed)
        let state = try SandboxState(faults: options.faults, cases: StoredCase.history(directory: directory),
                                     journalPath: options.journalPath, firstContactId: directory.contacts.count + 1)
        let key = options.apiKey ?? randomKey()
        let router = SandboxRouter(directory: directory, state: state, apiKey: key)
        do {
            let listener = try await LoopbackHTTPServer.start(port: options.port, keepAlive: options.keepAlive) { request in
                await router.handle(request).loopback
            }
            return Sandbox(apiKey: key, listener: listener, state: state)
        } catch let error as SandboxStartError {
            await state.close()
            throw error
        } catch {
            await state.close()
            throw SandboxStartError(reason: "cannot listen on 127.0.0.1:\(options.port): \(error)")
        }
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
        await listener.stop()
        await state.close()
    }

    private static func randomKey() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "sbx_" + String((0..<40).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}

/// The sandbox could not start listening.
public struct SandboxStartError: Error, CustomStringConvertible {
    /// Why.
    public var reason: String
    public var description: String { "sandbox: \(reason)" }
}
