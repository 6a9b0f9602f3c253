import Testing
@testable import AcquireSandbox

@Suite("Fault specs")
struct FaultParseTests {
    @Test("the documented command-line forms parse")
    func parses() throws {
        #expect(try SandboxFault.parse("create:500") == SandboxFault(endpoint: .createCase, kind: .status(500)))
        #expect(try SandboxFault.parse("search:latency=800")
                == SandboxFault(endpoint: .searchContacts, kind: .latency(milliseconds: 800)))
        #expect(try SandboxFault.parse("create:drop") == SandboxFault(endpoint: .createCase, kind: .dropAfterRequest))
        #expect(try SandboxFault.parse("all:hostile") == SandboxFault(endpoint: .all, kind: .hostileText))
        #expect(try SandboxFault.parse("create:429:retry=3")
                == SandboxFault(endpoint: .createCase, kind: .status(429, retryAfter: "3")))
        #expect(try SandboxFault.parse("cases:truncated") == SandboxFault(endpoint: .listCases, kind: .truncatedJSON))
        #expect(try SandboxFault.parse("agents:malformed") == SandboxFault(endpoint: .agents, kind: .malformedJSON))
        #expect(try SandboxFault.parse("create:500:once") == SandboxFault(endpoint: .createCase, kind: .status(500), count: 1))
        #expect(try SandboxFault.parse("create:500:stored")
                == SandboxFault(endpoint: .createCase, kind: .status(500), stored: true))
        #expect(try SandboxFault.parse("channels:502") == SandboxFault(endpoint: .channels, kind: .badGatewayHTML))
        #expect(try SandboxFault.parse("search:latency=800:match=al")
                == SandboxFault(endpoint: .searchContacts, kind: .latency(milliseconds: 800), match: "al"))
        #expect(try SandboxFault.parse("search:latency=5:count=3:match=a:b").match == "a:b")
        #expect(try SandboxFault.parse("search:latency=5:count=3").count == 3)
    }

    @Test("bad specs are refused with a reason", arguments: [
        "create", "nowhere:500", "create:boom", "create:200", "search:latency=x", "create:drop:retry=3",
        "create:500:sometimes", "create:500:count=0",
    ])
    func refuses(spec: String) {
        #expect(throws: SandboxFaultParseError.self) { try SandboxFault.parse(spec) }
    }
}
