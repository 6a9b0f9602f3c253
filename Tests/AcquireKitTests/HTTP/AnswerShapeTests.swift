import Foundation
import Testing
@testable import AcquireKit

/// Answers no well-behaved server sends, from a raw socket: the cap holds for Content-Length,
/// chunked and gzip answers; broken HTTP is worded as a broken answer; the deadline is whole.
@Suite struct AnswerShapeTests {
    static let json = #"{"data":{"rows":[{"id":"chat","name":"Chat"}]}}"#

    /// A server that answers every request on every connection with `answer`.
    func server(_ answer: @escaping @Sendable (ScriptedServer.Connection) -> Void) throws -> ScriptedServer {
        try ScriptedServer { c, s in
            while s.read(c) != nil { answer(c) }
        }
    }

    @Test func aDeclaredLengthOverTheCapFailsBeforeTheBodyArrives() async throws {
        // The head promises 9 MiB, then the server holds: only the head can have told the client.
        let s = try ScriptedServer { c, s in
            _ = s.read(c)
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(9 * 1_048_576)\r\n\r\n{")
            _ = c.readRequest()
        }
        defer { s.stop() }
        await #expect(throws: AcquireError.undecodable(excerpt: "an answer larger than the 8 MiB allowed")) {
            try await makeClient(s.baseURL, timeout: 600, attempts: 1).channels()
        }
    }

    @Test func aChunkedAnswerIsCutAtTheCapWhileItStreams() async throws {
        // Chunks without end: without a cap counted as they arrive, this never finishes.
        let s = try ScriptedServer { c, s in
            _ = s.read(c)
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = "10000\r\n" + String(repeating: " ", count: 65_536) + "\r\n"
            while c.write(chunk) {}
        }
        defer { s.stop() }
        await #expect(throws: AcquireError.undecodable(excerpt: "an answer larger than the 8 MiB allowed")) {
            try await makeClient(s.baseURL, timeout: 600, attempts: 1).channels()
        }
    }

    @Test func theCapCountsDecompressedBytesOfAGzipBomb() async throws {
        let bomb = try await Self.gzip(zeros: 256 * 1_048_576)
        #expect(bomb.count < 1_048_576)
        let s = try server { c in
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: \(bomb.count)\r\n\r\n")
            c.write(bomb)
        }
        defer { s.stop() }
        await #expect(throws: AcquireError.undecodable(excerpt: "an answer larger than the 8 MiB allowed")) {
            try await makeClient(s.baseURL, attempts: 1).channels()
        }
        #expect(s.requests.value.first?.lowercased().contains("accept-encoding: identity") == true)
    }

    @Test func aSmallGzipAnswerIsUnpacked() async throws {
        let packed = try await Self.gzip(text: Self.json)
        let s = try server { c in
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: \(packed.count)\r\n\r\n")
            c.write(packed)
        }
        defer { s.stop() }
        #expect(try await makeClient(s.baseURL, attempts: 1).channels().map(\.id) == ["chat"])
    }

    @Test func aCutBodyIsABrokenAnswerNotAnUnreachableServer() async throws {
        let s = try server { c in
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"data\":")
            shutdown(c.fd, Int32(SHUT_RDWR))
        }
        defer { s.stop() }
        let client = makeClient(s.baseURL, attempts: 1)
        await #expect(performing: { try await client.channels() }, throws: { Self.isBrokenAnswer($0) })
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { Self.isUncertain($0) })
    }

    @Test func brokenChunkingIsABrokenAnswer() async throws {
        let s = try server { c in
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nnot a chunk\r\n")
        }
        defer { s.stop() }
        let client = makeClient(s.baseURL, attempts: 1)
        await #expect(performing: { try await client.channels() }, throws: { Self.isBrokenAnswer($0) })
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { Self.isUncertain($0) })
    }

    @Test func aBare199IsABrokenAnswerNotATLSFailure() async throws {
        let s = try server { c in
            c.write("HTTP/1.1 199 Odd\r\nContent-Length: 2\r\n\r\n{}")
            shutdown(c.fd, Int32(SHUT_RDWR))
        }
        defer { s.stop() }
        let client = makeClient(s.baseURL, attempts: 1)
        await #expect(performing: { try await client.channels() }, throws: { Self.isBrokenAnswer($0) })
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { Self.isUncertain($0) })
    }

    @Test func theDeadlineBoundsTheWholeRequestEvenWhileBytesTrickleIn() async throws {
        // One byte every 100 ms, for as long as the client listens: a read timeout alone never fires.
        let s = try ScriptedServer { c, s in
            _ = s.read(c)
            guard c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n") else { return }
            while c.write("1\r\n \r\n") { usleep(100_000) }
        }
        defer { s.stop() }
        let client = makeClient(s.baseURL, timeout: 2, attempts: 1)
        await #expect(throws: AcquireError.offline("no answer within 2 s")) { try await client.channels() }
        await #expect(throws: AcquireError.uncertain("no answer within 2 s")) { try await client.createCase(sampleCase) }
    }

    @Test func aConnectionThatNeverBecomesUsableTimesOutAsNeverSent() async throws {
        // TCP is accepted but the TLS handshake never answered: the connect timeout (half the
        // request's) gives up before the deadline, so a create is known not to have been sent.
        let s = try ScriptedServer { c, _ in _ = c.readRequest() }
        defer { s.stop() }
        let client = makeClient(URL(string: "https://127.0.0.1:\(s.port)")!, timeout: 4, attempts: 1)
        await #expect(performing: { try await client.createCase(sampleCase) }, throws: { error in
            guard case AcquireError.offline(let why) = error else { return false }
            return why.hasPrefix("a secure connection could not be made") || why == "no connection could be made in time"
        })
        #expect(s.accepted.value == 1)
    }

    static func isBrokenAnswer(_ error: any Error) -> Bool {
        guard case AcquireError.undecodable(let why) = error else { return false }
        return why.hasPrefix("the server") && !(error as? AcquireError)!.message.contains("could not be reached")
    }

    static func isUncertain(_ error: any Error) -> Bool {
        if case AcquireError.uncertain = error { return true }
        return false
    }

    /// `gzip -c` of `count` zero bytes.
    static func gzip(zeros count: Int) async throws -> [UInt8] {
        try await shell("head -c \(count) /dev/zero | gzip -c -9")
    }

    static func gzip(text: String) async throws -> [UInt8] {
        try await shell("printf '%s' '\(text)' | gzip -c")
    }

    static func shell(_ command: String) async throws -> [UInt8] {
        try await offPool { try run(command) }
    }

    static func run(_ command: String) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Array(data)
    }
}
