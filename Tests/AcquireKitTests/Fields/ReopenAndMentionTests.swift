import Foundation
import Testing
@testable import AcquireKit

/// Which cases may be reopened, and finding the agents a message mentions.
@Suite struct ReopenAndMentionTests {
    let agents = (try? ResponseDecoder().agents(try Fixtures.data("agent-list.response.json"))) ?? []

    @Test func onlyAClosedCaseOfTheSameContactReopens() {
        let closed = CaseRecord(id: 1683, threadId: 1683, title: "", description: "", channel: "chat", status: "closed", contactId: 5)
        #expect(closed.reopenProblem(forContact: 5) == nil)
        #expect(closed.reopenProblem(forContact: 6)
                == "Case #1683 belongs to contact #5, not #6; choose one of this contact's cases.")
        var active = closed
        active.status = "active"
        #expect(active.reopenProblem(forContact: 5)
                == "Case #1683 is active, not closed; only a closed case can be reopened. Leave out the reopen to open a new case.")
        active.status = ""
        #expect(active.reopenProblem(forContact: 5)?.hasPrefix("Case #1683 is not closed;") == true)
    }

    @Test func filterByTyping() {
        #expect(agents.count == 3)
        #expect(AgentMatching.filter(agents, "").map(\.id) == [1, 19, 20])
        #expect(AgentMatching.filter(agents, "se").map(\.id) == [20, 1, 19])   // set2 starts with it; the others contain it
        #expect(AgentMatching.filter(agents, "ACQUIRE").map(\.id) == [19, 20])
        #expect(AgentMatching.filter(agents, "zz").isEmpty)
    }

    @Test func resolveByIdEmailOrName() throws {
        func id(_ text: String) -> Int? { try? AgentMatching.resolve(text, in: agents).get().id }
        #expect(id("19") == 19 && id("@20") == 20 && id("USER@example.com") == 1 && id("david guetta") == 1)
        #expect(id("guetta") == 1)
        guard case .failure(let many) = AgentMatching.resolve("acquire", in: agents) else { Issue.record("ambiguous"); return }
        #expect(many.message == "\"acquire\" matches 2 agents (hello user1 (19), set2 (20)); give the id or the email.")
        guard case .failure(let none) = AgentMatching.resolve("nobody\u{1b}[2J", in: agents) else { Issue.record("none"); return }
        #expect(none.message == "No agent matches \"nobody^[[2J\"; give an id, an email or a name: David Guetta (1), hello user1 (19), set2 (20).")
        #expect((try? AgentMatching.resolve("999", in: agents).get()) == nil)
    }
}
