import Foundation
import NIOSSL

/// How the transport reaches the server: the proxy, and CA certificates trusted besides the system's.
public struct NetworkSettings: Sendable, Equatable {
    /// nil: a direct connection.
    public var proxy: ProxySetting?
    /// PEM files of CA certificates added to the system trust store (`ca_file`, `SSL_CERT_FILE`).
    public var caFiles: [CAFile]

    /// Direct, system trust store only, unless given.
    public init(proxy: ProxySetting? = nil, caFiles: [CAFile] = []) {
        self.proxy = proxy
        self.caFiles = caFiles
    }
}

/// One PEM file of CA certificates and where it was named.
public struct CAFile: Sendable, Equatable {
    public var path: String
    /// "SSL_CERT_FILE", "ca_file in the config file", ...
    public var source: String
    /// How many certificates it holds (0 until checked).
    public var certificates: Int

    /// A file named by `source`.
    public init(path: String, source: String, certificates: Int = 0) {
        self.path = path
        self.source = source
        self.certificates = certificates
    }

    /// The file after checking it exists and holds at least one PEM certificate; else a sentence.
    public static func checked(path: String, source: String) throws(TrustError) -> CAFile {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw TrustError(source: source, path: path, reason: "there is no such file")
        }
        guard !isDir.boolValue else { throw TrustError(source: source, path: path, reason: "it is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrustError(source: source, path: path, reason: "it cannot be read")
        }
        guard String(decoding: data.prefix(1_048_576), as: UTF8.self).contains("-----BEGIN CERTIFICATE-----"),
              let certs = try? NIOSSLCertificate.fromPEMBytes(Array(data)), !certs.isEmpty else {
            throw TrustError(source: source, path: path, reason: "it holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
        }
        return CAFile(path: path, source: source, certificates: certs.count)
    }
}

/// A CA file that cannot be used; `description` is one sentence with what to do.
public struct TrustError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var path: String
    public var reason: String

    public var description: String {
        "The CA file \(Sanitizer.clean(path)) (from \(source)) cannot be used: \(reason). Point \(source) at a PEM file of CA certificates, or unset it."
    }
}

extension NetworkSettings {
    /// The `acquire-cases config` rows: the proxy in use and the CA files added.
    var reportRows: [(String, String, String)] {
        var rows: [(String, String, String)] = []
        if let p = proxy {
            let how = p.kind == .http ? "HTTPS through a CONNECT tunnel" : "SOCKS5"
            rows.append(("proxy", p.shown, "(from \(p.variable); \(how))"))
        } else {
            rows.append(("proxy", "none", "(direct; HTTPS_PROXY, ALL_PROXY not set or NO_PROXY matches)"))
        }
        let cas = caFiles.map { "\($0.path) (\($0.certificates) certificate\($0.certificates == 1 ? "" : "s"), from \($0.source))" }
        rows.append(("trusted CAs", (["the system's"] + cas).joined(separator: " + "), ""))
        return rows
    }
}
