import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which URLs may carry the API key: https to any host; plain http only to this machine, meaning a
/// literal loopback address or a name that resolves to loopback addresses only (so
/// `anything.localhost` counts only if the resolver says it is 127.0.0.1 or ::1).
public enum URLPolicy {
    /// Turns a host name into numeric addresses ("127.0.0.1", "::1"); empty when it does not resolve.
    public typealias Resolver = @Sendable (String) -> [String]

    /// The system's resolver (getaddrinfo: /etc/hosts, then DNS).
    public static let systemResolver: Resolver = { host in
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var out: [String] = []
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let ai = next {
            var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(ai.pointee.ai_addr, ai.pointee.ai_addrlen, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) == 0 {
                let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !out.contains(text) { out.append(text) }
            }
            next = ai.pointee.ai_next
        }
        return out
    }

    /// Whether `text` is a literal loopback address: 127.0.0.0/8, ::1, or ::ffff:127.x.x.x (brackets allowed).
    public static func isLoopbackAddress(_ text: String) -> Bool {
        var h = text
        if h.hasPrefix("["), h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        var v4 = in_addr()
        if inet_pton(AF_INET, h, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, h, &v6) == 1 else { return false }
        let b = withUnsafeBytes(of: &v6) { Array($0) }
        if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return true }
        return b[0..<10].allSatisfy { $0 == 0 } && b[10] == 0xFF && b[11] == 0xFF && b[12] == 127
    }

    /// Whether `text` is an IP address literal (v4, or v6 with or without brackets).
    public static func isAddressLiteral(_ text: String) -> Bool {
        var h = text
        if h.hasPrefix("["), h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, h, &v4) == 1 || inet_pton(AF_INET6, h, &v6) == 1
    }

    /// The loopback addresses `host` stands for: itself if it is one, else what it resolves to,
    /// provided every resolved address is loopback. nil when it is not (only) this machine.
    public static func loopbackAddresses(of host: String, resolve: Resolver = systemResolver) -> [String]? {
        guard !host.isEmpty else { return nil }
        if isAddressLiteral(host) { return isLoopbackAddress(host) ? [host] : nil }
        let addresses = resolve(host)
        guard !addresses.isEmpty, addresses.allSatisfy(isLoopbackAddress) else { return nil }
        return addresses
    }

    /// Whether `host` is this machine (see `loopbackAddresses`).
    public static func isLoopback(_ host: String?, resolve: Resolver = systemResolver) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return loopbackAddresses(of: host, resolve: resolve) != nil
    }

    /// The reason plain http to `host` is refused.
    static let plainHTTPRefusal = "plain http:// is only allowed to this machine; use https://"

    /// nil when `url` may be used: https to any host, http only to loopback. Otherwise the reason.
    public static func refusal(for url: URL, resolve: Resolver = systemResolver) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "the address \(Sanitizer.clean(url.absoluteString)) is not a web address"
        }
        switch scheme {
        case "https": return nil
        case "http": return isLoopback(host, resolve: resolve) ? nil : plainHTTPRefusal
        default: return "the scheme \(Sanitizer.clean(scheme)):// is not supported; use https://"
        }
    }

    /// Whether a redirect from `from` to `to` stays on the same scheme, host and port.
    public static func isSameOrigin(_ from: URL, _ to: URL) -> Bool {
        from.scheme?.lowercased() == to.scheme?.lowercased()
            && from.host?.lowercased() == to.host?.lowercased()
            && (from.port ?? defaultPort(from)) == (to.port ?? defaultPort(to))
    }

    static func defaultPort(_ url: URL) -> Int { url.scheme?.lowercased() == "http" ? 80 : 443 }
}
