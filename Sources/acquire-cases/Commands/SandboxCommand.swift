import AcquireSandbox
import ArgumentParser
import Foundation

/// `acquire-cases sandbox`: runs the local Acquire API double in the foreground.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local Acquire API double (demo data, faults, journal) in the foreground.",
        discussion: """
            Prints two lines a shell can eval, then serves on 127.0.0.1 until Ctrl-C:
              eval "$(acquire-cases sandbox --contacts 1000 | head -n 2)"   # or copy the lines
            Faults: \(SandboxFault.syntax)
            """)

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 0

    @Option(help: "How many contacts to generate.")
    var contacts: Int = 500

    @Option(help: "Seed for the generated data; the same seed gives the same data.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(
        "The sandbox's own API key, for tests (default: a random one).",
        discussion: "This is a sandbox key only. Real Acquire keys never go on a command line, where other users can read them."))
    var key: String?

    @Option(help: "Append every request to FILE as JSON lines.")
    var journal: String?

    @Option(name: .customLong("fault"), help: "A fault to inject, e.g. create:500 or search:latency=800:match=al (repeatable).")
    var faults: [String] = []

    @Flag(name: .customLong("no-keep-alive"),
          help: "Answer every request with Connection: close (a dropped request then fails at once on the client).")
    var noKeepAlive = false

    func validate() throws {
        for spec in faults {
            do { _ = try SandboxFault.parse(spec) } catch { throw ValidationError("\(error)") }
        }
        guard contacts >= 0 else { throw ValidationError("--contacts must be 0 or more") }
    }

    func run() async throws {
        let options = SandboxOptions(port: port, contacts: contacts, seed: seed, apiKey: key, journalPath: journal,
                                     faults: try faults.map(SandboxFault.parse), keepAlive: !noKeepAlive)
        // Armed before anyone can learn the address: a SIGTERM sent as soon as the lines are read
        // (a benchmark measuring the start does that) used to come between SIG_IGN and the
        // dispatch source's registration and was lost (5 of 40 starts), so the sandbox ran on.
        let termination = TerminationSignals()
        let sandbox = try await Sandbox.start(options)
        await termination.armed()
        print("export ACQUIRE_BASE_URL=\(sandbox.baseURL.absoluteString)")
        print("export ACQUIRE_API_KEY=\(sandbox.apiKey)")
        fflush(nil)
        let signal = await termination.wait()
        FileHandle.standardError.write(Data("sandbox: stopping on signal \(signal)\n".utf8))
        await sandbox.stop()
    }
}

/// SIGINT and SIGTERM (their default actions turned off) caught from creation on: a signal that
/// comes before `wait` is kept and returned by it at once.
private final class TerminationSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Int32, Never>?
    private var caught: Int32?
    private var sources: [any DispatchSourceSignal] = []

    private let registered = DispatchGroup()

    init() {
        for number in [SIGINT, SIGTERM] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.deliver(number) }
            registered.enter()
            source.setRegistrationHandler { [registered] in registered.leave() }
            source.resume()
            sources.append(source)
        }
    }

    /// Returns once both sources are registered: from then on no SIGINT or SIGTERM is lost.
    func armed() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            registered.notify(queue: .global()) { continuation.resume() }
        }
    }

    /// The first signal caught, now or once it comes.
    func wait() async -> Int32 {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let ready = lock.withLock { () -> Int32? in
                if caught == nil { self.continuation = continuation }
                return caught
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func deliver(_ signal: Int32) {
        let pending = lock.withLock { () -> CheckedContinuation<Int32, Never>? in
            if caught == nil { caught = signal }
            defer { continuation = nil }
            return continuation
        }
        pending?.resume(returning: caught ?? signal)
    }
}
