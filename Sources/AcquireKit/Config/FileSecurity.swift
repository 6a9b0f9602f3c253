import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ssh-style checks on files that hold secrets or name commands to run.
public enum FileSecurity {
    /// What a file is, for the messages.
    public enum Role: String, Sendable {
        case configFile = "config file"
        case keyFile = "API key file"

        /// Permission bits that must be clear: a key file may not be read or written by
        /// group/others; a config file may not be written by them.
        var forbiddenBits: mode_t { self == .keyFile ? 0o066 : 0o022 }
    }

    /// nil when `path` does not exist; otherwise throws unless it is a regular file owned by
    /// this user without the forbidden permission bits (symlinks are followed).
    public static func check(_ path: String, as role: Role) throws(ConfigError) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return false }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "it is not a regular file") }
        if st.st_uid != geteuid() { throw .wrongOwner(path: path, uid: Int(st.st_uid), what: role.rawValue) }
        if st.st_mode & role.forbiddenBits != 0 { throw .tooOpen(path: path, mode: Int(st.st_mode & 0o7777), what: role.rawValue) }
        return true
    }

    /// The contents of a checked file, at most `limit` bytes.
    public static func read(_ path: String, limit: Int) throws(ConfigError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard data.count <= limit else { throw .unreadable(path: path, reason: "it is larger than \(limit / 1024) KiB") }
        return data
    }
}
