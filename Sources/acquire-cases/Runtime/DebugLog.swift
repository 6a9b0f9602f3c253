import Foundation
import Logging

/// A swift-log handler that appends lines to a 0600 file in the state directory (`--debug`).
/// The client masks the Authorization header before anything reaches it.
struct FileLogHandler: LogHandler {
    final class Sink: @unchecked Sendable {
        let handle: FileHandle
        let lock = NSLock()
        init(handle: FileHandle) { self.handle = handle }
        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            handle.write(Data(line.utf8))
        }
    }

    let sink: Sink
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var meta = metadata
        if let m = event.metadata { meta.merge(m) { $1 } }
        let extra = meta.isEmpty ? "" : " " + meta.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("\(stamp) \(event.level) \(event.message)\(extra)\n")
    }

    /// Opens (creating 0600) `debug.log` in the state directory and returns a logger writing to it.
    static func logger(in directory: StateDirectory) throws -> Logger {
        let path = directory.file("debug.log")
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError(description: "Cannot open the debug log '\(path)': \(String(cString: strerror(errno))).") }
        fchmod(fd, 0o600)
        let sink = Sink(handle: FileHandle(fileDescriptor: fd, closeOnDealloc: true))
        return Logger(label: "acquire-cases") { _ in FileLogHandler(sink: sink) }
    }
}
