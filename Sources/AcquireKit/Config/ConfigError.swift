/// Why the configuration or the API key could not be used; `description` is one clear sentence.
public enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--profile` / ACQUIRE_PROFILE names a profile the config file does not have.
    case unknownProfile(name: String, available: [String], path: String)
    /// The config file is not valid TOML.
    case badTOML(path: String, line: Int, column: Int, reason: String)
    /// A key in the config file has the wrong type.
    case badValue(key: String, path: String, expected: String)
    /// Both api_key_file and api_key_command at the same level.
    case conflict(String)
    /// The account id is not a DNS label.
    case invalidAccount(String)
    /// The base URL cannot be used.
    case badBaseURL(String, reason: String)
    /// The timeout is not a number of seconds between 1 and 600.
    case badTimeout(String)
    /// Remote mode, and no key anywhere.
    case missingKey
    /// A file that group or others may read or write (ssh-style refusal).
    case tooOpen(path: String, mode: Int, what: String)
    /// A file owned by another user.
    case wrongOwner(path: String, uid: Int, what: String)
    /// A file that cannot be read.
    case unreadable(path: String, reason: String)
    /// The key file or the key command gave no key.
    case emptyKey(source: String)
    /// api_key_command exited with a non-zero status.
    case keyCommandFailed(command: String, status: Int, stderr: String)
    /// api_key_command did not finish in time.
    case keyCommandTimedOut(command: String, seconds: Int)
    /// A proxy variable or CA file (`ca_file`, SSL_CERT_FILE) that cannot be used: the whole sentence.
    case badNetwork(String)

    public var description: String {
        switch self {
        case let .unknownProfile(name, available, path):
            let list = available.isEmpty ? "it has none" : "it has " + available.sorted().joined(separator: ", ")
            return "There is no profile \"\(name)\" in \(path) (\(list)). Add a [profile.\(name)] table or choose another with --profile."
        case let .badTOML(path, line, column, reason):
            return "\(path), line \(line), column \(column): \(reason). Fix the config file and try again."
        case let .badValue(key, path, expected):
            return "In \(path), \"\(key)\" must be \(expected)."
        case .conflict(let where_):
            return "Both api_key_file and api_key_command are set \(where_); keep only one."
        case .invalidAccount(let account):
            return "The account id \"\(account)\" is not valid: use only letters, digits and '-', as in mycompany for https://mycompany.acquire.io."
        case let .badBaseURL(url, reason):
            return "The base URL \"\(url)\" cannot be used: \(reason)."
        case .badTimeout(let value):
            return "The timeout \"\(value)\" is not valid: give a number of seconds from 1 to 600."
        case .missingKey:
            return "No API key: set ACQUIRE_API_KEY, or api_key_file or api_key_command in the config file."
        case let .tooOpen(path, mode, what):
            return "Permissions \(Self.octal(mode)) for '\(path)' are too open. It is required that your \(what) is not accessible by others: run chmod \(what == "API key file" ? "600" : "go-w") '\(path)'. This \(what) will be ignored."
        case let .wrongOwner(path, uid, what):
            return "The \(what) '\(path)' is owned by user \(uid), not by you. This \(what) will be ignored."
        case let .unreadable(path, reason):
            return "Cannot read '\(path)': \(reason)."
        case .emptyKey(let source):
            return "The API key from \(source) is empty."
        case let .keyCommandFailed(command, status, stderr):
            let tail = stderr.isEmpty ? "" : ": \(stderr)"
            return "api_key_command `\(command)` failed with exit status \(status)\(tail)"
        case let .keyCommandTimedOut(command, seconds):
            return "api_key_command `\(command)` did not finish within \(seconds) s; it was stopped."
        case .badNetwork(let sentence):
            return sentence
        }
    }

    static func octal(_ mode: Int) -> String {
        let s = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
