import Foundation

/// The proxy a request goes through, read from the environment the way curl reads it.
public struct ProxySetting: Sendable, Equatable {
    /// How the proxy is spoken to: HTTP (a CONNECT tunnel for https) or SOCKS5.
    public enum Kind: String, Sendable, Equatable {
        case http
        case socks5
    }

    public var kind: Kind
    public var host: String
    public var port: Int
    /// From the proxy URL's user info, percent-decoded.
    public var user: String?
    public var password: String?
    /// The variable it came from, e.g. HTTPS_PROXY.
    public var variable: String

    /// A proxy; see the properties.
    public init(kind: Kind, host: String, port: Int, user: String? = nil, password: String? = nil, variable: String) {
        self.kind = kind
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.variable = variable
    }

    /// `http://user:••••@proxy:3128`: the password never shown.
    public var shown: String {
        let who = user.map { u in Sanitizer.clean(u) + (password == nil ? "" : ":••••") + "@" } ?? ""
        let h = host.contains(":") ? "[\(host)]" : host
        return "\(kind.rawValue)://\(who)\(Sanitizer.clean(h)):\(port)"
    }
}

/// curl's proxy variables: `https_proxy`/`HTTPS_PROXY` for https, `http_proxy` (lower case only)
/// for http, then `all_proxy`/`ALL_PROXY`; `no_proxy`/`NO_PROXY` lists hosts that bypass it.
public enum ProxyEnvironment {
    /// The proxy for `url`, nil for a direct connection; a sentence when a variable cannot be used.
    public static func proxy(for url: URL, environment env: [String: String]) throws(ProxyError) -> ProxySetting? {
        guard let host = url.host?.lowercased(), !host.isEmpty else { return nil }
        let scheme = url.scheme?.lowercased() ?? "https"
        let names = scheme == "http" ? ["http_proxy", "all_proxy", "ALL_PROXY"]
            : ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
        guard let name = names.first(where: { !(env[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }),
              let raw = env[name] else { return nil }
        let noProxy = [env["no_proxy"], env["NO_PROXY"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let port = url.port ?? URLPolicy.defaultPort(url)
        if bypasses(host: host, port: port, noProxy: noProxy) { return nil }
        return try parse(raw, variable: name)
    }

    /// Whether NO_PROXY lets `host:port` go direct: `*`; an exact host or IP; a domain suffix
    /// (`example.com` and `.example.com` both match `a.example.com`); an entry with `:port` only on that port.
    public static func bypasses(host: String, port: Int, noProxy: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        for item in noProxy.split(whereSeparator: { $0 == "," || $0 == " " }) {
            var entry = item.trimmingCharacters(in: .whitespaces).lowercased()
            if entry == "*" { return true }
            var entryPort: Int?
            if let colon = entry.lastIndex(of: ":"), !entry.hasSuffix("]"), entry.filter({ $0 == ":" }).count == 1 {
                entryPort = Int(entry[entry.index(after: colon)...])
                entry = String(entry[..<colon])
            } else if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") {
                let rest = entry[entry.index(after: close)...]
                if rest.hasPrefix(":") { entryPort = Int(rest.dropFirst()) }
                entry = String(entry[entry.index(after: entry.startIndex)..<close])
            }
            if let entryPort, entryPort != port { continue }
            while entry.hasPrefix(".") { entry.removeFirst() }
            guard !entry.isEmpty else { continue }
            if h == entry || (!URLPolicy.isAddressLiteral(h) && h.hasSuffix("." + entry)) { return true }
        }
        return false
    }

    /// A proxy URL as curl takes it: `[scheme://][user[:password]@]host[:port]`; no scheme means
    /// http; the port defaults to 1080 (curl's default).
    public static func parse(_ raw: String, variable: String) throws(ProxyError) -> ProxySetting {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let c = URLComponents(string: withScheme), let host = c.host, !host.isEmpty else {
            throw ProxyError(variable: variable, value: raw, reason: "it is not an address like http://proxy.example.com:3128")
        }
        let kind: ProxySetting.Kind
        switch c.scheme?.lowercased() {
        case "http"?: kind = .http
        case "socks5"?, "socks5h"?: kind = .socks5
        case "https"?:
            throw ProxyError(variable: variable, value: raw, reason: "a proxy spoken to over https:// is not supported; use its http:// address")
        default:
            throw ProxyError(variable: variable, value: raw, reason: "the scheme \(c.scheme ?? "") is not supported; use http:// or socks5://")
        }
        if kind == .socks5, c.user != nil {
            throw ProxyError(variable: variable, value: raw, reason: "a SOCKS5 proxy with a user name is not supported")
        }
        if c.path.count > 1 || c.query != nil {
            throw ProxyError(variable: variable, value: raw, reason: "a proxy address has no path; give only scheme, host and port")
        }
        let port = c.port ?? 1080
        guard (1...65535).contains(port) else { throw ProxyError(variable: variable, value: raw, reason: "the port is not valid") }
        var bareHost = host
        if bareHost.hasPrefix("["), bareHost.hasSuffix("]") { bareHost = String(bareHost.dropFirst().dropLast()) }
        return ProxySetting(kind: kind, host: bareHost, port: port, user: c.user.map(decode), password: c.password.map(decode),
                            variable: variable)
    }

    static func decode(_ s: String) -> String { s.removingPercentEncoding ?? s }
}

/// A proxy variable that cannot be used; `description` is one sentence with what to do.
public struct ProxyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var variable: String
    /// The value as given (its password is never shown).
    public var value: String
    public var reason: String

    public var description: String {
        "The proxy \(variable)=\"\(Self.masked(value))\" cannot be used: \(reason). Fix or unset \(variable)."
    }

    /// The value with any password replaced by ••••.
    static func masked(_ value: String) -> String {
        let clean = Sanitizer.clean(value)
        guard let at = clean.lastIndex(of: "@") else { return clean }
        let start = clean.range(of: "://")?.upperBound ?? clean.startIndex
        let userInfo = clean[start..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return clean }
        return String(clean[..<colon]) + ":••••" + String(clean[at...])
    }
}
