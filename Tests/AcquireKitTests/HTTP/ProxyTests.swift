import Foundation
import Testing
@testable import AcquireKit

/// HTTPS through a CONNECT proxy on loopback, configured as curl reads its variables.
@Suite(.serialized) struct ProxyTests {
    let certs: TestCertificates
    init() async throws { certs = try await TestCertificates.shared() }

    func client(_ server: TLSTestServer, env: [String: String]) throws -> (AcquireClient, ResolvedConfig) {
        var all = env
        all["SSL_CERT_FILE"] = certs.caFile
        let resolved = try ConfigResolver.resolve(flags: ConfigFlags(baseURL: server.baseURL.absoluteString), environment: all,
                                                  configPath: "/nonexistent/config.toml")
        var config = try resolved.clientConfiguration(apiKey: testKey)
        config.retry = RetryPolicy(maxAttempts: 1, baseDelay: 0.01, maxDelay: 0.02, retryAfterCap: 1)
        return (AcquireClient(configuration: config), resolved)
    }

    func withTLSServer(_ body: (TLSTestServer) async throws -> Void) async throws {
        let server = try await TLSTestServer.start(cert: certs.pair("good").cert, key: certs.pair("good").key)
        do { try await body(server) } catch { await server.stop(); throw error }
        await server.stop()
    }

    @Test func httpsGoesThroughTheTunnelWithTheProxyCredentials() async throws {
        let proxy = try ConnectProxy()
        defer { proxy.stop() }
        try await withTLSServer { server in
            let (client, resolved) = try client(server, env: ["HTTPS_PROXY": "http://agent:p%40ss@127.0.0.1:\(proxy.port)"])
            #expect(resolved.report(key: nil).contains("proxy        http://agent:••••@127.0.0.1:\(proxy.port)  (from HTTPS_PROXY; HTTPS through a CONNECT tunnel)"))
            #expect(try await client.channels().map(\.id) == ["chat"])
            let head = try #require(proxy.heads.first)
            #expect(head.hasPrefix("CONNECT localhost:\(server.port) HTTP/1.1\r\n"))
            // agent:p@ss, as Basic credentials, only to the proxy.
            #expect(head.contains("Basic \(Data("agent:p@ss".utf8).base64EncodedString())"))
            #expect(!head.contains(testKey.secret))
            #expect(server.requests.value == ["GET /api/v1/crm/channel/all"])
        }
    }

    @Test func aProxyThatRefusesTheTunnelMeansNothingWasSent() async throws {
        let proxy = try ConnectProxy(refuse: true)
        defer { proxy.stop() }
        try await withTLSServer { server in
            let (client, _) = try client(server, env: ["https_proxy": "127.0.0.1:\(proxy.port)"])
            await #expect(throws: AcquireError.offline("the proxy refused the connection")) { try await client.createCase(sampleCase) }
            #expect(proxy.heads.count == 1)
            #expect(server.requests.value.isEmpty)
        }
    }

    @Test func noProxyBypassesTheProxy() async throws {
        let proxy = try ConnectProxy()
        defer { proxy.stop() }
        try await withTLSServer { server in
            let (client, resolved) = try client(server, env: ["ALL_PROXY": "http://127.0.0.1:\(proxy.port)", "NO_PROXY": "example.com,.localhost,localhost"])
            #expect(resolved.network.proxy == nil)
            #expect(try await client.channels().map(\.id) == ["chat"])
            #expect(proxy.heads.isEmpty)
            #expect(server.requests.value.count == 1)
        }
    }

    @Test func curlsVariablesAndNoProxyRules() throws {
        let url = URL(string: "https://acme.acquire.io")!
        func proxy(_ env: [String: String]) throws -> String? { try ProxyEnvironment.proxy(for: url, environment: env)?.shown }
        #expect(try proxy([:]) == nil)
        #expect(try proxy(["HTTPS_PROXY": "proxy:3128"]) == "http://proxy:3128")
        #expect(try proxy(["https_proxy": "http://low:1", "HTTPS_PROXY": "http://up:2"]) == "http://low:1")
        #expect(try proxy(["ALL_PROXY": "socks5://s:1080"]) == "socks5://s:1080")
        #expect(try proxy(["HTTPS_PROXY": "http://p:8080", "ALL_PROXY": "http://a:1"]) == "http://p:8080")
        // http_proxy is for http:// only (and read in lower case only, as curl does).
        #expect(try proxy(["http_proxy": "http://p:8080"]) == nil)
        #expect(try proxy(["HTTPS_PROXY": "http://u:secret@p"]) == "http://u:••••@p:1080")
        #expect(ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: "*"))
        #expect(ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: "localhost, acquire.io"))
        #expect(ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: ".acquire.io"))
        #expect(ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: "acme.acquire.io:443"))
        #expect(!ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: "acme.acquire.io:8443"))
        #expect(!ProxyEnvironment.bypasses(host: "acme.acquire.io", port: 443, noProxy: "quire.io,cme.acquire.io"))
        #expect(ProxyEnvironment.bypasses(host: "10.1.2.3", port: 443, noProxy: "10.1.2.3"))
        #expect(!ProxyEnvironment.bypasses(host: "10.1.2.3", port: 443, noProxy: "2.3"))
        #expect(try proxy(["HTTPS_PROXY": "http://p", "no_proxy": "acquire.io"]) == nil)
    }

    @Test func aProxyURLThatCannotBeUsedGetsASentence() {
        func sentence(_ value: String) -> String? {
            do {
                _ = try ConfigResolver.resolve(flags: ConfigFlags(account: "acme"), environment: ["HTTPS_PROXY": value],
                                               configPath: "/nonexistent/config.toml")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(sentence("http://u:hunter2@[bad") == "The proxy HTTPS_PROXY=\"http://u:••••@[bad\" cannot be used: it is not an address like http://proxy.example.com:3128. Fix or unset HTTPS_PROXY.")
        #expect(sentence("ftp://p:21")?.contains("the scheme ftp is not supported; use http:// or socks5://") == true)
        #expect(sentence("https://p:443")?.contains("a proxy spoken to over https:// is not supported") == true)
        #expect(sentence("http://p:3128/path")?.contains("a proxy address has no path") == true)
        #expect(sentence("http://p:3128") == nil)
    }
}
