import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fetches the API key from where `ResolvedConfig.keySource` says: ACQUIRE_API_KEY, a key file
/// (ssh-style permission checks), or a key command run with `/bin/sh -c` for a bounded time.
public enum CredentialLoader {
    /// Seconds an api_key_command may run.
    public static let defaultCommandTimeout: TimeInterval = 15

    /// The key, or a `ConfigError` saying exactly what is wrong (never containing the key).
    /// A key command's first line is the key (as `pass show` prints it); whatever the source,
    /// a key that cannot be sent as a header value is refused here, before any request.
    public static func load(_ config: ResolvedConfig, environment: [String: String],
                            commandTimeout: TimeInterval = defaultCommandTimeout) throws(ConfigError) -> APIKey {
        guard let source = config.keySource else { throw .missingKey }
        let key: APIKey
        switch source {
        case .environment(let name):
            key = APIKey(environment[name] ?? "")
        case .file(let path, _):
            guard try FileSecurity.check(path, as: .keyFile, home: config.home) else { throw .unreadable(path: path, reason: "no such file") }
            key = APIKey(String(decoding: try FileSecurity.read(path, limit: 65_536), as: UTF8.self))
        case .command(let command, _):
            let output = try run(command, timeout: commandTimeout, environment: ChildEnvironment.forKeyCommand(environment))
            key = APIKey(String(output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
        }
        guard !key.secret.isEmpty else { throw .emptyKey(source: source.shortName) }
        if let problem = key.headerProblem { throw .keyNotSendable(source: source.shortName, problem: problem) }
        return key
    }

    /// Runs `command` with `/bin/sh -c`, stdin from /dev/null and `environment`; returns stdout,
    /// or throws on a non-zero exit (with the first line of stderr) or after `timeout` seconds.
    public static func run(_ command: String, timeout: TimeInterval, environment: [String: String]) throws(ConfigError) -> String {
        let shown = Sanitizer.clean(command)
        let process = Process()
        process.environment = environment
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let stdout = PipeReader(out.fileHandleForReading, limit: 65_536)
        let stderr = PipeReader(err.fileHandleForReading, limit: 4096)
        do { try process.run() } catch {
            throw .keyCommandFailed(command: shown, status: 127, stderr: Sanitizer.clean(error.localizedDescription))
        }
        stdout.start()
        stderr.start()
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 1) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .keyCommandTimedOut(command: shown, seconds: Int(timeout.rounded()))
        }
        let output = stdout.finish(within: 2)
        let errors = stderr.finish(within: 1)
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            // Only the first line: a failing secret tool may print the secret further down.
            let firstLine = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            var text = Sanitizer.clean(firstLine)
            if text.count > 200 { text = String(text.prefix(199)) + "…" }
            throw .keyCommandFailed(command: shown, status: Int(process.terminationStatus), stderr: text)
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Drains a pipe on a background thread so a chatty command cannot block on a full pipe.
final class PipeReader: @unchecked Sendable {
    private let handle: FileHandle
    private let limit: Int
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { if data.count < limit { data.append(chunk.prefix(limit - data.count)) } }
            }
            done.signal()
        }
    }

    /// What was read, waiting at most `seconds` for the end of the stream.
    func finish(within seconds: TimeInterval) -> Data {
        _ = done.wait(timeout: .now() + seconds)
        return lock.withLock { data }
    }
}
