import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import AcquireSandbox

/// The search answer stays what it was while it is built faster: same contacts, same JSON.
@Suite("Search answers")
struct SearchAnswerTests {
    /// Re-encoded with sorted keys, so dictionary order does not matter (and true stays true, 1 stays 1).
    private func canonical(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    private func canonical(json data: Data) throws -> Data {
        try canonical(JSONSerialization.jsonObject(with: data))
    }

    @Test("search answers are the ones recorded from the sandbox before the faster search item and encoder")
    func recordedAnswers() async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sandbox-search/answers.json")
        let entries = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        #expect(entries.count == 12)
        let plain = try await TestSandbox.start(contacts: 600, seed: 1)
        let hostile = try await TestSandbox.start(contacts: 600, seed: 1,
                                                  faults: [SandboxFault(endpoint: .searchContacts, kind: .hostileText)])
        defer { Task { await plain.stop(); await hostile.stop() } }
        for entry in entries {
            let text = try #require(entry["search"] as? String)
            let page = try #require(entry["page"] as? Int)
            let limit = try #require(entry["limit"] as? Int)
            let box = entry["hostile"] as? Bool == true ? hostile : plain
            let answer = try await box.search(text, page: page, limit: limit)
            #expect(answer.status == 200)
            let expected = try canonical(#require(entry["answer"]))
            #expect(try canonical(json: answer.data) == expected, "\(text) page \(page) limit \(limit) \(entry["hostile"] ?? "")")
        }
    }

    @Test("details without visits are the full details but for the visits, for every contact")
    func detailsWithoutVisits() {
        let directory = ContactDirectory(count: 3_000, seed: 5)
        for record in directory.contacts {
            let full = directory.details(of: record)
            let light = directory.details(of: record, visits: false)
            #expect(light.visits.isEmpty)
            #expect(full.visits.count == record.visitCount)
            #expect(light.ip == full.ip && light.custom == full.custom && light.ua == full.ua
                && light.clientName == full.clientName && light.clientVersion == full.clientVersion
                && light.clientOsName == full.clientOsName && light.networkType == full.networkType
                && light.speed == full.speed, "contact \(record.id)")
        }
    }

    @Test("a search item's contact fields are what the contact's full details give, plain and hostile")
    func searchItemMatchesFullDetails() throws {
        let directory = ContactDirectory(count: 800, seed: 3)
        for hostile in [false, true] {
            let renderer = Renderer(directory: directory, hostile: hostile)
            for record in directory.contacts {
                let details = directory.details(of: record)
                let item = renderer.searchItem(record, search: "")
                var expected = renderer.contactBase(record, details, plainDates: true)
                expected["fields"] = renderer.flatFields(record, details)
                for (key, value) in expected {
                    let got = try #require(item[key], "\(key) of contact \(record.id)")
                    #expect(try canonical([key: got]) == canonical([key: value]), "\(key) of contact \(record.id)")
                }
            }
        }
    }

    @Test("JSONBody writes what JSONSerialization reads back as its own encoding of the same object")
    func encoderAgreesWithJSONSerialization() throws {
        let directory = ContactDirectory(count: 300, seed: 2)
        var objects: [Any] = [[
            "text": "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u{07} nul \u{00} del \u{7F} esc \u{1B}[2J",
            "unicode": "José 王伟 🚀 \u{202E}rtl\u{202C} zero\u{200B}width e\u{301}", "empty": "",
            "int": -42, "zero": 0, "big": Int.max, "yes": true, "no": false, "null": NSNull(),
            "nested": [[String: Any]](), "list": [1, "two", NSNull(), [3]] as [Any], "texts": ["a", "b"],
            "objects": [["k": 1], ["k": 2]],
        ] as [String: Any]]
        for hostile in [false, true] {
            let renderer = Renderer(directory: directory, hostile: hostile)
            objects.append(["list": directory.contacts.prefix(60).map { renderer.searchItem($0, search: "a") },
                            "counts": ["filteredCount": 60]] as [String: Any])
            objects.append(directory.contacts.prefix(20).map { renderer.listItem($0, latest: nil, totalCases: 0) })
            objects.append(directory.contacts.prefix(20).map { renderer.oneContact($0, cases: []) })
        }
        for (index, object) in objects.enumerated() {
            let written = try #require(JSONBody.encode(object), "object \(index)")
            #expect(try canonical(json: written) == canonical(object), "object \(index)")
        }
    }

    @Test("a value JSONBody does not write (a parsed NSNumber, a Double) still answers, through JSONSerialization")
    func encoderFallsBack() throws {
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(#"{"flag": true, "n": 7}"#.utf8)) as? [String: Any])
        #expect(JSONBody.encode(parsed) == nil)
        #expect(JSONBody.encode(["x": 1.5]) == nil)
        let reply = Reply.data(parsed)
        #expect(try canonical(json: reply.body) == canonical(["data": parsed]))
    }

    @Test("dates are written as String(format:) wrote them, milliseconds included")
    func dateText() {
        var seconds = 1_577_836_800.0
        while seconds < 1_577_836_800 + 5 * 365 * 86_400 {
            let date = Date(timeIntervalSince1970: seconds)
            var time = time_t(seconds.rounded(.down))
            var t = tm()
            gmtime_r(&time, &t)
            let ms = min(max(Int((seconds - seconds.rounded(.down)) * 1000), 0), 999)
            let y = Int(t.tm_year) + 1900, mo = Int(t.tm_mon) + 1, d = Int(t.tm_mday)
            let h = Int(t.tm_hour), mi = Int(t.tm_min), s = Int(t.tm_sec)
            #expect(DateText.plain(date) == String(format: "%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, s))
            #expect(DateText.iso(date, keepMillis: true)
                == String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, mo, d, h, mi, s, ms))
            #expect(DateText.iso(date) == String(format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, h, mi, s))
            seconds += 25_013.437
        }
    }
}
