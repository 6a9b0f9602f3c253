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
    public static func load(_ config: ResolvedConfig, environment: [String: String],
                            commandTimeout: TimeInterval = defaultCommandTimeout) throws(ConfigError) -> APIKey {
        guard let source = config.keySource else { throw .missingKey }
        switch source {
        case .environment(let name):
            let key = APIKey(environment[name] ?? "")
            guard !key.secret.isEmpty else { throw .emptyKey(source: name) }
            return key
        case .file(let path, _):
            guard try FileSecurity.check(path, as: .keyFile) else { throw .unreadable(path: path, reason: "no such file") }
            let key = APIKey(String(decoding: try FileSecurity.read(path, limit: 65_536), as: UTF8.self))
            guard !key.secret.isEmpty else { throw .emptyKey(source: "'\(path)'") }
            return key
        case .command(let command, _):
            let key = APIKey(try run(command, timeout: commandTimeout))
            guard !key.secret.isEmpty else { throw .emptyKey(source: "api_key_command `\(Sanitizer.clean(command))`") }
            return key
        }
    }

    /// Runs `command` with `/bin/sh -c`, stdin from /dev/null; returns stdout, or throws
    /// on a non-zero exit (with a short excerpt of stderr) or after `timeout` seconds.
    public static func run(_ command: String, timeout: TimeInterval) throws(ConfigError) -> String {
        let shown = Sanitizer.clean(command)
        let process = Process()
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
            var text = Sanitizer.clean(String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
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
