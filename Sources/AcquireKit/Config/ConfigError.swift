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
    /// The timeout is written in another base (`0x10`, `1e2`, `inf`): only plain decimal seconds.
    case timeoutNotDecimal(String)
    /// A flag was given an empty value (`--account ""`).
    case emptyFlag(String)
    /// Remote mode, and no key anywhere.
    case missingKey
    /// A file that group or others may read or write (ssh-style refusal).
    case tooOpen(path: String, mode: Int, what: String)
    /// A file owned by another user.
    case wrongOwner(path: String, uid: Int, what: String)
    /// The file's path is a symbolic link owned by another user.
    case untrustedLink(path: String, uid: Int, what: String)
    /// A directory above the file is owned by another user or writable by others.
    case unsafeDirectory(directory: String, file: String, what: String, problem: String)
    /// The key holds something an HTTP header cannot carry (a space, a control, a non-ASCII character).
    case keyNotSendable(source: String, problem: String)
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
            if let v = Double(value), v.isFinite, v <= 0 {
                return "The timeout \(value) is not valid: it must be more than zero. Give a number of seconds from 1 to 600, e.g. --timeout 30."
            }
            return "The timeout \"\(value)\" is not valid: give a number of seconds from 1 to 600, e.g. --timeout 30."
        case .timeoutNotDecimal(let value):
            return "The timeout \"\(value)\" is not a plain decimal number: write the seconds in digits, e.g. --timeout 16 (from 1 to 600)."
        case .emptyFlag(let flag):
            return "\(flag) was given an empty value: give a value, or leave \(flag) out\(flag == "--account" ? " to use the configured account or the built-in sandbox" : "")."
        case .missingKey:
            return "No API key: set ACQUIRE_API_KEY, or api_key_file or api_key_command in the config file."
        case let .tooOpen(path, mode, what):
            return "Permissions \(Self.octal(mode)) for '\(path)' are too open. It is required that your \(what) is not accessible by others: run chmod \(what == "API key file" ? "600" : "go-w") '\(path)'. acquire-cases stops here."
        case let .wrongOwner(path, uid, what):
            return "The \(what) '\(path)' is owned by user \(uid), not by you or root, so that user could change it; acquire-cases stops here. Make your own copy of the file."
        case let .untrustedLink(path, uid, what):
            return "The \(what) '\(path)' is a symbolic link owned by user \(uid), not by you or root, so that user could point it anywhere; acquire-cases stops here. Replace the link with your own file or link."
        case let .unsafeDirectory(directory, file, what, problem):
            return "The directory '\(directory)' above the \(what) '\(file)' \(problem), so someone else could replace the file; acquire-cases stops here. Run chmod go-w '\(directory)' if it is yours, or move the file into a private directory."
        case let .keyNotSendable(source, problem):
            return "The API key from \(source) cannot be sent to Acquire: \(problem). A key is one line of letters, digits and punctuation; nothing was sent. Check what \(source) gives."
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
