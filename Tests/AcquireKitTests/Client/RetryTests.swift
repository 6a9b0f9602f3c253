import Foundation
import Testing
@testable import AcquireKit

/// A transport that plays back a script of outcomes and counts the calls.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    private let script: Locked<[Result<AcquireKit.HTTPResponse, TransportError>]>
    let calls = Locked(0)
    init(_ script: [Result<AcquireKit.HTTPResponse, TransportError>]) { self.script = Locked(script) }
    func send(_ req: AcquireKit.HTTPRequest) async throws -> AcquireKit.HTTPResponse {
        calls.mutate { $0 += 1 }
        let next = script.mutate { $0.isEmpty ? .failure(.notSent("script ended")) : $0.removeFirst() }
        return try next.get()
    }
}

@Suite struct RetryTests {
    let created = AcquireKit.HTTPResponse(status: 200, body: (try? Fixtures.data("case-create.response.json")) ?? Data())

    func client(_ t: ScriptedTransport) -> AcquireClient {
        AcquireClient(configuration: ClientConfiguration(
            baseURL: URL(string: "https://acme.acquire.io")!, apiKey: testKey,
            retry: RetryPolicy(maxAttempts: 3, baseDelay: 0.001, maxDelay: 0.002)), transport: t)
    }

    @Test func aCreateThatNeverLeftIsRetried() async throws {
        let t = ScriptedTransport([.failure(.notSent("refused")), .failure(.notSent("refused")), .success(created)])
        #expect(try await client(t).createCase(sampleCase).id == 2071)
        #expect(t.calls.value == 3)
    }

    @Test func aCreateThatMayHaveBeenSentIsNeverRetried() async throws {
        for outcome: Result<AcquireKit.HTTPResponse, TransportError> in [
            .failure(.timedOut(30)), .failure(.connectionLost("the connection dropped")),
            .success(.init(status: 500)), .success(.init(status: 504)), .success(.init(status: 429)),
        ] {
            let t = ScriptedTransport([outcome, .success(created)])
            await #expect(throws: AcquireError.self) { try await client(t).createCase(sampleCase) }
            #expect(t.calls.value == 1)
        }
    }

    @Test func readsGiveUpAfterMaxAttempts() async throws {
        let t = ScriptedTransport(Array(repeating: .failure(.connectionLost("reset")), count: 5))
        await #expect(throws: AcquireError.offline("reset")) { try await client(t).agents() }
        #expect(t.calls.value == 3)
    }

    @Test func backoffGrowsWithJitterWithinBounds() {
        let p = RetryPolicy(maxAttempts: 5, baseDelay: 0.2, maxDelay: 1)
        for _ in 0..<50 {
            #expect((0.1...0.2).contains(p.backoff(attempt: 1)))
            #expect((0.2...0.4).contains(p.backoff(attempt: 2)))
            #expect((0.5...1).contains(p.backoff(attempt: 6)))
        }
    }

    @Test func cancellingARequestInFlight() async throws {
        let (arrived, signal) = AsyncStream<Void>.makeStream()
        let server = try await TestServer.start { _, _ in
            signal.yield()
            try await Task.sleep(for: .seconds(30))
            return .json(200, "{}")
        }
        let client = makeClient(server.baseURL, timeout: 60)
        let call = Task { try await client.agents() }
        var iterator = arrived.makeAsyncIterator()
        await iterator.next()
        call.cancel()
        await #expect(throws: AcquireError.cancelled) { try await call.value }
        await server.stop()
    }
}
