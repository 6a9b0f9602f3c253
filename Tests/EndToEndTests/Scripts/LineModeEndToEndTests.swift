import AcquireKit
import AcquireSandbox
import Foundation
import Testing

/// The line mode in a real terminal that cannot move the cursor (TERM=dumb): one question at a time,
/// the same create, drafts and signals as the full screen, and not one escape byte.
@Suite struct LineModeEndToEndTests {
    /// Starts the app in tmux with `term` (a shell around it prints `rc=N` at the end), its output copied to `raw`.
    func launch(_ s: AppSession, term: String = "dumb", arguments: [String] = [], raw: String) async throws {
        try await s.launch(AppSession.Launch(width: 80, height: 24, term: term, arguments: arguments, gate: true))
        try await s.tmux { try $0.pipeOutput(to: raw) }
        try await s.openGate()
    }

    func line(_ s: AppSession, _ text: String) async throws {
        if !text.isEmpty { try await s.type(text) }
        try await s.keys("Enter")
    }

    /// From the title question to the review: the title, the message lines, the shown channel and agent.
    @discardableResult
    func answerToReview(_ s: AppSession, title: String, message: [String]) async throws -> String {
        try await s.waitFor("Title:")
        try await line(s, title)
        try await s.waitFor("Message: type it line by line")
        for l in message + ["."] { try await line(s, l) }
        try await s.waitFor("Channel (number or name")
        try await line(s, "")
        try await s.waitFor("Agent (number, name or e-mail")
        try await line(s, "")
        // The sandbox's case fields, one question each: the required priority, then Enter past the rest.
        try await s.waitFor("Priority (required; a number or an option):")
        try await line(s, "2")
        for question in ["Topics (", "Team (", "Order number (", "Reply-to email (", "title (custom field) (", "Due date ("] {
            try await s.waitFor("\n" + question)
            try await line(s, "")
        }
        return try await s.waitFor("Send it? y = send")
    }

    @Test func aWholeCaseWithTERMDumbSendsOneCreateAndNoEscape() async throws {
        let raw = NSTemporaryDirectory() + "acq-e2e-lines-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        try await AppSession.using { s in
            let c = try await s.namedContact()
            try await launch(s, raw: raw)
            try await s.waitFor("Contact (name, e-mail, phone or #id):")
            try await line(s, try #require(c.email))
            try await s.waitFor("Contact: \(c.displayName)")
            let review = try await answerToReview(s, title: "Refund", message: ["Card charged twice.", "Please refund."])
            #expect(review.contains("Review the case:\n  Contact: \(c.displayName) (#\(c.id))\n  Title: Refund\n  Channel: Chat (chat)"))
            #expect(review.contains("  Agent: No agent: automatic routing\n  Priority: Normal\n  Message:\n    Card charged twice.\n    Please refund."))
            // The draft was saved while typing.
            #expect(s.draft()?["message"] as? String == "Card charged twice.\nPlease refund.")
            try await line(s, "y")
            let done = try await s.waitFor("n = another case for this contact")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first?.body == #"{"agentId":0,"channel":"chat","fields":{"priority":"Normal"},"isFromCobrowse":false,"mentionUsers":[],"message":{"message":"Card charged twice.\nPlease refund.","translateLangKey":"","type":"message"},"routeAgentId":0,"source":"firstMessage","title":"Refund"}"#)
            let stored = try await s.client().recentCases(contactId: c.id, limit: 3)
            #expect(done.contains("created: case #\(stored.first?.id ?? -1) for \(c.displayName) (#\(c.id))"))
            #expect(s.draft() == nil, "the draft outlived the create")
            try await line(s, "q")
            try await s.waitFor("rc=0")
            let bytes = [UInt8](FileManager.default.contents(atPath: raw) ?? Data())
            #expect(bytes.count > 500, "too little output was captured")
            #expect(!bytes.contains(0x1B), "an escape byte reached the terminal")
            #expect(TerminalBytes.problems(in: bytes).isEmpty)
        }
    }

    @Test func aSignalEndsInASavedDraftThatIsOfferedNextTime() async throws {
        let raw = NSTemporaryDirectory() + "acq-e2e-lines-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        try await AppSession.using { s in
            try await launch(s, term: "xterm-256color", arguments: ["--plain"], raw: raw)
            try await s.waitFor("Contact (name")
            try await line(s, "#3")
            try await s.waitFor("Title:")
            try await line(s, "Callback")
            try await s.waitFor("Message:")
            try await line(s, "Half a message")
            // SIGHUP: the terminal went away while a message was being typed.
            // Each line is saved as it is typed: wait for that, then hang up.
            #expect(try await eventually { s.draft()?["message"] as? String == "Half a message" })
            kill(s.appPID, SIGHUP)
            try await s.waitFor("rc=129")
            #expect(s.draft()?["title"] as? String == "Callback")
            #expect(s.draft()?["message"] as? String == "Half a message")
            #expect(s.draft()?["contactId"] as? Int == 3)

            try await launch(s, raw: raw)
            try await s.waitFor("An unsent draft from")
            try await s.waitFor("1 line of message.")
            #expect(try await s.screen().contains("\"Callback\""))
            try await line(s, "r")
            // The required priority was never given: the review says so, and offers no sending.
            try await s.waitFor("Change: c = contact")
            #expect(try await s.screen().contains("  - Priority: Choose a priority for the case. (f)"))
            try await line(s, "m")
            try await s.waitFor("Ending at once keeps the current message.")
            try await line(s, "The whole message.")
            try await line(s, ".")
            try await s.waitFor("    The whole message.")
            kill(s.appPID, SIGTERM)
            let end = try await s.waitFor("rc=143")
            #expect(end.contains("The draft is kept; it will be offered the next time"))
            #expect(s.draft()?["message"] as? String == "The whole message.")
            #expect(try await s.creates().isEmpty)
            let bytes = [UInt8](FileManager.default.contents(atPath: raw) ?? Data())
            #expect(!bytes.contains(0x1B), "an escape byte reached the terminal")
        }
    }

    @Test func anUncertainCreateIsLookedUpInTheLineModeToo() async throws {
        let raw = NSTemporaryDirectory() + "acq-e2e-lines-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        try await AppSession.using(faults: [try SandboxFault.parse("create:500:stored")]) { s in
            try await launch(s, raw: raw)
            try await s.waitFor("Contact (name")
            try await line(s, "#5")
            try await answerToReview(s, title: "Refund", message: ["Twice"])
            try await line(s, "y")
            let screen = try await s.waitFor("(found)")
            #expect(screen.contains("The case may or may not have been created (HTTP 500)."))
            let stored = try await s.client().recentCases(contactId: 5, limit: 3)
            #expect(screen.contains("created: case #\(stored.first?.id ?? -1) (found)"))
            #expect(try await s.creates().count == 1)
            try await line(s, "q")
            try await s.waitFor("rc=0")
        }
    }

    @Test func noTerminalAtAllRefusesAndPointsAtCreate() async throws {
        try await AppSession.using { s in
            for args in [["--plain"], []] {
                let r = try await s.command(args, extra: ["TERM": "dumb"])
                #expect(r.status == 2)
                #expect(r.stderr.contains("standard input is not a terminal"), "\(r.stderr)")
                #expect(r.stderr.contains("acquire-cases create"), "\(r.stderr)")
            }
        }
    }
}
