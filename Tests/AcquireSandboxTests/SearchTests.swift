import Foundation
import Testing
@testable import AcquireSandbox

@Suite("Search")
struct SearchTests {
    private func names(_ answer: Answer) -> [String] {
        (answer.object?["list"] as? [[String: Any]] ?? []).compactMap { ($0["fields"] as? [String: Any])?["name"] as? String }
    }

    private func count(_ answer: Answer) -> Int? {
        (answer.object?["counts"] as? [String: Any])?["filteredCount"] as? Int
    }

    @Test("case- and accent-insensitive: jose, JOSÉ and José find the same contacts, José among them")
    func folding() async throws {
        let box = try await TestSandbox.start(contacts: 2_000)
        defer { Task { await box.stop() } }
        let plain = try await box.search("jose", limit: 200)
        let upper = try await box.search("JOSÉ", limit: 200)
        let exact = try await box.search("José", limit: 200)
        let total = try #require(count(plain))
        #expect(total > 0)
        #expect(count(upper) == total)
        #expect(count(exact) == total)
        #expect(names(plain).contains { $0.contains("José") })
        #expect(names(plain) == names(exact))
    }

    @Test("letters Unicode does not decompose still match their base letter (Łukasz, Søren, Strauß)")
    func extraFolding() async throws {
        let box = try await TestSandbox.start(contacts: 3_000)
        defer { Task { await box.stop() } }
        for (query, expected) in [("lukasz", "Łukasz"), ("soren", "Søren"), ("strauss", "Strauß")] {
            let found = names(try await box.search(query, limit: 200))
            #expect(found.contains { $0.contains(expected) }, "\(query)")
        }
    }

    @Test("matches email and phone as well as name; nonsense matches nothing")
    func emailAndPhone() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        let list = try #require(try await box.search("", limit: 300).object?["list"] as? [[String: Any]])
        let fields = list.compactMap { $0["fields"] as? [String: Any] }
        let email = try #require(fields.compactMap { $0["email"] as? String }.first)
        let phone = try #require(fields.compactMap { $0["phone"] as? String }.first { $0.hasPrefix("+") })
        let byEmail = try await box.search(email.uppercased())
        #expect((byEmail.object?["list"] as? [[String: Any]])?.contains {
            ($0["fields"] as? [String: Any])?["email"] as? String == email } == true)
        let digits = String(phone.filter(\.isNumber).suffix(7))
        let byPhone = try await box.search(digits)
        #expect((byPhone.object?["list"] as? [[String: Any]])?.contains {
            ($0["fields"] as? [String: Any])?["phone"] as? String == phone } == true)
        #expect(count(try await box.search("zzqx-nobody")) == 0)
    }

    @Test("names in many scripts are generated: CJK, Arabic, emoji, Latin with diacritics")
    func scripts() async throws {
        let box = try await TestSandbox.start(contacts: 2_000)
        defer { Task { await box.stop() } }
        for query in ["王", "佐藤", "محمد", "🚀", "müller"] {
            #expect((count(try await box.search(query)) ?? 0) > 0, "\(query)")
        }
    }

    @Test("paging: pages are disjoint, in order, and filteredCount is the whole count")
    func paging() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        func ids(_ answer: Answer) -> [Int] { (answer.object?["list"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int } }
        let first = try await box.search("", page: 0, limit: 7)
        let second = try await box.search("", page: 1, limit: 7)
        #expect(count(first) == 300)
        #expect(ids(first) == Array(1...7))
        #expect(ids(second) == Array(8...14))
        let last = try await box.search("", page: 42, limit: 7)
        #expect(ids(last) == Array(295...300))
        #expect(ids(try await box.search("", page: 43, limit: 7)).isEmpty)
    }

    @Test("the directory search agrees with a slow reference on every contact")
    func directoryAgreesWithReference() {
        let directory = ContactDirectory(count: 800, seed: 9)
        for query in ["a", "Jo", "ÉE", "example.org", "+4", "55", "王", "ß", " ali "] {
            let folded = TextFolding.fold(query).trimmingCharacters(in: .whitespaces)
            let expected = directory.contacts.indices.filter { index in
                let c = directory.contacts[index]
                return TextFolding.fold(c.name ?? "").contains(folded) || (c.email ?? "").lowercased().contains(folded)
                    || (c.phone ?? "").contains(folded) || TextFolding.digits(c.phone ?? "").contains(folded)
            }
            #expect(directory.search(query) == expected, "\(query)")
        }
    }
}
