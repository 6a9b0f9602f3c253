import Foundation

/// One request the sandbox received, and the status it answered (0 when it dropped the connection).
public struct JournalEntry: Codable, Sendable, Equatable {
    public var method: String
    public var path: String
    /// Query parameters; a repeated name has its values joined with ",".
    public var query: [String: String]
    /// The request body as text (lossy UTF-8).
    public var body: String
    /// Whether the request carried the right Bearer key.
    public var authorized: Bool
    /// The status answered; 0 when the connection was dropped without an answer.
    public var status: Int
    public var date: Date

    /// An entry; every field given.
    public init(method: String, path: String, query: [String: String], body: String, authorized: Bool,
                status: Int, date: Date) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.authorized = authorized
        self.status = status
        self.date = date
    }

    /// The encoder used for journal files: one line, ISO 8601 dates with milliseconds, sorted keys.
    public static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(JournalEntry.formatter().string(from: date))
        }
        return encoder
    }

    /// The decoder that reads lines written by `lineEncoder()`.
    public static func lineDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = JournalEntry.formatter().date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
            }
            return date
        }
        return decoder
    }

    /// Reads a journal file: one entry per non-empty line.
    public static func read(contentsOf path: String) throws -> [JournalEntry] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = lineDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
