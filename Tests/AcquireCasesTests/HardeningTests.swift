import CaseDesk
import Foundation
import Testing
@testable import acquire_cases

/// What is read back from the state directory is made safe before anything shows it.
@Suite(.serialized) struct HardeningTests {
    // Core dumps are checked on the real binary (ConfigCommandTests, FatalSignalTests): turning
    // them off here would turn them off for every later test's children too.

    @Test func aHostileDraftComesBackWithItsEscapesShowing() throws {
        let root = NSTemporaryDirectory() + "acq-draft-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = try StateDirectory(existingPath: root)
        let stores = Stores(directory: directory, scope: "sandbox")
        // Another program wrote the file: a bidi override, a zero-width space, an escape sequence.
        let hostile = #"""
        {"agentId":0,"channel":"email","contactId":2,"contactName":"ad\u202Emin\u200B",
         "message":"line one\n\u001B]0;pwned\u0007two","title":"Refund\u202Etxt.exe\u200B","updatedAt":"2026-01-01T00:00:00Z"}
        """#
        try directory.writeAtomically(Data(hostile.utf8), to: "draft-sandbox.json")
        let draft = try #require(stores.draft.load())
        #expect(draft.title == "Refund\\u{202E}txt.exe\\u{200B}")
        #expect(draft.contactName == "ad\\u{202E}min\\u{200B}")
        #expect(draft.message == "line one\n^[]0;pwned^Gtwo")
        let recent = #"[{"id":3,"name":"\u3164","company":"A\u00ADB","usedAt":"2026-01-01T00:00:00Z"}]"#
        try directory.writeAtomically(Data(recent.utf8), to: "recent-sandbox.json")
        let recents = try #require(stores.recents.load())
        #expect(recents.first?.name == "\\u{3164}" && recents.first?.company == "A\\u{AD}B")
    }
}
