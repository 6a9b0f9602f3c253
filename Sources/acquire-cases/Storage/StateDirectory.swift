import Foundation

/// Problems with the private state directory, each one clear sentence.
struct StorageError: Error, CustomStringConvertible {
    let description: String
}

/// The private directory for drafts, recent contacts and the debug log:
/// `$XDG_STATE_HOME/acquire-cases` (default `~/.local/state/acquire-cases`), mode 0700,
/// owned by the user, whatever the umask. Files in it are written 0600, atomically.
struct StateDirectory: Sendable {
    let path: String

    /// Resolves the directory path from the environment (does not create it).
    static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return xdg + "/acquire-cases"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/acquire-cases"
    }

    /// Creates the directory (and missing parents) with mode 0700 and checks its owner.
    init(environment: [String: String]) throws {
        path = Self.path(environment: environment)
        try Self.makePrivateDirectory(path)
    }

    init(existingPath: String) throws {
        path = existingPath
        try Self.makePrivateDirectory(path)
    }

    private static func makePrivateDirectory(_ path: String) throws {
        var components: [String] = []
        var p = path
        while !p.isEmpty && p != "/" {
            components.insert(p, at: 0)
            p = (p as NSString).deletingLastPathComponent
        }
        for dir in components {
            var st = stat()
            if stat(dir, &st) == 0 { continue }
            if mkdir(dir, 0o700) != 0 && errno != EEXIST {
                throw StorageError(description: "Cannot create the directory '\(dir)': \(String(cString: strerror(errno))).")
            }
        }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw StorageError(description: "'\(path)' is not a directory.")
        }
        guard st.st_uid == getuid() else {
            throw StorageError(description: "The directory '\(path)' belongs to another user; refusing to keep drafts there.")
        }
        // mkdir's mode is cut by the umask; whatever it was, the directory ends up exactly 0700.
        if st.st_mode & 0o777 != 0o700 { chmod(path, 0o700) }
    }

    /// The full path of a file in the directory.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `data` to `name`: a temporary file (0600), fsynced, renamed over the old one.
    func writeAtomically(_ data: Data, to name: String) throws {
        let target = file(name)
        var template = Array((path + "/.\(name).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw StorageError(description: "Cannot write in '\(path)': \(String(cString: strerror(errno))).")
        }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = fchmod(fd, 0o600) == 0
        data.withUnsafeBytes { raw in
            var off = 0
            while ok && off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; ok = false } else { off += n }
            }
        }
        ok = ok && fsync(fd) == 0
        let err = errno
        close(fd)
        guard ok, rename(tmp, target) == 0 else {
            unlink(tmp)
            throw StorageError(description: "Cannot save '\(target)': \(String(cString: strerror(ok ? errno : err))).")
        }
        let dfd = open(path, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    /// Reads a file, or nil when it does not exist.
    func read(_ name: String) -> Data? {
        FileManager.default.contents(atPath: file(name))
    }

    /// Removes a file; a missing file is fine.
    func remove(_ name: String) {
        unlink(file(name))
    }
}

/// A JSON value kept in one file of the state directory; what is read back is `restoredSafely`.
struct JSONFile<Value: Codable & RestoredFromDisk>: Sendable {
    let directory: StateDirectory
    let name: String

    func load() -> Value? {
        guard let data = directory.read(name) else { return nil }
        return decode(data)
    }

    /// The value in `data`, made safe to show; nil when it does not decode.
    func decode(_ data: Data) -> Value? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode(Value.self, from: data))?.restoredSafely()
    }

    func save(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try directory.writeAtomically(try encoder.encode(value), to: name)
    }

    func remove() { directory.remove(name) }
}
