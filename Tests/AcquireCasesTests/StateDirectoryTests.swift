import CaseDesk
import Foundation
import Testing
@testable import acquire_cases

/// Drafts and recent contacts: a 0700 directory and 0600 files whatever the umask, written atomically.
@Suite(.serialized) struct StateDirectoryTests {
    private func tempRoot() -> String {
        let p = NSTemporaryDirectory() + "acq-state-\(UUID().uuidString.prefix(8))"
        return p
    }

    private func mode(_ path: String) -> mode_t {
        var st = stat()
        stat(path, &st)
        return st.st_mode & 0o777
    }

    @Test(arguments: [mode_t(0o000), 0o022, 0o077, 0o777])
    func modesHoldWhateverTheUmask(umaskValue: mode_t) throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let old = umask(umaskValue)
        defer { umask(old) }
        let dir = try StateDirectory(environment: ["XDG_STATE_HOME": root + "/state", "HOME": root])
        #expect(dir.path == root + "/state/acquire-cases")
        #expect(mode(dir.path) == 0o700)
        try dir.writeAtomically(Data("hello".utf8), to: "x.json")
        #expect(mode(dir.file("x.json")) == 0o600)
        #expect(dir.read("x.json") == Data("hello".utf8))
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names == ["x.json"])
    }

    @Test func anExistingOpenDirectoryIsTightened() throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/acquire-cases", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        let dir = try StateDirectory(existingPath: root + "/acquire-cases")
        #expect(mode(dir.path) == 0o700)
    }

    @Test func defaultsToLocalStateUnderHome() {
        #expect(StateDirectory.path(environment: ["HOME": "/home/agent"]) == "/home/agent/.local/state/acquire-cases")
        #expect(StateDirectory.path(environment: ["HOME": "/h", "XDG_STATE_HOME": "relative"]) == "/h/.local/state/acquire-cases")
    }

    @Test func draftRoundTripsAndReplacesAtomically() throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stores = Stores(directory: try StateDirectory(existingPath: root), scope: "acme.acquire.io")
        let d1 = Draft(contactId: 7, contactName: "José", title: "T1", message: "Grüße\n第二行", channel: "mail",
                       agentId: 3, updatedAt: Date(timeIntervalSince1970: 1_700_000_000))
        try stores.draft.save(d1)
        #expect(stores.draft.load() == d1)
        var d2 = d1
        d2.title = "T2"
        try stores.draft.save(d2)
        #expect(stores.draft.load() == d2)
        #expect(FileManager.default.fileExists(atPath: root + "/draft-acme.acquire.io.json"))
        stores.draft.remove()
        #expect(stores.draft.load() == nil)
    }

    @Test func scopesKeepSandboxAndAccountsApart() throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = try StateDirectory(existingPath: root)
        let sandbox = Stores(directory: dir, scope: "sandbox")
        let real = Stores(directory: dir, scope: "acme.acquire.io")
        try sandbox.draft.save(Draft(contactId: 1, contactName: "A", title: "t", message: "m", channel: "chat",
                                     agentId: 0, updatedAt: Date(timeIntervalSince1970: 0)))
        #expect(real.draft.load() == nil)
        #expect(Stores(directory: dir, scope: "../../etc/x").draft.name == "draft-.._.._etc_x.json")
    }

    @Test func recentContactsAreDedupedNewestFirstAndCapped() throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stores = Stores(directory: try StateDirectory(existingPath: root), scope: "sandbox")
        for i in 0..<30 {
            try stores.remember(RecentContact(id: i % 25, name: "C\(i)", email: nil, phone: nil, company: nil,
                                              usedAt: Date(timeIntervalSince1970: Double(i))))
        }
        let list = try #require(stores.recents.load())
        #expect(list.count == RecentContact.kept)
        #expect(list.first?.id == 4)          // the 30th pick was id 29 % 25 = 4
        #expect(Set(list.map(\.id)).count == list.count)
    }

    /// A second instance on the same account never gets the first one's draft file; an instance
    /// that ended leaves its file to be taken (and offered) by the next.
    @Test func eachInstanceOwnsItsDraftFile() throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = try StateDirectory(existingPath: root)
        let first = Stores(directory: dir, scope: "acme")
        #expect(first.draft.name == "draft-acme.json")
        // The draft of an instance that is gone (its lock is free).
        try dir.writeAtomically(Data("{}".utf8), to: "draft-acme-99999.json")
        let second = Stores(directory: dir, scope: "acme")
        #expect(second.draft.name == "draft-acme-99999.json")
        let third = Stores(directory: dir, scope: "acme")
        #expect(third.draft.name == "draft-acme-\(getpid()).json")
    }

    @Test func draftsAreKeptPerAccountOrBaseURLWithPortAndProfile() {
        func scope(_ account: String?, _ url: String, _ profile: String?) -> String {
            RunCommand.scope(account: account, baseURL: URL(string: url)!, profile: profile)
        }
        #expect(scope(nil, "http://127.0.0.1:4001", nil) != scope(nil, "http://127.0.0.1:4002", nil))
        #expect(scope(nil, "https://acme.acquire.io", nil) == "acme.acquire.io_443")
        #expect(scope("acme", "https://acme.acquire.io", nil) == "account-acme")
        #expect(scope("acme", "https://acme.acquire.io", "night") != scope("acme", "https://acme.acquire.io", nil))
    }

    /// A damaged draft or one from a newer version is renamed aside, never read or overwritten.
    @Test(arguments: ["{\"title\": \"hal", "{\"schema\": 99, \"title\": \"t\", \"message\": \"m\", \"channel\": \"chat\", \"agentId\": 0, \"updatedAt\": \"2026-01-01T00:00:00Z\"}"])
    func anUnreadableDraftIsSetAside(content: String) throws {
        let root = tempRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = try StateDirectory(existingPath: root)
        try dir.writeAtomically(Data(content.utf8), to: "draft-x.json")
        let stores = Stores(directory: dir, scope: "x")
        let (draft, aside) = stores.loadDraft()
        #expect(draft == nil)
        #expect(aside == root + "/draft-x.json.broken")
        #expect(dir.read("draft-x.json.broken") == Data(content.utf8))
        #expect(dir.read("draft-x.json") == nil)
    }
}
