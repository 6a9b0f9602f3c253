import ArgumentParser

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
            """,
        version: AppVersion.string,
        subcommands: [RunCommand.self, ConfigCommand.self, SandboxCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Core dumps go off before anything reads the key; then the usual parsing and run.
    static func main() async {
        CoreDumps.disable()
        await main(nil)
    }
}
