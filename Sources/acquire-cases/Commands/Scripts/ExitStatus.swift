import AcquireKit
import ArgumentParser

/// The exit statuses of `create` and the listings, documented in `--help`, the man page and the README.
enum ExitStatus {
    /// The case was created (or found after an uncertain answer); the listing was printed.
    static let ok: Int32 = 0
    /// It failed, and nothing was created.
    static let failed: Int32 = 1
    /// Bad usage or configuration (a flag value, no account, no key, no such contact); nothing was sent.
    static let usage: Int32 = 2
    /// Not confirmed: the case may exist; check before creating it again.
    static let notConfirmed: Int32 = 3
    /// Acquire refused the API key, or the key lacks permission.
    static let refused: Int32 = 4
    /// Acquire is unavailable or rate-limited (the wait from Retry-After is printed).
    static let unavailable: Int32 = 5

    /// The text for `--help` (the man page is generated from it).
    static let help = """
        Exit status:
          0  created (or found after an uncertain answer); a listing was printed
          1  failed, and nothing was created
          2  bad usage or configuration; nothing was sent
          3  not confirmed: the case may exist; check before creating it again
          4  the API key was refused or lacks permission
          5  Acquire is unavailable or rate-limited (the wait from Retry-After is printed)
        """

    /// The status for a failure that is not an uncertain create.
    static func of(_ error: AcquireError) -> Int32 {
        switch error {
        case .notConfigured, .invalidAccount: return usage
        case .unauthorized, .forbidden: return refused
        case .rateLimited, .unavailable: return unavailable
        case .uncertain, .uncertainContact: return notConfirmed
        case .notFound, .invalidInput, .serverError, .offline, .undecodable, .cancelled, .refused, .duplicate: return failed
        }
    }
}

/// A failure of a script command: the sentence(s) for stderr and the exit status.
struct ScriptFailure: Error {
    var text: String
    var status: Int32

    init(_ text: String, status: Int32) {
        self.text = text
        self.status = status
    }

    /// Acquire's failure: its sentence and advice, and its status.
    init(_ error: AcquireError) {
        self.init(error.message + " " + error.advice, status: ExitStatus.of(error))
    }

    /// Bad usage: exit 2.
    static func usage(_ text: String) -> ScriptFailure { ScriptFailure(text, status: ExitStatus.usage) }
}

/// Runs a script command's body: a `ScriptFailure` is printed to stderr and becomes its exit status.
func runScript(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let f as ScriptFailure {
        printError(f.text)
        throw ExitCode(f.status)
    }
}
