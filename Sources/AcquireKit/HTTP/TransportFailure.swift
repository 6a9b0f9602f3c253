import Foundation
import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOHTTP1
import NIOSSL
import NIOHTTPCompression

/// Sorts a failure of AsyncHTTPClient, NIO or NIOSSL by its *type* (never its text) into "never
/// sent" (no connection, TLS handshake, proxy refused) versus "may have been sent" (dropped, timed
/// out or garbled after the request went out), worded for what happened.
enum TransportFailure {
    /// The sentence for a failed TLS handshake: nothing was sent.
    static let insecure = "a secure connection could not be made"

    /// The `TransportError` for `error`; `timeout` is the request's deadline, `status` the answer's
    /// status when the failure came while its body streamed in.
    static func classify(_ error: any Error, timeout: TimeInterval, limit: Int, status: Int? = nil) -> TransportError {
        if let e = error as? TransportError { return e }
        if error is CancellationError { return .cancelled }
        if let e = error as? HTTPClientError { return classify(e, timeout: timeout) }
        if let e = error as? NIOConnectionError { return connection(e) }
        if let e = error as? NIOSSLError { return tls(e) }
        if let e = error as? NIOSSLExtraError, e == .failedToValidateHostname {
            return .notSent("\(insecure): the server's certificate is for another name")
        }
        if error is BoringSSLError { return .notSent(insecure) }
        if let e = error as? IOError { return io(e.errnoCode) }
        if let e = error as? ChannelError { return channel(e, timeout: timeout) }
        if error is HTTPParserError { return .badAnswer("the server's answer is not valid HTTP") }
        if let e = error as? NIOHTTPDecompression.DecompressionError {
            if e == .limit { return .tooLarge(status: status ?? 0, limit: limit) }
            return .badAnswer("the server's compressed answer could not be unpacked")
        }
        if error is NIOHTTPDecompression.ExtraDecompressionError {
            return .badAnswer("the server's compressed answer could not be unpacked")
        }
        return .connectionLost("the connection failed (\(String(describing: type(of: error))))")
    }

    static func classify(_ e: HTTPClientError, timeout: TimeInterval) -> TransportError {
        switch e {
        case .cancelled: return .cancelled
        case .connectTimeout, .getConnectionFromPoolTimeout: return .notSent("no connection could be made in time")
        case .tlsHandshakeTimeout: return .notSent("\(insecure): the handshake took too long")
        case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: return .notSent("the proxy did not open a tunnel in time")
        case .proxyAuthenticationRequired: return .notSent("the proxy asked for a user name and password (put them in the proxy URL)")
        case .invalidProxyResponse: return .notSent("the proxy refused the connection")
        case .deadlineExceeded, .readTimeout, .writeTimeout: return .timedOut(timeout)
        case .remoteConnectionClosed: return .connectionLost("the server closed the connection without a valid answer")
        case .httpEndReceivedAfterHeadWith1xx: return .badAnswer("the server sent only an informational 1xx answer")
        case .invalidURL, .emptyHost, .emptyScheme, .unsupportedScheme("http"), .unsupportedScheme("https"):
            return .notSent("the address is not valid")
        case .uncleanShutdown: return .connectionLost("the secure connection was cut")
        default: return .connectionLost("the request failed (\(String(describing: e)))")
        }
    }

    /// Connecting failed: DNS found nothing, or every address refused or could not be reached.
    static func connection(_ e: NIOConnectionError) -> TransportError {
        if e.connectionErrors.isEmpty { return .notSent("the host name could not be found") }
        let codes = e.connectionErrors.compactMap { ($0.error as? IOError)?.errnoCode }
        if codes.contains(ECONNREFUSED) { return .notSent("the connection was refused") }
        if codes.contains(ENETUNREACH) || codes.contains(EHOSTUNREACH) { return .notSent("the network is unreachable") }
        return .notSent("no connection could be made")
    }

    /// A TLS failure: during the handshake nothing was sent; after it, the connection was cut.
    static func tls(_ e: NIOSSLError) -> TransportError {
        switch e {
        case .handshakeFailed, .unableToValidateCertificate, .noCertificateToValidate, .cannotMatchULabel,
             .failedToLoadCertificate, .failedToLoadPrivateKey, .noSuchFilesystemObject, .cannotFindPeerIP:
            return .notSent(insecure)
        case .uncleanShutdown, .readInInvalidTLSState, .shutdownFailed:
            return .connectionLost("the secure connection was cut")
        default:
            return .connectionLost("the secure connection failed")
        }
    }

    /// A socket error: refused or unreachable means the connection was never made.
    static func io(_ code: Int32) -> TransportError {
        switch code {
        case ECONNREFUSED: return .notSent("the connection was refused")
        case ENETUNREACH, EHOSTUNREACH: return .notSent("the network is unreachable")
        case ECONNRESET: return .connectionLost("the connection was reset")
        case EPIPE: return .connectionLost("the server closed the connection while the request was sent")
        default: return .connectionLost("the connection failed (\(String(cString: strerror(code))))")
        }
    }

    static func channel(_ e: ChannelError, timeout: TimeInterval) -> TransportError {
        switch e {
        case .connectTimeout: return .notSent("no connection could be made in time")
        case .connectPending: return .notSent("no connection could be made")
        case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
            return .connectionLost("the server closed the connection without a valid answer")
        default: return .connectionLost("the connection failed")
        }
    }
}

extension TransportFailure {
    /// What to do after a request that never left, by the reason this transport gave.
    static func advice(forNotSent why: String) -> String {
        if why.hasPrefix(insecure) {
            return "If your company inspects HTTPS, set ca_file in the config (or SSL_CERT_FILE) to its CA certificate; otherwise tell your admin. Nothing was sent."
        }
        if why.contains("proxy") { return "Check the proxy (HTTPS_PROXY, ALL_PROXY, NO_PROXY), then try again. Nothing was sent." }
        if why == URLPolicy.plainHTTPRefusal { return "Use the https:// address of your Acquire account." }
        return "Check the network or proxy settings (HTTPS_PROXY), then try again."
    }
}
