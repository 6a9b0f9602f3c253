import Foundation
import Testing
@testable import AcquireKit

/// Plain http only to this machine: literal loopback addresses, or names that resolve to
/// loopback addresses only. A `.localhost` name is not trusted by its spelling.
@Suite struct LoopbackRuleTests {
    let refusal = "plain http:// is only allowed to this machine; use https://"

    @Test func literalLoopbackAddressesNeedNoResolving() {
        let never: URLPolicy.Resolver = { _ in Issue.record("resolved"); return [] }
        for host in ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1"] {
            #expect(URLPolicy.isLoopback(host, resolve: never), "\(host)")
        }
        for host in ["10.0.0.1", "128.0.0.1", "::2", "0.0.0.0", "[::]"] {
            #expect(!URLPolicy.isLoopback(host, resolve: never), "\(host)")
        }
    }

    @Test func aLocalhostNameCountsOnlyIfItResolvesToLoopbackOnly() {
        let url = URL(string: "http://anything.localhost:8080/api")!
        #expect(URLPolicy.refusal(for: url, resolve: { _ in [] }) == refusal)
        #expect(URLPolicy.refusal(for: url, resolve: { _ in ["127.0.0.1", "::1"] }) == nil)
        #expect(URLPolicy.refusal(for: url, resolve: { _ in ["127.0.0.1", "192.0.2.7"] }) == refusal)
        #expect(URLPolicy.refusal(for: URL(string: "http://dev.internal")!, resolve: { _ in ["127.0.0.1"] }) == nil)
        #expect(URLPolicy.refusal(for: URL(string: "https://anything.localhost")!, resolve: { _ in [] }) == nil)
    }

    @Test func theConfigAndTheTransportAskTheResolver() async throws {
        // The real resolver: "localhost" is in /etc/hosts; a .invalid name never resolves.
        #expect(URLPolicy.refusal(for: URL(string: "http://localhost:1")!) == nil)
        #expect(throws: ConfigError.badBaseURL("http://nowhere.invalid", reason: refusal)) {
            try ConfigResolver.validBaseURL("http://nowhere.invalid")
        }
        let transport = AsyncHTTPTransport(resolve: { _ in ["127.0.0.1", "203.0.113.9"] })
        await #expect(throws: TransportError.notSent(refusal)) {
            _ = try await transport.send(AcquireKit.HTTPRequest(method: "GET", url: URL(string: "http://sneaky.localhost/x")!))
        }
    }

    @Test func aNameThatResolvesToLoopbackIsSentToTheAddressItWasCheckedAgainst() async throws {
        let server = try await TestServer.start { _, _ in .json(200, "{}") }
        let transport = AsyncHTTPTransport(resolve: { _ in ["127.0.0.1"] })
        let url = URL(string: "http://app.localhost:\(server.port)/x?q=1")!
        let r = try await transport.send(AcquireKit.HTTPRequest(method: "GET", url: url))
        await server.stop()
        #expect(r.status == 200)
        #expect(server.requests.map(\.path) == ["/x"])
    }
}
