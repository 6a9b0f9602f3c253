import AcquireKit
import ArgumentParser
import Foundation

/// `acquire-cases config`: the resolved configuration, where each value came from, the key masked.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the resolved configuration and where each value came from (the key masked).")

    @OptionGroup var connection: ConnectionOptions

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let resolved = try connection.resolve(environment: env, failure: 1)
        var key: Result<APIKey, ConfigError>?
        if resolved.mode == .remote {
            do { key = .success(try CredentialLoader.load(resolved, environment: env)) } catch { key = .failure(error) }
        }
        print(resolved.report(key: key, extra: [("core dumps", CoreDumps.summary)]))
        if case .failure = key { throw ExitCode(1) }
    }
}

/// Writes one line to stderr with the program's name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("acquire-cases: " + message + "\n").utf8))
}
