import AcquireKit
import AcquireSandbox
import Foundation
import Testing

/// `acquire-cases create` against the sandbox: exactly one create with the exact body, stdin
/// messages, dry runs, JSON out, and every documented exit status from a real fault.
@Suite struct CreateCommandTests {
    /// The body the sandbox must receive for title "Refund" and `message`, automatic routing.
    /// The body the sandbox must receive for title "Refund" and `message`, automatic routing, priority Normal
    /// (the sandbox's one required case field).
    static func body(message: String, channel: String = "chat", routeAgentId: Int = 0) -> String {
        #"{"agentId":0,"channel":"\#(channel)","fields":{"priority":"Normal"},"isFromCobrowse":false,"mentionUsers":[],"message":{"message":"\#(message)","translateLangKey":"","type":"message"},"routeAgentId":\#(routeAgentId),"source":"firstMessage","title":"Refund"}"#
    }

    static func flags(_ contact: String, _ more: [String] = []) -> [String] {
        ["create", "--contact", contact, "--title", "Refund", "--field", "priority=normal"] + more
    }

    @Test func aCreateFromFlagsSendsExactlyOneCreateWithTheExactBody() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let r = try await s.command(Self.flags(String(c.id), ["--message", "Card charged twice"]))
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first?.body == Self.body(message: "Card charged twice"))
            #expect(creates.first?.query == ["contactId": String(c.id)])
            let stored = try await s.client().recentCases(contactId: c.id, limit: 5)
            #expect(r.stdout == "created: case #\(stored.first?.id ?? -1) for \(c.displayName) (#\(c.id))\n")
            #expect(r.stderr.isEmpty)
        }
    }

    @Test func theContactByEmailOrPhoneAndTheAgentByNameAndTheMessageFromStdin() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let agents = try await s.client().agents()
            let agent = try #require(agents.first { a in agents.filter { $0.name.lowercased().contains(a.name.lowercased()) }.count == 1 })
            let r = try await s.command(Self.flags(c.email ?? "", ["--message-file", "-", "--agent", agent.name, "--quiet"]),
                                        stdin: "line one\r\nline \"two\"\n\n")
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first?.body == Self.body(message: #"line one\nline \"two\""#, routeAgentId: agent.id))
            let stored = try await s.client().recentCases(contactId: c.id, limit: 5)
            #expect(r.stdout == "\(stored.first?.id ?? -1)\n")
            // By phone, too.
            let byPhone = try await s.command(Self.flags(c.phone ?? "", ["--message", "x", "--dry-run"]))
            #expect(byPhone.status == 0, "stderr: \(byPhone.stderr)")
            #expect(byPhone.stdout.contains("contactId=\(c.id)\n"))
        }
    }

    @Test func aDryRunPrintsTheExactRequestAndSendsNothing() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let flags = Self.flags(String(c.id), ["--message", "Card charged twice", "--channel", "mail"])
            let dry = try await s.command(flags + ["--dry-run"])
            #expect(dry.status == 0, "stderr: \(dry.stderr)")
            let base = try s.testSandbox().baseURL.absoluteString
            #expect(dry.stdout == "POST \(base)/api/v1/crm/messenger/chat/create?contactId=\(c.id)\n"
                    + Self.body(message: "Card charged twice", channel: "mail") + "\n")
            #expect(try await s.creates().isEmpty)
            // The same flags for real send exactly those bytes.
            let real = try await s.command(flags)
            #expect(real.status == 0, "stderr: \(real.stderr)")
            let creates = try await s.creates()
            #expect(creates.count == 1)
            #expect(creates.first.map { $0.body + "\n" } == dry.stdout.split(separator: "\n", maxSplits: 1).last.map { String($0) })
        }
    }

    @Test func jsonIsOneObjectWithTheCase() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let r = try await s.command(Self.flags(String(c.id), ["--message", "m", "--json"]))
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let stored = try #require(try await s.client().recentCases(contactId: c.id, limit: 5).first)
            #expect(Set(object.keys) == ["id", "threadId", "status", "channel", "title", "contact", "created"])
            #expect(object["id"] as? Int == stored.id)
            #expect(object["threadId"] as? Int == stored.threadId)
            #expect(object["status"] as? String == stored.status)
            #expect(object["channel"] as? String == "chat")
            #expect(object["title"] as? String == "Refund")
            let contact = try #require(object["contact"] as? [String: Any])
            #expect(contact["id"] as? Int == c.id)
            #expect(contact["name"] as? String == c.displayName)
            let created = try #require(object["created"] as? String)
            #expect(try Date(created, strategy: .iso8601) == stored.dateCreated.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) })
            #expect(r.stdout.hasSuffix("}\n") && r.stdout.filter { $0 == "\n" }.count == 1)
        }
    }

    /// One create under a fault: the exit status, stdout, stderr, and how many creates reached the sandbox.
    func underFault(_ spec: String, extra: [String] = []) async throws -> (Shell.Result, creates: Int, contact: Contact, cases: [CaseRecord]) {
        let s = try await AppSession.start(faults: [try SandboxFault.parse(spec)], caseFields: true)
        do {
            let c = try await s.namedContact()
            let r = try await s.command(Self.flags(String(c.id), ["--message", "Card charged twice"] + extra))
            let creates = try await s.creates().count
            try await s.setFaults([])
            let cases = try await s.client().recentCases(contactId: c.id, limit: 10)
            await s.close()
            return (r, creates, c, cases)
        } catch { await s.close(); throw error }
    }

    @Test(arguments: [("create:401", AcquireError.unauthorized(keySource: .environment("ACQUIRE_API_KEY"))),
                      ("create:403", AcquireError.forbidden)] as [(String, AcquireError)])
    func aRefusedKeyExits4(spec: String, error: AcquireError) async throws {
        let (r, creates, _, cases) = try await underFault(spec)
        #expect(r.status == 4, "stderr: \(r.stderr)")
        #expect(r.stderr == "acquire-cases: \(error.message) \(error.advice)\n")
        #expect(r.stdout.isEmpty)
        #expect(creates == 1)
        #expect(cases.isEmpty)
    }

    @Test func a500AfterStoringIsFoundAndExits0() async throws {
        let (r, creates, _, cases) = try await underFault("create:500:stored")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(creates == 1)
        #expect(r.stdout == "created: case #\(cases.first?.id ?? -1) (found)\n")
        #expect(r.stderr.contains(AcquireError.uncertain("HTTP 500").message))
    }

    @Test func a500WithoutStoringIsNotConfirmedAndExits3() async throws {
        let (r, creates, c, cases) = try await underFault("create:500")
        #expect(r.status == 3, "stderr: \(r.stderr)")
        #expect(creates == 1)
        #expect(cases.isEmpty)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("acquire-cases: not confirmed: case may exist for #\(c.id); check before creating again\n"))
    }

    @Test func a503WithRetryAfterExits5AndSaysHowLongToWait() async throws {
        let (r, creates, _, cases) = try await underFault("create:503:retry=30")
        #expect(r.status == 5, "stderr: \(r.stderr)")
        #expect(r.stderr == "acquire-cases: Acquire is unavailable for now. Retry allowed in 30 s.\n")
        #expect(creates == 1)
        #expect(cases.isEmpty)
    }

    @Test func aDroppedCreateIsLookedUpNotResent() async throws {
        let (r, creates, _, cases) = try await underFault("create:drop")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(creates == 1)
        #expect(cases.count == 1)
        #expect(r.stdout == "created: case #\(cases.first?.id ?? -1) (found)\n")
    }

    @Test func aRefusedRequestExits1AndNothingIsCreated() async throws {
        let (r, creates, _, cases) = try await underFault("create:400")
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.hasPrefix("acquire-cases: Acquire refused the request"))
        #expect(creates == 1)
        #expect(cases.isEmpty)
    }

    @Test func aFailedLookupBeforeTheCreateSendsNoCreate() async throws {
        let (r, creates, _, _) = try await underFault("channels:503:retry=90")
        #expect(r.status == 5, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("Retry allowed in 90 s."))
        #expect(creates == 0)
    }

    @Test func ctrlCDuringASlowCreateCancelsItAndLooksItUp() async throws {
        try await AppSession.using(faults: [try SandboxFault.parse("create:latency=3000")]) { s in
            let c = try await s.namedContact()
            try await s.launch(Self.flags(String(c.id), ["--message", "Slow"]), inShell: true)
            try await s.waitForJournal("the create") { $0.contains(where: \.isCreate) }
            kill(s.appPID, SIGINT)
            let screen = try await s.waitFor("rc=", seconds: 30)
            #expect(screen.contains("Cancelled. Nothing more will be sent."), "\(screen)")
            // The sandbox stores a create before it holds the answer (and journals it then): the lookup finds it.
            let stored = try #require(try await s.client().recentCases(contactId: c.id, limit: 3).first)
            #expect(screen.contains("created: case #\(stored.id) (found)"), "\(screen)")
            #expect(screen.contains("rc=0"), "\(screen)")
            #expect(try await s.creates().count == 1)
        }
    }

    @Test func badValuesExit2BeforeAnythingIsSent() async throws {
        try await AppSession.using { s in
            let c = try await s.namedContact()
            let id = String(c.id)
            let cases: [([String], String?, String)] = [
                (["create", "--contact", id, "--title", " ", "--message", "m"], nil, "--title: The title is empty."),
                (["create", "--contact", id, "--title", "t"], nil, "exactly one of --message TEXT or --message-file FILE"),
                (["create", "--contact", id, "--title", "t", "--message", "m", "--channel", "fax"], nil, "Acquire offers no channel \"fax\". Use one of: "),
                (["create", "--contact", id, "--title", "t", "--message", "m", "--agent", "o"], nil, "agents match \"o\"; give one by id or e-mail:"),
                (["create", "--contact", "nobody", "--title", "t", "--message", "m"], nil, "is not an id, an e-mail address or a phone number"),
                (["create", "--contact", "999999", "--title", "t", "--message", "m"], nil, "Acquire has no contact #999999."),
                (["create", "--contact", "no-such@example.invalid", "--title", "t", "--message", "m"], nil, "no contact has \"no-such@example.invalid\""),
                (["create", "--contact", id, "--title", "t", "--message", "m", "--json", "--quiet"], nil, "--json and --quiet cannot be used together"),
                (["create", "--contact", id, "--title", "t", "--message", "m", "--api-key", "k"], nil, "Unknown option '--api-key'"),
            ]
            for (args, stdin, expected) in cases {
                let r = try await s.command(args, stdin: stdin)
                #expect(r.status == 2, "\(args): \(r.stderr)")
                #expect(r.stderr.contains(expected), "\(args): \(r.stderr)")
                #expect(r.stdout.isEmpty, "\(args)")
            }
            // Bytes that are not UTF-8, and a message over the limit.
            let file = s.home + "/latin1.txt"
            try Data([0x63, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: file))
            let latin1 = try await s.command(["create", "--contact", id, "--title", "t", "--message-file", file])
            #expect(latin1.status == 2 && latin1.stderr.contains("is not UTF-8 text"), "\(latin1.stderr)")
            let big = try await s.command(["create", "--contact", id, "--title", "t", "--message-file", "-"],
                                          stdin: String(repeating: "a", count: CaseInput.maxMessageBytes + 1))
            #expect(big.status == 2 && big.stderr.contains("is over 65536 bytes"), "\(big.stderr)")
            #expect(try await s.creates().isEmpty)
            // An address that only part of a contact's matches: the candidates, with their ids.
            let email = try #require(c.email)
            let partial = try await s.command(["create", "--contact", String(email.dropFirst()), "--title", "t", "--message", "m"])
            #expect(partial.status == 2)
            #expect(partial.stderr.contains("no contact has exactly \"\(email.dropFirst())\"; these match in part (give one by id):\n  ID"),
                    "\(partial.stderr)")
            #expect(partial.stderr.contains("\n  \(c.id) "), "\(partial.stderr)")
            #expect(try await s.creates().isEmpty)
        }
    }

    @Test func withoutAnAccountScriptsRefuseUnlessToldToUseTheSandbox() async throws {
        try await AppSession.using(builtInSandbox: true) { s in
            let r = try await s.command(["create", "--contact", "1", "--title", "t", "--message", "m"])
            #expect(r.status == 2)
            #expect(r.stderr.contains("scripts never fall back to the sandbox"), "\(r.stderr)")
            let sandboxed = try await s.command(["create", "--sandbox", "--contact", "1", "--title", "t", "--message", "m",
                                                 "--field", "priority=Low"])
            #expect(sandboxed.status == 0, "\(sandboxed.stderr)")
            #expect(sandboxed.stdout.hasPrefix("created: case #"))
            #expect(sandboxed.stderr.contains("using the built-in sandbox"))
        }
    }

    @Test func unreachableExits1() async throws {
        try await AppSession.using(builtInSandbox: true) { s in
            // A loopback port nobody listens on: the request never leaves.
            let r = try await s.command(["channels"], extra: ["ACQUIRE_BASE_URL": "http://127.0.0.1:9", "ACQUIRE_API_KEY": "k"])
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr.hasPrefix("acquire-cases: Acquire could not be reached"), "\(r.stderr)")
        }
    }

    @Test func helpDocumentsTheExitStatuses() async throws {
        try await AppSession.using(builtInSandbox: true) { s in
            let r = try await s.command(["create", "--help"])
            #expect(r.status == 0)
            for line in ["0  created (or found", "1  failed, and nothing was created", "2  bad usage or configuration",
                         "3  not confirmed", "4  the API key was refused", "5  Acquire is unavailable or rate-limited"] {
                #expect(r.stdout.contains(line), "\(line)")
            }
        }
    }
}
