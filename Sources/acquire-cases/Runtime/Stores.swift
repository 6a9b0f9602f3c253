import CaseDesk
import Foundation

/// The files one run keeps: the unsent draft and the recently picked contacts. Separate per
/// account (and for the sandbox), so a sandbox draft is never offered against a real account.
struct Stores: Sendable {
    let directory: StateDirectory
    let draft: JSONFile<Draft>
    let recents: JSONFile<[RecentContact]>

    init(directory: StateDirectory, scope: String) {
        self.directory = directory
        let safe = String(scope.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        draft = JSONFile(directory: directory, name: "draft-\(safe).json")
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
