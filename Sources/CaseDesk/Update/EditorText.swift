import Foundation

/// The one rule for text coming back from `$EDITOR`.
enum EditorText {
    /// CRLF line ends become "\n" and the final newlines editors add are trimmed (all of them:
    /// a message never ends in blank lines).
    static func fromEditor(_ text: String) -> String {
        var t = text.replacingOccurrences(of: "\r\n", with: "\n")
        while t.hasSuffix("\n") { t.removeLast() }
        return t
    }
}
