import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP CONNECT proxy on 127.0.0.1: records each request head it gets, then either
/// refuses (403) or opens the tunnel to the named host and copies bytes both ways.
final class ConnectProxy: @unchecked Sendable {
    let server: ScriptedServer
    /// The request heads received ("CONNECT localhost:443 HTTP/1.1\r\nHost: …").
    var heads: [String] { server.requests.value }
    var port: UInt16 { server.port }

    init(refuse: Bool = false) throws {
        server = try ScriptedServer { c, s in
            guard let head = s.read(c) else { return }
            let first = head.split(separator: "\r\n").first ?? ""
            let parts = first.split(separator: " ")
            guard !refuse, parts.count == 3, parts[0] == "CONNECT",
                  let colon = parts[1].lastIndex(of: ":"), let port = UInt16(parts[1][parts[1].index(after: colon)...]) else {
                c.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            }
            let host = String(parts[1][..<colon])
            guard let upstream = Self.connectTo(host == "localhost" ? "127.0.0.1" : host, port) else {
                c.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            }
            c.write("HTTP/1.1 200 Connection Established\r\n\r\n")
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                Self.pump(from: upstream, to: c.fd)
                done.signal()
            }
            Self.pump(from: c.fd, to: upstream)
            shutdown(upstream, Int32(SHUT_WR))
            done.wait()
            close(upstream)
        }
    }

    func stop() { server.stop() }

    static func connectTo(_ host: String, _ port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr(host)
        addr.sin_port = port.bigEndian
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if ok != 0 { close(fd); return nil }
        return fd
    }

    /// Copies until `from` ends, then half-closes `to`.
    static func pump(from: Int32, to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(from, &buffer, buffer.count)
            if n <= 0 { break }
            var sent = 0
            while sent < n {
                let w = buffer[sent..<n].withUnsafeBytes { send(to, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if w <= 0 { return }
                sent += w
            }
        }
        shutdown(to, Int32(SHUT_WR))
    }
}
