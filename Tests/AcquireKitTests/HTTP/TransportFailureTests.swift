import Foundation
import Testing
import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOSSL
import NIOHTTPCompression
@testable import AcquireKit

/// Failures are sorted by their type, never their text: never sent versus maybe sent.
@Suite struct TransportFailureTests {
    func classify(_ error: any Error) -> TransportError {
        TransportFailure.classify(error, timeout: 7, limit: 100, status: 200)
    }

    @Test func connectingAndHandshakingMeanNothingWasSent() {
        #expect(classify(HTTPClientError.connectTimeout) == .notSent("no connection could be made in time"))
        #expect(classify(IOError(errnoCode: ECONNREFUSED, reason: "connect")) == .notSent("the connection was refused"))
        #expect(classify(NIOSSLError.handshakeFailed(.sslError([]))) == .notSent("a secure connection could not be made"))
        #expect(classify(NIOSSLExtraError.failedToValidateHostname)
            == .notSent("a secure connection could not be made: the server's certificate is for another name"))
        #expect(classify(HTTPClientError.invalidProxyResponse) == .notSent("the proxy refused the connection"))
        #expect(classify(HTTPClientError.proxyAuthenticationRequired)
            == .notSent("the proxy asked for a user name and password (put them in the proxy URL)"))
    }

    @Test func afterTheRequestWentOutItMayHaveBeenSent() {
        #expect(classify(HTTPClientError.deadlineExceeded) == .timedOut(7))
        #expect(classify(HTTPClientError.readTimeout) == .timedOut(7))
        #expect(classify(HTTPClientError.remoteConnectionClosed) == .connectionLost("the server closed the connection without a valid answer"))
        #expect(classify(IOError(errnoCode: ECONNRESET, reason: "read")) == .connectionLost("the connection was reset"))
        #expect(classify(NIOSSLError.uncleanShutdown) == .connectionLost("the secure connection was cut"))
        #expect(classify(HTTPParserError.invalidChunkSize) == .badAnswer("the server's answer is not valid HTTP"))
        #expect(classify(HTTPClientError.httpEndReceivedAfterHeadWith1xx) == .badAnswer("the server sent only an informational 1xx answer"))
        #expect(classify(NIOHTTPDecompression.DecompressionError.limit) == .tooLarge(status: 200, limit: 100))
        #expect(classify(CancellationError()) == .cancelled)
    }

    /// An error whose text reads like a TLS or proxy failure is still judged by its type.
    struct Lookalike: Error, CustomStringConvertible {
        var description: String { "CONNECT tunnel failed, SSL certificate problem: unable to get local issuer certificate" }
    }

    @Test func messageTextDecidesNothing() {
        guard case .connectionLost = classify(Lookalike()) else {
            Issue.record("a look-alike error was taken for a never-sent one")
            return
        }
    }

    @Test func eachKindGetsItsOwnAdvice() {
        #expect(AcquireError.offline("a secure connection could not be made").advice.contains("ca_file"))
        #expect(AcquireError.offline("the proxy refused the connection").advice.contains("HTTPS_PROXY, ALL_PROXY, NO_PROXY"))
        #expect(!AcquireError.offline("a secure connection could not be made").advice.contains("HTTPS_PROXY"))
        #expect(AcquireError.undecodable(excerpt: "the server's answer is not valid HTTP").message
            == "Acquire sent an answer that could not be read: the server's answer is not valid HTTP")
    }
}
