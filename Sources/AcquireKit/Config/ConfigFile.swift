import Foundation
import TOMLKit

/// The values of one level of the config file (the top level or one profile).
public struct ConfigLayer: Sendable, Equatable {
    public var account: String?
    public var baseURL: String?
    public var apiKeyFile: String?
    public var apiKeyCommand: String?
    public var timeout: Double?
    /// A PEM file of CA certificates trusted besides the system's (`ca_file`).
    public var caFile: String?

    /// An empty layer, or one with the given values.
    public init(account: String? = nil, baseURL: String? = nil, apiKeyFile: String? = nil, apiKeyCommand: String? = nil,
                timeout: Double? = nil) {
        self.account = account
        self.baseURL = baseURL
        self.apiKeyFile = apiKeyFile
        self.apiKeyCommand = apiKeyCommand
        self.timeout = timeout
    }
}

/// `config.toml`: top-level defaults and `[profile.NAME]` tables.
public struct ConfigFile: Sendable, Equatable {
    public var path: String
    public var exists: Bool
    public var top: ConfigLayer
    public var profiles: [String: ConfigLayer]
    /// Keys that were not understood (shown by `acquire-cases config`).
    public var warnings: [String]

    static let knownKeys: Set<String> = ["account", "base_url", "api_key_file", "api_key_command", "timeout", "ca_file"]

    /// A file that is not there: every value absent.
    public static func missing(_ path: String) -> ConfigFile {
        ConfigFile(path: path, exists: false, top: ConfigLayer(), profiles: [:], warnings: [])
    }

    /// Loads `path` after the ssh-style checks (up to `home`); a missing file is not an error.
    public static func load(_ path: String, home: String) throws(ConfigError) -> ConfigFile {
        guard try FileSecurity.check(path, as: .configFile, home: home) else { return missing(path) }
        let data = try FileSecurity.read(path, limit: 1_048_576)
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses TOML text; errors carry the line and column.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw .badTOML(path: path, line: e.source.begin.line, column: e.source.begin.column, reason: Sanitizer.clean(e.description))
        } catch {
            throw .badTOML(path: path, line: 0, column: 0, reason: Sanitizer.clean(String(describing: error)))
        }
        var warnings: [String] = []
        let top = try layer(table, path: path, prefix: "", warnings: &warnings, allowProfiles: true)
        var profiles: [String: ConfigLayer] = [:]
        if let p = table["profile"] {
            guard let pt = p.table else { throw .badValue(key: "profile", path: path, expected: "a table of [profile.NAME] tables") }
            for name in pt.keys {
                guard let t = pt[name]?.table else { throw .badValue(key: "profile.\(name)", path: path, expected: "a table") }
                profiles[name] = try layer(t, path: path, prefix: "profile.\(name).", warnings: &warnings, allowProfiles: false)
            }
        }
        return ConfigFile(path: path, exists: true, top: top, profiles: profiles, warnings: warnings)
    }

    static func layer(_ t: TOMLTable, path: String, prefix: String, warnings: inout [String],
                      allowProfiles: Bool) throws(ConfigError) -> ConfigLayer {
        func string(_ key: String) throws(ConfigError) -> String? {
            guard let v = t[key] else { return nil }
            guard let s = v.string else { throw .badValue(key: prefix + key, path: path, expected: "a string") }
            return s
        }
        var l = ConfigLayer()
        l.account = try string("account")
        l.baseURL = try string("base_url")
        l.apiKeyFile = try string("api_key_file")
        l.apiKeyCommand = try string("api_key_command")
        l.caFile = try string("ca_file")
        if let v = t["timeout"] {
            guard let d = v.double ?? v.int.map(Double.init) else {
                throw .badValue(key: prefix + "timeout", path: path, expected: "a number of seconds")
            }
            l.timeout = d
        }
        for key in t.keys where !knownKeys.contains(key) && !(allowProfiles && key == "profile") {
            warnings.append("unknown key \"\(Sanitizer.clean(prefix + key))\" ignored")
        }
        return l
    }
}
