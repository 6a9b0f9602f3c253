import Foundation

extension ConfigResolver {
    /// The proxy for `baseURL` (curl's variables) and the CA files to trust besides the system's:
    /// `ca_file` from the config file, then `SSL_CERT_FILE`. Each is checked now, so a bad one is
    /// a sentence before anything is sent.
    static func network(for baseURL: URL, caFile: Sourced<String>?, env: [String: String],
                        configPath: String) throws(ConfigError) -> NetworkSettings {
        var settings = NetworkSettings()
        do {
            settings.proxy = try ProxyEnvironment.proxy(for: baseURL, environment: env)
        } catch {
            throw .badNetwork(error.description)
        }
        var files: [(String, String)] = []
        if let caFile {
            let place = caFile.source == .configFile ? "ca_file in the config file" : "ca_file \(caFile.source)"
            files.append((expand(caFile.value, relativeTo: configPath, env: env), place))
        }
        if let path = env["SSL_CERT_FILE"], !path.isEmpty { files.append((path, "SSL_CERT_FILE")) }
        for (path, source) in files {
            do {
                settings.caFiles.append(try CAFile.checked(path: path, source: source))
            } catch {
                throw .badNetwork(error.description)
            }
        }
        return settings
    }
}
