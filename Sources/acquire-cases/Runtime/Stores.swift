import CaseDesk
import Foundation

/// The files one run keeps: the unsent draft and the recently picked contacts. Separate per
/// account and base URL (with its port) and profile, so a draft is never offered against another
/// account or sandbox. Each running instance has a draft file of its own, held with `flock` for the
/// life of the process: a second instance never reads, offers or overwrites the first one's.
struct Stores: Sendable {
    let directory: StateDirectory
    let draft: JSONFile<Draft>
    let recents: JSONFile<[RecentContact]>

    init(directory: StateDirectory, scope: String) {
        self.directory = directory
        let safe = String(scope.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        draft = JSONFile(directory: directory, name: DraftLock.claim(in: directory, base: "draft-\(safe)"))
        recents = JSONFile(directory: directory, name: "recent-\(safe).json")
    }

    /// The unsent draft, if one can be read. A draft file that cannot be read (damaged, or written by
    /// a newer version) is never dropped or overwritten: it is renamed to `….json.broken` (or
    /// `….json.N.broken` if that exists) and its new path is returned to be shown.
    func loadDraft() -> (draft: Draft?, setAside: String?) {
        guard let data = directory.read(draft.name) else { return (nil, nil) }
        if let d = draft.decode(data), (d.schema ?? 1) <= Draft.schemaVersion { return (d, nil) }
        let from = directory.file(draft.name)
        var to = from + ".broken"
        var n = 2
        while access(to, F_OK) == 0 { to = from + ".\(n).broken"; n += 1 }
        guard rename(from, to) == 0 else { return (nil, from) }
        return (nil, to)
    }

    /// Puts `contact` first, dropping older entries with the same id (the app's own rule and cap).
    func remember(_ contact: RecentContact) throws {
        try recents.save(RecentContact.remembering(contact, in: recents.load() ?? []))
    }
}

/// Which draft file this process owns: `BASE.json` when no running instance holds it, else the
/// draft of an instance that ended without sending it (`BASE-PID.json`, oldest first), else a new
/// `BASE-PID.json` of its own. Ownership is an exclusive `flock` on `FILE.lock`, kept until exit
/// (the kernel drops it when the process ends, however it ends, `kill -9` included).
enum DraftLock {
    static func claim(in directory: StateDirectory, base: String) -> String {
        let primary = base + ".json"
        if lock(directory.file(primary)) { return primary }
        let prefix = base + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let orphans = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") && Int($0.dropFirst(prefix.count).dropLast(5)) != nil }
            .sorted { modified(directory.file($0)) < modified(directory.file($1)) }
        for name in orphans where lock(directory.file(name)) { return name }
        let own = base + "-\(getpid()).json"
        _ = lock(directory.file(own))
        return own
    }

    /// Takes the lock of `path` (never blocking); the descriptor stays open for the process's life.
    static func lock(_ path: String) -> Bool {
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return false }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
        close(fd)
        return false
    }

    private static func modified(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mtim.tv_sec : 0
    }
}
