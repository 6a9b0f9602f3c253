import ArgumentParser
import Foundation
import NcursesTerminal

/// `acquire-cases [run]`: the interactive app.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the interactive app (the default).")

    @Option(help: "Acquire account id (the NAME in NAME.acquire.io).")
    var account: String?

    @Option(name: .customLong("base-url"), help: "API base URL instead of https://ACCOUNT.acquire.io (proxies, regional hosts, tests).")
    var baseURL: String?

    @Option(help: "Profile from the config file ([profile.NAME]).")
    var profile: String?

    @Option(help: "Request timeout in seconds.")
    var timeout: Double?

    @Flag(help: "Run against the built-in sandbox even if an account is configured.")
    var sandbox = false

    @Flag(help: "Write a debug log (0600, next to the drafts); the API key is masked.")
    var debug = false

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own selection).")
    var noMouse = false

    func run() throws {
        if let problem = TerminalPreflight.check() {
            FileHandle.standardError.write(Data(("acquire-cases: " + problem.description + "\n").utf8))
            throw ExitCode(2)
        }
        print("ok")
    }
}
