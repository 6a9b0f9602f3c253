import AcquireKit
import ArgumentParser
import Foundation
import LineMode

/// Options every listing takes.
struct ListingOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Print a JSON array (exact values) instead of a table.")
    var json = false

    /// Connects, lists, prints the table or the JSON array; failures exit as `create` does.
    func print<T>(_ fetch: (any AcquireAPI) async throws -> [T], headers: [String], row: (T) -> [String],
                  object: (T) -> [String: JSONOut], empty: String) async throws {
        try await runScript {
            let connection = try await ScriptConnection.open(self.connection, environment: ProcessInfo.processInfo.environment,
                                                             implicitSandbox: false)
            if connection.isSandbox { printError("using the built-in sandbox: nothing reaches Acquire.") }
            let items = try await connection.using { api in try await call { try await fetch(api) } }
            if json {
                Swift.print(JSONOut.array(items.map { .object(object($0)) }).text)
            } else if items.isEmpty {
                printError(empty)
            } else {
                Swift.print(TextTable(headers: headers, rows: items.map(row)).text, terminator: "")
            }
        }
    }
}

/// `acquire-cases contacts QUERY`: contacts whose name, e-mail or phone match.
struct ContactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "List contacts matching a name, e-mail or phone (a table, or --json).",
        discussion: ExitStatus.help)

    @Argument(help: "Text to search for in names, e-mail addresses and phone numbers.")
    var query: String

    @Option(help: "At most this many contacts (1 to 500).")
    var limit = 20

    @OptionGroup var options: ListingOptions

    func validate() throws {
        guard (1...500).contains(limit) else { throw ValidationError("--limit must be from 1 to 500.") }
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("The search text is empty; give part of a name, an e-mail address or a phone number.") }
    }

    func run() async throws {
        let q = query, n = limit
        try await options.print({ try await $0.searchContacts(q, page: 0, limit: n).contacts },
                                headers: ["id", "name", "email", "phone", "company"],
                                row: { [String($0.id), $0.displayName, $0.email ?? "", $0.phone ?? "", $0.company ?? ""] },
                                object: { c in ["id": .int(c.id), "name": .string(c.name), "displayName": .string(c.displayName),
                                                "email": .string(c.email), "phone": .string(c.phone), "company": .string(c.company)] },
                                empty: "no contact matches \"\(Sanitizer.clean(q))\"")
    }
}

/// `acquire-cases agents`: the agents a case can be routed to.
struct AgentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents",
        abstract: "List the agents a case can be routed to (a table, or --json).",
        discussion: ExitStatus.help)

    @OptionGroup var options: ListingOptions

    func run() async throws {
        try await options.print({ try await $0.agents() },
                                headers: ["id", "name", "email", "status"],
                                row: { [String($0.id), $0.name, $0.email ?? "", $0.status] },
                                object: { a in ["id": .int(a.id), "name": .string(a.name), "email": .string(a.email),
                                                "status": .string(a.status), "type": .string(a.type)] },
                                empty: "Acquire lists no agents")
    }
}

/// `acquire-cases channels`: the channels a case can be opened on.
struct ChannelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels",
        abstract: "List the channels a case can be opened on (a table, or --json).",
        discussion: ExitStatus.help)

    @OptionGroup var options: ListingOptions

    func run() async throws {
        try await options.print({ try await $0.channels() },
                                headers: ["id", "name", "enabled"],
                                row: { [$0.id, $0.name, $0.enabled ? "yes" : "no"] },
                                object: { c in ["id": .string(c.id), "name": .string(c.name), "enabled": .bool(c.enabled)] },
                                empty: "Acquire lists no channels")
    }
}
