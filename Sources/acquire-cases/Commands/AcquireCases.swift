import ArgumentParser
import Foundation

/// The root command: `acquire-cases` runs the app; `config` and `sandbox` are tools.
@main
struct AcquireCases: AsyncParsableCommand {
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

    /// Core dumps go off before anything reads the key; then ArgumentParser's own parsing and run,
    /// except that bad usage exits 2 (the documented status), not 64.
    static func main() async {
        CoreDumps.disable()
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
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
