import Foundation
import Testing
@testable import AcquireSandbox

@Suite("Determinism")
struct DeterminismTests {
    private func snapshot(seed: UInt64) async throws -> [Data] {
        let box = try await TestSandbox.start(contacts: 400, seed: seed)
        defer { Task { await box.stop() } }
        let bodies = [
            try await box.search("a", page: 1, limit: 30).data,
            try await box.call("GET", "/api/v1/crm/objects/contact", query: ["limit": "40"]).data,
            try await box.call("GET", "/api/v1/crm/objects/contact/123").data,
            try await box.call("GET", "/api/v1/crm/objects/case", query: ["limit": "40"]).data,
        ]
        return try bodies.map { try canonical($0) }
    }

    /// Re-encodes with sorted keys, so dictionary order does not matter.
    private func canonical(_ data: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data), options: [.sortedKeys])
    }

    @Test("the same seed gives the same data; another seed gives other data")
    func sameSeed() async throws {
        let a = try await snapshot(seed: 7)
        let b = try await snapshot(seed: 7)
        let c = try await snapshot(seed: 8)
        #expect(a == b)
        #expect(a[0] != c[0])
        #expect(a[1] != c[1])
    }

    @Test("generated contacts vary: some without name, email or phone; 0 to 200 visits")
    func variety() {
        let directory = ContactDirectory(count: 5_000, seed: 1)
        let contacts = directory.contacts
        #expect(contacts.contains { $0.name == nil })
        #expect(contacts.contains { $0.name == "" })
        #expect(contacts.contains { $0.email == nil })
        #expect(contacts.contains { $0.phone == nil })
        #expect(contacts.contains { $0.name == nil && $0.email == nil && $0.phone == nil })
        #expect(contacts.contains { $0.visitCount == 0 })
        #expect(contacts.contains { $0.visitCount > 150 })
        #expect(contacts.allSatisfy { (0...200).contains($0.visitCount) })
        let details = directory.details(of: contacts[41])
        #expect(details.visits.count == contacts[41].visitCount)
        #expect(Set(details.visits.map(\.id)).count == details.visits.count)
    }
}
