import AcquireSandbox
import Foundation
import Testing

/// Issue 5, errors users can act on: a failing read shows its sentence where it happened and keeps
/// what was typed.
@Suite struct ReadFaultTests {
    @Test(arguments: [("search:401", "Acquire refused the API key."),
                      ("search:503", "Acquire is unavailable for now.")])
    func searchFailureShowsOnSearchScreen(spec: String, sentence: String) async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse(spec)])
        do {
            try await s.launch()
            try await s.waitFor("Search")
            try await s.type("Sophia")
            let screen = try await s.waitFor(sentence)
            #expect(screen.contains("Search Sophia"), "\(spec): the query was lost:\n\(screen)")
            #expect(screen.contains("Enter pick"), "\(spec): not on the search screen:\n\(screen)")
            let searches = try await s.journal().filter { $0.path.hasSuffix("/crm/contact/list") }
            #expect(!searches.isEmpty && searches.allSatisfy { $0.status == Int(spec.dropFirst(7)) }, "\(spec): \(searches.map(\.status))")
            // Once the server is well again, the next edit searches normally with the text as typed.
            try await s.setFaults([])
            try await s.type(" ")
            try await s.keys("BSpace")
            try await s.waitForScreen("results after the fault cleared") { $0.contains("Contacts 1/") && !$0.contains(sentence) }
        } catch { Issue.record(error) }
        await s.close()
    }

    @Test func agentsFailureShowsOnCompose() async throws {
        let s = try await AppSession.start(faults: [try SandboxFault.parse("agents:500")])
        do {
            try await s.launch()
            try await s.pickContact(5)
            try await s.compose(title: "Title kept", message: ["Message kept"])
            let screen = try await s.waitFor("Acquire had an internal error (HTTP 500).")
            #expect(screen.contains("Title kept") && screen.contains("Message kept"), "typed text lost:\n\(screen)")
            let agents = try await s.journal().filter { $0.path == "/api/v1/account/user" }
            #expect(!agents.isEmpty && agents.allSatisfy { $0.status == 500 }, "\(agents.map(\.status))")
        } catch { Issue.record(error) }
        await s.close()
    }
}
