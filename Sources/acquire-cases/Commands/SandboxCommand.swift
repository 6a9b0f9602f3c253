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
        let sandbox = try await Sandbox.start(options)
        print("export ACQUIRE_BASE_URL=\(sandbox.baseURL.absoluteString)")
        print("export ACQUIRE_API_KEY=\(sandbox.apiKey)")
        fflush(nil)
        let signal = await TerminationSignals.next()
        FileHandle.standardError.write(Data("sandbox: stopping on signal \(signal)\n".utf8))
        await sandbox.stop()
    }
}
