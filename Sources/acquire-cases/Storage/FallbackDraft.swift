import CaseDesk
import Foundation

/// Where a draft goes when the state directory would not take it (full, read-only): a new 0600
/// file in the temporary directory, else its text printed on the way out. Called after the
/// terminal is restored, so what it prints stays in the scrollback.
enum FallbackDraft {
    static func keep(_ draft: Draft, couldNotSaveIn directory: String) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let tmp = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        let path = tmp + "/acquire-cases-draft-\(getuid())-\(getpid()).json"
        if let data = try? encoder.encode(draft), write(data, to: path) {
            printError("the draft could not be saved in \(directory); it was written to \(path) (mode 0600).")
            return
        }
        printError("the draft could not be saved in \(directory) nor in \(tmp). Its text:\n"
                   + "Title: \(draft.title)\n\(draft.message)")
    }

    /// A new file (never an existing one or a link), 0600, fsynced.
    private static func write(_ data: Data, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let ok = data.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
        return ok && fsync(fd) == 0
    }
}
