import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ssh-style checks (`safe_path`) on files that hold secrets or name commands to run: the file
/// and every directory above it, up to the home directory (or `/` outside it), are owned by this
/// user or root and not writable by group or others. As ssh does, a sticky world-writable
/// directory such as /tmp is refused too: the sticky bit stops others deleting a file there,
/// not creating the name first.
public enum FileSecurity {
    /// What a file is, for the messages.
    public enum Role: String, Sendable {
        case configFile = "config file"
        case keyFile = "API key file"

        /// Permission bits that must be clear: a key file may not be read or written by
        /// group/others; a config file may not be written by them.
        var forbiddenBits: mode_t { self == .keyFile ? 0o066 : 0o022 }
    }

    /// false when `path` does not exist; true when it is safe to read; otherwise throws the
    /// first thing that is wrong (the file, a symlink to it, or a directory above either).
    public static func check(_ path: String, as role: Role, home: String) throws(ConfigError) -> Bool {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            if errno == ENOENT { return false }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let what = role.rawValue
        if (link.st_mode & S_IFMT) == S_IFLNK {
            guard isTrusted(link.st_uid) else { throw .untrustedLink(path: path, uid: Int(link.st_uid), what: what) }
            try checkDirectories(above: path, of: path, what: what, home: home)
        }
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return false }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "it is not a regular file") }
        if !isTrusted(st.st_uid) { throw .wrongOwner(path: path, uid: Int(st.st_uid), what: what) }
        if st.st_mode & role.forbiddenBits != 0 { throw .tooOpen(path: path, mode: Int(st.st_mode & 0o7777), what: what) }
        let real = realPath(path) ?? path
        try checkDirectories(above: real, of: path, what: what, home: realPath(home) ?? home)
        return true
    }

    /// The directories that `check` looks at for `path`: its parent and each one above it, up to
    /// and including `home` when the path is inside it, else up to `/`.
    public static func directories(above path: String, home: String) -> [String] {
        var out: [String] = []
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var dir = (absolute as NSString).deletingLastPathComponent
        let stop = normalized(home)
        while !dir.isEmpty {
            out.append(dir)
            if dir == "/" || normalized(dir) == stop { break }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return out
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

    // MARK: - Helpers

    /// Owned by this user or by root.
    static func isTrusted(_ owner: uid_t) -> Bool { owner == geteuid() || owner == 0 }

    private static func checkDirectories(above path: String, of file: String, what: String, home: String) throws(ConfigError) {
        for dir in directories(above: path, home: home) {
            var st = stat()
            guard stat(dir, &st) == 0 else { throw .unreadable(path: dir, reason: String(cString: strerror(errno))) }
            if !isTrusted(st.st_uid) {
                throw .unsafeDirectory(directory: dir, file: file, what: what, problem: "is owned by user \(st.st_uid), not by you or root")
            }
            if st.st_mode & 0o022 != 0 {
                let mode = ConfigError.octal(Int(st.st_mode & 0o7777))
                throw .unsafeDirectory(directory: dir, file: file, what: what, problem: "is writable by others (mode \(mode))")
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    private static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}
