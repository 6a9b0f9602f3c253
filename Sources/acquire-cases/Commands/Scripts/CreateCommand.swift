import AcquireKit
import ArgumentParser
import Foundation

/// `acquire-cases create`: one case from flags, no screen at all; the same client, rules and
/// uncertain-create handling as the TUI.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create one case from flags, for scripts (no screen).",
        discussion: """
            Every flag value is checked, and the contact, channel, agents and custom fields are looked up, before \
            anything is sent; nothing is sent after an error. A create whose outcome is uncertain \
            (a timeout, a dropped connection, a 5xx) is never sent again: the contact's recent cases \
            are searched for it, as in the full-screen app.

            Output: `created: case #N for NAME (#ID)`; --json prints one object (id, threadId, status, \
            channel, title, contact {id, name}, created); --quiet prints the id alone. Errors go to \
            stderr as one sentence and what to do.

            Without an account configured it refuses (add --sandbox to try the built-in sandbox). \
            The API key comes from ACQUIRE_API_KEY or the config file, never from a flag.

            \(ExitStatus.help)
            """)

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("The contact: an id (123 or #123), an e-mail address, or a phone number (+49 30 1234, or more than 7 digits); exactly one contact must match. With --reopen it defaults to the case's contact.",
                               valueName: "id|email|phone"))
    var contact: String?

    @Option(help: "The case title (one line).")
    var title: String

    @Option(help: "The first message.")
    var message: String?

    @Option(name: .customLong("message-file"), help: ArgumentHelp("Read the message from FILE (- = standard input; UTF-8, at most 64 KiB).", valueName: "file"))
    var messageFile: String?

    @Option(help: ArgumentHelp("The channel id (checked against Acquire's channels).", valueName: "id"))
    var channel = "chat"

    @Option(help: ArgumentHelp("Route to this agent (id, e-mail or name; one must match), or auto.", valueName: "id|email|name|auto"))
    var agent = "auto"

    @Option(name: .customLong("field"), help: ArgumentHelp("A custom case field, KEY=VALUE (repeatable; a checkbox takes one --field per chosen option). Required fields must be given.",
                                                        valueName: "key=value"))
    var fields: [String] = []

    @Option(help: ArgumentHelp("Reopen this closed case: the new case goes on its thread.", valueName: "case-id"))
    var reopen: String?

    @Flag(help: "Send the first entry as an internal note, not a message to the customer.")
    var note = false

    @Option(name: .customLong("mention"), help: ArgumentHelp("Mention this agent (id, e-mail or name; repeatable).", valueName: "agent"))
    var mentions: [String] = []

    @Flag(name: .customLong("dry-run"), help: "Print the exact request (method, URL, body) and send nothing.")
    var dryRun = false

    @Flag(help: "Print the created case as one JSON object.")
    var json = false

    @Flag(help: "Print only the case id.")
    var quiet = false

    func validate() throws {
        if json && quiet { throw ValidationError("--json and --quiet cannot be used together; choose one.") }
        if (message == nil) == (messageFile == nil) {
            throw ValidationError("Give the message with exactly one of --message TEXT or --message-file FILE (- reads standard input).")
        }
    }

    func run() async throws {
        try await runScript {
            // 1. Everything that can be checked without Acquire.
            let input = try checkedInput()
            // 2. Acquire: the contact, the channel and the agent, then the one create.
            let connection = try await ScriptConnection.open(self.connection, environment: ProcessInfo.processInfo.environment,
                                                             implicitSandbox: false)
            if connection.isSandbox { printError("using the built-in sandbox: nothing reaches Acquire.") }
            try await connection.using { api in
                let target = try await CreateResolver(api: api).resolve(input)
                if dryRun {
                    print(try dryRunText(target.request, client: connection.client), terminator: "")
                    return
                }
                try await CreateSender(api: api, output: output).send(target)
            }
        }
    }

    /// The title, message and lookups, checked locally.
    func checkedInput() throws -> CreateInput {
        if let p = CaseInput.titleProblem(title) { throw ScriptFailure.usage("--title: " + p.message) }
        let text = try messageText()
        if let p = CaseInput.messageProblem(text) { throw ScriptFailure.usage((messageFile == nil ? "--message: " : "--message-file: ") + p.message) }
        var key: CaseChoices.ContactKey?
        if let contact {
            guard let k = CaseChoices.contactKey(contact) else {
                throw ScriptFailure.usage("--contact \"\(Sanitizer.clean(contact))\" is not an id, an e-mail address or a phone number. Give e.g. 123, ana@example.com or +49 30 1234; `acquire-cases contacts TEXT` finds ids.")
            }
            key = k
        }
        var reopenId: Int?
        if let reopen {
            let bare = reopen.hasPrefix("#") ? String(reopen.dropFirst()) : reopen
            guard let id = Int(bare), id > 0, bare.allSatisfy(\.isNumber) else {
                throw ScriptFailure.usage("--reopen \"\(Sanitizer.clean(reopen))\" is not a case id. Give the number of a closed case, e.g. --reopen 1042.")
            }
            reopenId = id
        }
        if key == nil && reopenId == nil { throw ScriptFailure.usage("--contact is missing. Give the contact's id, e-mail address or phone number.") }
        for m in mentions where m.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ScriptFailure.usage("--mention is empty. Give an agent's id, e-mail or name; `acquire-cases agents` lists them.")
        }
        let channelId = channel.trimmingCharacters(in: .whitespaces)
        if channelId.isEmpty { throw ScriptFailure.usage("--channel is empty. Give a channel id; `acquire-cases channels` lists them.") }
        let agentText = agent.trimmingCharacters(in: .whitespaces)
        if agentText.isEmpty { throw ScriptFailure.usage("--agent is empty. Give an id, e-mail or name, or auto; `acquire-cases agents` lists them.") }
        return CreateInput(contact: key, title: title.trimmingCharacters(in: .whitespaces), message: text, channel: channelId,
                           agent: agentText.lowercased() == "auto" ? nil : agentText, fields: fields, reopen: reopenId,
                           note: note, mentions: mentions)
    }

    /// The message from --message, or the file (standard input for -), normalized.
    func messageText() throws -> String {
        if let message { return CaseInput.normalizedMessage(message) }
        guard let path = messageFile else { return "" }
        return CaseInput.normalizedMessage(try MessageFile.read(path))
    }

    var output: CreateOutput.Style { json ? .json : quiet ? .quiet : .line }

    /// `POST URL`, then the body, then a newline.
    func dryRunText(_ request: CreateCaseRequest, client: AcquireClient) throws -> String {
        let wire: (method: String, url: URL, body: Data)
        do { wire = try client.createCaseWire(request) } catch { throw ScriptFailure(error) }
        return "\(wire.method) \(wire.url.absoluteString)\n" + String(decoding: wire.body, as: UTF8.self) + "\n"
    }
}

/// What the flags ask for, checked but not yet looked up.
struct CreateInput: Equatable {
    /// nil: the reopened case's contact.
    var contact: CaseChoices.ContactKey?
    var title: String
    var message: String
    var channel: String
    /// nil = automatic routing.
    var agent: String?
    /// `KEY=VALUE` pairs for the custom case fields.
    var fields: [String]
    /// A closed case to reopen.
    var reopen: Int?
    /// The first entry is an internal note.
    var note: Bool
    /// Agents to mention.
    var mentions: [String]
}
