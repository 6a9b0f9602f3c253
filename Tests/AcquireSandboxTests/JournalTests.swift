import TestSupport
import Foundation
import Testing
@testable import AcquireSandbox

@Suite("Journal")
struct JournalTests {
    @Test("every request is journaled in order, unauthorized ones too, and appended to the file line by line")
    func journal() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sbx-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("journal.jsonl").path
        let box = try await TestSandbox.start(journalPath: path)
        defer { Task { await box.stop() } }
        _ = try await box.call("GET", "/api/v1/account/user", key: "wrong")
        _ = try await box.search("José")
        _ = try await box.create(contactId: "8")
        _ = try await box.call("GET", "/api/v1/crm/objects/case", query: ["where": "contactId|eq|8"])
        _ = try await box.call("GET", "/nowhere")
        let entries = await box.sandbox.journal()
        #expect(entries.map(\.method) == ["GET", "POST", "POST", "GET", "GET"])
        #expect(entries.map(\.status) == [401, 200, 200, 200, 404])
        #expect(entries.map(\.authorized) == [false, true, true, true, true])
        #expect(entries[1].body.contains("José"))
        #expect(entries[2].query == ["contactId": "8"])
        #expect(entries[3].query["where"] == "contactId|eq|8")
        #expect(entries.map(\.path) == ["/api/v1/account/user", "/api/v1/crm/contact/list",
                                         APIPath.createCase, "/api/v1/crm/objects/case", "/nowhere"])
        // The file is readable while the sandbox runs, one line per request.
        let lines = try JournalEntry.read(contentsOf: path)
        #expect(lines.count == entries.count)
        for (line, entry) in zip(lines, entries) {
            #expect(line.method == entry.method && line.path == entry.path && line.query == entry.query
                    && line.body == entry.body && line.status == entry.status && line.authorized == entry.authorized)
            #expect(abs(line.date.timeIntervalSince(entry.date)) < 0.002)
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(box.sandbox.apiKey), "the key never reaches the journal")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
