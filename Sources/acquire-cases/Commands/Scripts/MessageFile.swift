import AcquireKit
import Foundation

/// Reads `--message-file`: a file or standard input (`-`), UTF-8, at most the message limit.
enum MessageFile {
    /// The text of `path`; a failure is a usage error that says what to do.
    static func read(_ path: String) throws -> String {
        let limit = CaseInput.maxMessageBytes
        let name = path == "-" ? "standard input" : "\"\(Sanitizer.clean(path))\""
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ScriptFailure.usage("--message-file: \(name) does not exist. Give a readable file, or - for standard input.")
            }
            if isDir.boolValue { throw ScriptFailure.usage("--message-file: \(name) is a directory. Give a file, or - for standard input.") }
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw ScriptFailure.usage("--message-file: \(name) cannot be read (permission denied?). Check its permissions.")
            }
            handle = h
        }
        // Read one byte more than allowed: enough to tell that it is too long, without reading a huge file.
        var data = Data()
        do {
            while data.count <= limit, let chunk = try handle.read(upToCount: limit + 1 - data.count), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw ScriptFailure.usage("--message-file: \(name) could not be read (\(error.localizedDescription)).")
        }
        if data.count > limit {
            throw ScriptFailure.usage("--message-file: \(name) is over \(limit) bytes; a message may have at most \(limit). Shorten it.")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ScriptFailure.usage("--message-file: \(name) is not UTF-8 text. Convert it, e.g. `iconv -t UTF-8`.")
        }
        return text
    }
}
