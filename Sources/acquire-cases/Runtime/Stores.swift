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

    /// Puts `contact` first, dropping older entries with the same id (the app's own rule and cap).
    func remember(_ contact: RecentContact) throws {
        try recents.save(RecentContact.remembering(contact, in: recents.load() ?? []))
    }
}
