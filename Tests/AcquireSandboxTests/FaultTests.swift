import TestSupport
import Foundation
import Testing
@testable import AcquireSandbox

/// Each fault kind, observed over real HTTP.
@Suite("Faults")
struct FaultTests {
    @Test("status faults answer with a JSON error; 429 carries Retry-After; counted faults wear off",
          arguments: [401, 403, 404, 429, 500, 503])
    func status(code: Int) async throws {
        let box = try await TestSandbox.start(faults: [
            SandboxFault(endpoint: .agents, kind: .status(code, retryAfter: code == 429 ? "3" : nil), count: 1),
        ])
        defer { Task { await box.stop() } }
        let failed = try await box.call("GET", "/api/v1/account/user")
        #expect(failed.status == code)
        #expect((failed.json as? [String: Any])?["message"] is String)
        #expect(failed.header("Retry-After") == (code == 429 ? "3" : nil))
        #expect(try await box.call("GET", "/api/v1/account/user").status == 200)
    }

    @Test("502 is an HTML page from a proxy")
    func badGateway() async throws {
        let box = try await TestSandbox.start(faults: [SandboxFault(endpoint: .all, kind: .badGatewayHTML)])
        defer { Task { await box.stop() } }
        let answer = try await box.call("GET", "/api/v1/crm/channel/all")
        #expect(answer.status == 502)
        #expect(answer.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(answer.text.contains("<h1>502 Bad Gateway</h1>"))
        #expect(answer.json == nil)
    }

    @Test("a 500 on create stores nothing, unless marked stored")
    func createServerError() async throws {
        let box = try await TestSandbox.start()
        defer { Task { await box.stop() } }
        await box.sandbox.setFaults([SandboxFault(endpoint: .createCase, kind: .status(500))])
        let before = try await box.cases(contactId: 20).count
        #expect(try await box.create(contactId: "20").status == 500)
        #expect(try await box.cases(contactId: 20).count == before)
        await box.sandbox.setFaults([SandboxFault(endpoint: .createCase, kind: .status(500), stored: true)])
        #expect(try await box.create(contactId: "20", title: "Stored anyway").status == 500)
        let after = try await box.cases(contactId: 20)
        #expect(after.count == before + 1)
        #expect(after.first?["title"] as? String == "Stored anyway")
    }

    @Test("drop after request: no answer reaches the client, yet the case is stored (uncertain create)")
    func dropStoresCase() async throws {
        let box = try await TestSandbox.start(faults: [SandboxFault(endpoint: .createCase, kind: .dropAfterRequest, count: 1)])
        defer { Task { await box.stop() } }
        await #expect(throws: (any Error).self) {
            _ = try await box.create(contactId: "33", title: "Did it arrive?")
        }
        let cases = try await box.cases(contactId: 33)
        #expect(cases.first?["title"] as? String == "Did it arrive?")
        let journal = await box.sandbox.journal()
        #expect(journal.first(where: \.isCreate)?.status == 0)
    }

    @Test("without keep-alive, a dropped create on a session that already talked fails, reaches the server once, and is stored")
    func dropWithoutKeepAlive() async throws {
        let box = try await TestSandbox.start(keepAlive: false)
        defer { Task { await box.stop() } }
        let first = try await box.call("GET", "/api/v1/account/user")
        #expect(first.header("Connection") == "close")
        await box.sandbox.setFaults([SandboxFault(endpoint: .createCase, kind: .dropAfterRequest)])
        // How fast the client notices the dropped connection depends on the machine's load; what
        // matters is that the call fails and the server saw exactly one create.
        await #expect(throws: (any Error).self) {
            _ = try await box.create(contactId: "9", title: "Lost answer")
        }
        #expect(try await box.cases(contactId: 9).first?["title"] as? String == "Lost answer")
        let creates = await box.sandbox.journal().filter { $0.method == "POST" }
        #expect(creates.count == 1, "exactly one create reached the server")
    }

    @Test("truncated and malformed JSON arrive as 200 bodies that do not parse")
    func brokenBodies() async throws {
        let box = try await TestSandbox.start(faults: [
            SandboxFault(endpoint: .listCases, kind: .truncatedJSON),
            SandboxFault(endpoint: .departments, kind: .malformedJSON),
        ])
        defer { Task { await box.stop() } }
        let truncated = try await box.call("GET", "/api/v1/crm/objects/case")
        #expect(truncated.status == 200)
        #expect(truncated.text.hasPrefix("{\"data\""))
        #expect(truncated.json == nil)
        let malformed = try await box.call("GET", "/api/v1/account/department")
        #expect(malformed.status == 200)
        #expect(!malformed.data.isEmpty)
        #expect(malformed.json == nil)
        #expect(try await box.call("GET", "/api/v1/account/user").json != nil)
    }

    @Test("hostile text puts escape sequences, OSC 52, C1, bidi and very long values in names and titles")
    func hostile() async throws {
        let box = try await TestSandbox.start(faults: [SandboxFault(endpoint: .all, kind: .hostileText)])
        defer { Task { await box.stop() } }
        let agents = try #require(try await box.call("GET", "/api/v1/account/user").object?["data"] as? [[String: Any]])
        let names = agents.compactMap { $0["name"] as? String }
        let scalars = Set(names.joined().unicodeScalars.map(\.value))
        #expect(scalars.contains(0x1B))
        #expect(names.contains { $0.contains("\u{1B}]52;") })
        #expect(scalars.contains(0x9B) || scalars.contains(0x85))
        #expect(scalars.contains(0x202E))
        #expect(names.contains { $0.count > 2_000 })
        let created = try #require(try await box.create(contactId: "2", title: "Plain").object)
        #expect((created["title"] as? String)?.unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x2066 || $0.value == 0x2028 } == true)
        let visits = (created["contact"] as? [String: Any])?["visits"] as? [[String: Any]] ?? []
        #expect(visits.allSatisfy { ($0["url"] as? String)?.unicodeScalars.contains { $0.value < 0x20 || $0.value > 0x7E } == true })
    }

    @Test("latency can depend on the search text, so answers arrive out of order")
    func latencyByMatch() async throws {
        let box = try await TestSandbox.start(faults: [
            // 60 s: the fast answer has that long to arrive first, even when the suite's other tests
            // keep this process's threads busy (8 s was once not enough at load 10).
            SandboxFault(endpoint: .searchContacts, kind: .latency(milliseconds: 60_000), match: "al"),
        ])
        defer { Task { await box.stop() } }
        let finished = Flag()
        let slow = Task {
            let answer = try await box.search("AL")
            await finished.set()
            return answer
        }
        // Waits for the slow request to arrive (a loaded machine may take long to send it).
        #expect(await eventually(within: 60) { await box.sandbox.journal().contains { $0.body.contains("\"AL\"") } })
        let fast = try await box.search("ali")
        #expect(fast.status == 200)
        #expect(await finished.value == false, "the answer for \"al\" must come after the one for \"ali\"")
        #expect(try await slow.value.status == 200)
        #expect(await finished.value)
    }
}

/// A boolean shared between tasks.
actor Flag {
    private(set) var value = false
    func set() { value = true }
}
