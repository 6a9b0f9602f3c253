import Foundation

/// Appends journal entries to a file as JSON lines, one write per line so readers see whole lines.
final class JournalFile {
    private let handle: FileHandle
    private let encoder = JournalEntry.lineEncoder()

    /// Opens (creating or appending to) the file at `path`, mode 0600.
    init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Writes one entry as one line.
    func append(_ entry: JournalEntry) {
        guard var line = try? encoder.encode(entry) else { return }
        line.append(UInt8(ascii: "\n"))
        try? handle.write(contentsOf: line)
    }

    /// Closes the file.
    func close() {
        try? handle.close()
    }
}
