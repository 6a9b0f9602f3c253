import AcquireKit
import AcquireSandbox
import Foundation

extension AppSession {
    /// Runs the binary to completion outside tmux (as a script would) with this session's HOME and
    /// sandbox; standard input from `stdin` (text written to a temporary file), else /dev/null.
    func command(_ arguments: [String], stdin: String? = nil, extra: [String: String] = [:]) async throws -> Shell.Result {
        let env = environment(term: nil, extra: extra)
        let binary = self.binary
        var input = "/dev/null"
        if let stdin {
            input = home + "/stdin-\(UUID().uuidString.prefix(8)).txt"
            try Data(stdin.utf8).write(to: URL(fileURLWithPath: input))
        }
        let path = input
        return try await offPool { try Shell.run(binary, arguments, environment: env, stdin: path) }
    }

    /// A contact of the test sandbox that has a name, an e-mail address and a phone number.
    func namedContact() async throws -> Contact {
        let page = try await client().listContacts(limit: 100)
        guard let c = page.contacts.first(where: { $0.name?.isEmpty == false && $0.email != nil && $0.phone != nil }) else {
            throw E2EError("the sandbox has no contact with name, e-mail and phone")
        }
        return c
    }
}

extension AppSession {
    /// Runs `body` with a started session (the app not launched yet) and always closes it.
    static func using(faults: [SandboxFault] = [], builtInSandbox: Bool = false,
                      _ body: (AppSession) async throws -> Void) async throws {
        var options = standardSandbox
        options.faults = faults
        let s = try await start(sandbox: builtInSandbox ? nil : options)
        do {
            try await body(s)
        } catch {
            await s.close()
            throw error
        }
        await s.close()
    }
}
