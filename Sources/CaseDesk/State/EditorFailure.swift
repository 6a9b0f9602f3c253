/// Why opening $VISUAL/$EDITOR on the message did not give a text back.
public enum EditorFailure: Error, Equatable, Sendable {
    /// Neither VISUAL nor EDITOR is set and no fallback editor was found.
    case noEditor
    /// The editor exited with a non-zero status; the message is left as it was.
    case exited(status: Int32)
    /// The temporary file could not be written or read back; the reason.
    case io(String)

    /// One sentence for the agent.
    public var message: String {
        switch self {
        case .noEditor: return "No editor found: set VISUAL or EDITOR."
        case .exited(let s): return "The editor exited with status \(s); the message was not changed."
        case .io(let why): return "The editor's file could not be used (\(why)); the message was not changed."
        }
    }
}
