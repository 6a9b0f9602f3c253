import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP server on 127.0.0.1 that runs `script` for each connection on a thread of its own,
/// for answers no HTTP library would send: cut bodies, broken chunking, bare 1xx, endless streams.
final class ScriptedServer: @unchecked Sendable {
    /// One accepted connection, with helpers to read requests and write bytes.
    struct Connection {
        let fd: Int32
        /// 1-based number of this connection.
        let number: Int

        /// Reads one request (head and Content-Length body); nil when the peer closed first.
        func readRequest() -> String? {
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                if let end = Self.headEnd(data) {
                    let head = String(decoding: data[..<end], as: UTF8.self)
                    let length = head.split(separator: "\r\n").compactMap { line -> Int? in
                        let parts = line.split(separator: ":", maxSplits: 1)
                        guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                        return Int(parts[1].trimmingCharacters(in: .whitespaces))
                    }.first ?? 0
                    if data.count >= end + 4 + length { return String(decoding: data, as: UTF8.self) }
                }
                let n = Glibc.read(fd, &buffer, buffer.count)
                if n <= 0 { return nil }
                data += buffer[0..<n]
            }
        }

        static func headEnd(_ d: [UInt8]) -> Int? {
            guard d.count >= 4 else { return nil }
            for i in 0...(d.count - 4) where d[i] == 13 && d[i + 1] == 10 && d[i + 2] == 13 && d[i + 3] == 10 { return i }
            return nil
        }

        /// Writes all of `bytes`; false once the peer is gone.
        @discardableResult
        func write(_ bytes: [UInt8]) -> Bool {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return false }
                sent += n
            }
            return true
        }

        @discardableResult
        func write(_ text: String) -> Bool { write(Array(text.utf8)) }
    }

    let port: UInt16
    private let fd: Int32
    /// The requests read by `Connection.readRequest`, in order, as text.
    let requests = Locked<[String]>([])
    let accepted = Locked(0)

    /// Starts listening; `script` gets each connection and closes nothing itself (the server closes it after).
    init(_ script: @escaping @Sendable (Connection, ScriptedServer) -> Void) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        self.fd = fd
        port = UInt16(bigEndian: addr.sin_port)
        Thread.detachNewThread { [self] in
            while true {
                let c = accept(fd, nil, nil)
                if c < 0 { return }
                let number = accepted.mutate { $0 += 1; return $0 }
                Thread.detachNewThread {
                    script(Connection(fd: c, number: number), self)
                    close(c)
                }
            }
        }
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Reads a request on `c` and records it.
    func read(_ c: Connection) -> String? {
        guard let r = c.readRequest() else { return nil }
        requests.mutate { $0.append(r) }
        return r
    }

    func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }
}
