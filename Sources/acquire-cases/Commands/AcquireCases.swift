import ArgumentParser
import Foundation

/// The root command: `acquire-cases` runs the app; `config` and `sandbox` are tools.
@main
struct AcquireCases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acquire-cases",
        abstract: "Create Acquire cases from the terminal: pick a contact, write, route, submit.",
        discussion: """
            With no account configured it runs against a built-in sandbox (labelled SANDBOX).
            The API key comes from ACQUIRE_API_KEY, api_key_file or api_key_command in the
            config file; never from a command-line flag.

            Without a full-screen terminal: `acquire-cases --plain` (the line mode, also chosen by itself
            when TERM cannot move the cursor, e.g. TERM=dumb) asks one question at a time, and
            `acquire-cases create --help` shows how scripts create a case from flags.
            """,
        version: AppVersion.string,
        subcommands: [RunCommand.self, CreateCommand.self, ContactsCommand.self, AgentsCommand.self, ChannelsCommand.self,
                      ConfigCommand.self, SandboxCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Core dumps go off before anything reads the key; Swift Concurrency's tasks run on SwiftNIO's
    /// event loops, not libdispatch's worker pool (see below); then ArgumentParser's own parsing
    /// and run, except that bad usage exits 2 (the documented status), not 64.
    ///
    /// `main` is synchronous on purpose: an `async` main parks the main thread in `dispatch_main()`
    /// and runs everything on libdispatch worker threads, and the first such thread starts
    /// libdispatch's pool monitor, which wakes the process once a second for ever. Here the main
    /// thread runs the command itself (the terminal UI's loop sleeps in `poll`), async commands
    /// wait on a semaphore, and tasks run on NIO's loops (`ConcurrencyOnNIO`), which sleep in
    /// `epoll_wait` until there is work: an idle app is woken by nothing.
    static func main() {
        CoreDumps.disable()
        ConcurrencyOnNIO.install()
        do {
            var command = try parseAsRoot()
            // Before any thread starts, so that every thread inherits the mask (see TerminationSignals).
            if command is SandboxCommand { TerminationSignals.block() }
            if let asyncCommand = command as? AsyncParsableCommand {
                let box = CommandBox(asyncCommand)
                try blockOn { try await box.run() }
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Hands an async command to the task that runs it while the main thread waits: the command is
/// touched by that task only, so it never crosses threads while shared.
private final class CommandBox: @unchecked Sendable {
    private var command: any AsyncParsableCommand
    init(_ command: any AsyncParsableCommand) { self.command = command }
    func run() async throws { try await command.run() }
}
