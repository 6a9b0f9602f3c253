import Foundation
import Testing
@testable import AcquireKit

/// A real TLS server on loopback with certificates made for the test: a CA added with `ca_file`
/// or `SSL_CERT_FILE` is trusted; an untrusted, expired or wrongly named certificate is refused
/// before anything is sent.
@Suite(.serialized) struct TLSTests {
    let certs: TestCertificates
    init() async throws { certs = try await TestCertificates.shared() }

    /// A client for `server` that trusts the test CA when `trusting`, resolved as the app does it.
    func client(_ server: TLSTestServer, trusting: Bool, attempts: Int = 1) throws -> AcquireClient {
        let env = trusting ? ["SSL_CERT_FILE": certs.caFile] : [:]
        let resolved = try ConfigResolver.resolve(flags: ConfigFlags(baseURL: server.baseURL.absoluteString), environment: env,
                                                  configPath: "/nonexistent/config.toml")
        var config = try resolved.clientConfiguration(apiKey: testKey)
        config.retry = RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.02, retryAfterCap: 1)
        return AcquireClient(configuration: config)
    }

    @Test func aServerSignedByTheAddedCAWorks() async throws {
        let server = try await TLSTestServer.start(cert: certs.pair("good").cert, key: certs.pair("good").key)
        let channels = try await client(server, trusting: true).channels()
        await server.stop()
        #expect(channels.map(\.id) == ["chat"])
        #expect(server.requests.value == ["GET /api/v1/crm/channel/all"])
    }

    @Test func caFileInTheConfigFileIsTrusted() async throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let server = try await TLSTestServer.start(cert: certs.pair("good").cert, key: certs.pair("good").key)
        let path = try dir.write("config.toml", "base_url = \"\(server.baseURL.absoluteString)\"\nca_file = \"\(certs.caFile)\"\n")
        // HOME is the temp dir, so the config file's directory checks stop there (not at /tmp, 1777).
        let resolved = try ConfigResolver.resolve(flags: ConfigFlags(), environment: ["HOME": dir.url.path], configPath: path)
        #expect(resolved.network.caFiles.map(\.path) == [certs.caFile])
        #expect(resolved.report(key: nil).contains("the system's + \(certs.caFile) (1 certificate, from ca_file in the config file)"))
        let channels = try await AcquireClient(configuration: try resolved.clientConfiguration(apiKey: testKey)).channels()
        await server.stop()
        #expect(channels.map(\.id) == ["chat"])
    }

    @Test(arguments: ["stranger", "expired", "wrongname", "good-untrusted"])
    func aCertificateThatCannotBeTrustedSendsNothing(_ leaf: String) async throws {
        let name = leaf == "good-untrusted" ? "good" : leaf
        let server = try await TLSTestServer.start(cert: certs.pair(name).cert, key: certs.pair(name).key)
        let client = try client(server, trusting: leaf != "good-untrusted", attempts: 2)
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { error in
            guard case AcquireError.offline(let why) = error else { return false }
            return why.hasPrefix("a secure connection could not be made")
                && (error as? AcquireError)!.advice.contains("ca_file") && !(error as? AcquireError)!.advice.contains("HTTPS_PROXY")
        })
        await server.stop()
        #expect(server.requests.value.isEmpty)
    }

    @Test func badCAFilesGetASentence() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let notPEM = try dir.write("ca.txt", "hello\n")
        func sentence(_ env: [String: String], config: String = "") throws -> String? {
            let path = try dir.write("config.toml", "base_url = \"https://acme.example\"\n" + config)
            do {
                _ = try ConfigResolver.resolve(flags: ConfigFlags(), environment: env.merging(["HOME": dir.url.path]) { a, _ in a },
                                               configPath: path)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(try sentence(["SSL_CERT_FILE": "/nonexistent/ca.pem"])
            == "The CA file /nonexistent/ca.pem (from SSL_CERT_FILE) cannot be used: there is no such file. Point SSL_CERT_FILE at a PEM file of CA certificates, or unset it.")
        #expect(try sentence([:], config: "ca_file = \"\(notPEM)\"\n")
            == "The CA file \(notPEM) (from ca_file in the config file) cannot be used: it holds no PEM certificate (-----BEGIN CERTIFICATE-----). Point ca_file in the config file at a PEM file of CA certificates, or unset it.")
        #expect(try sentence([:], config: "ca_file = \"missing.pem\"\n")?.contains("\(dir.url.path)/missing.pem (from ca_file in the config file) cannot be used: there is no such file") == true)
        #expect(try sentence(["SSL_CERT_FILE": certs.caFile]) == nil)
    }
}
