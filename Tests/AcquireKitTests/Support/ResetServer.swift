import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP listener on 127.0.0.1 that accepts a connection, reads the request, and resets
/// the connection without answering (SO_LINGER 0): "connection reset after sending".
final class ResetServer: @unchecked Sendable {
    private let server: ScriptedServer
    var port: UInt16 { server.port }
    var accepted: Locked<Int> { server.accepted }

    init() throws {
        server = try ScriptedServer { c, _ in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            _ = Glibc.read(c.fd, &buffer, buffer.count)
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    func stop() { server.stop() }

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed).
    static func unusedPort() throws -> UInt16 {
        let s = try ResetServer()
        let p = s.port
        s.stop()
        return p
    }
}
