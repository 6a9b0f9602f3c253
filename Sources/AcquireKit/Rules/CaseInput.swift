import Foundation

/// What a case needs before it may be sent, checked the same way by every face. Each problem is
/// one neutral sentence; the face adds how to fix it there (a flag, a question, a key).
public enum CaseInput {
    /// The largest message accepted, in UTF-8 bytes.
    public static let maxMessageBytes = 64 * 1024
    /// The longest title accepted, in characters.
    public static let maxTitleCharacters = 500

    /// Something about the title or message that stops a case from being sent.
    public enum Problem: Error, Equatable, Sendable {
        case emptyTitle
        case titleTooLong(characters: Int)
        case titleHasLineBreak
        case emptyMessage
        case messageTooLong(bytes: Int)
        /// A control character other than newline and tab, with its code point.
        case controlCharacter(field: String, scalar: UInt32)

        /// One sentence saying what is wrong.
        public var message: String {
            switch self {
            case .emptyTitle: return "The title is empty."
            case .titleTooLong(let n): return "The title is \(n) characters long; at most \(CaseInput.maxTitleCharacters) are accepted."
            case .titleHasLineBreak: return "The title has a line break; a title is one line."
            case .emptyMessage: return "The message is empty."
            case .messageTooLong(let n): return "The message is \(n) bytes long; at most \(CaseInput.maxMessageBytes) are accepted."
            case .controlCharacter(let field, let v):
                return "The \(field) contains the control character U+\(String(format: "%04X", v)), which cannot be sent."
            }
        }
    }

    /// The first problem with a title, or nil when it may be sent.
    public static func titleProblem(_ title: String) -> Problem? {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .emptyTitle }
        if title.contains(where: \.isNewline) { return .titleHasLineBreak }
        if let c = control(in: title, allowing: ["\t"]) { return .controlCharacter(field: "title", scalar: c) }
        if title.count > maxTitleCharacters { return .titleTooLong(characters: title.count) }
        return nil
    }

    /// The first problem with a message, or nil when it may be sent.
    public static func messageProblem(_ message: String) -> Problem? {
        if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .emptyMessage }
        if message.utf8.count > maxMessageBytes { return .messageTooLong(bytes: message.utf8.count) }
        if let c = control(in: message, allowing: ["\t", "\n"]) { return .controlCharacter(field: "message", scalar: c) }
        return nil
    }

    /// A message as read from a file or typed lines: CRLF and CR become LF, trailing line breaks go.
    public static func normalizedMessage(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    /// The first C0, DEL or C1 control in `text` that is not in `allowed`.
    private static func control(in text: String, allowing allowed: Set<Unicode.Scalar>) -> UInt32? {
        for s in text.unicodeScalars where !allowed.contains(s) {
            let v = s.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return v }
        }
        return nil
    }
}
