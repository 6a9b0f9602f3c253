import AcquireKit
import TerminalUI

/// The fields of step 2, in Tab order.
public enum ComposeField: Int, Equatable, Sendable, CaseIterable {
    case title, message, channel, agent
    /// One of the case custom field rows (which one: `ComposeState.fields.focus`).
    case fields

    /// True for fields where typed characters are text (so `?` is text there).
    public var takesText: Bool { self == .title || self == .message }
}

/// A list chooser opened over the compose screen.
public enum PickerKind: Equatable, Sendable {
    case channel, agent, shortcut
    /// The contact's latest cases, to reopen a closed one.
    case reopen
    /// The agents to mention, opened by typing `@` in the message.
    case mention

    /// True when typing narrows the list (agents and shortcuts).
    public var hasFilter: Bool { self == .agent || self == .shortcut || self == .mention }
}

/// An open chooser: its filter (agents and shortcuts) and its selection.
public struct PickerState: Equatable, Sendable {
    public var kind: PickerKind
    public var filter = TextField("", placeholder: "type to narrow the list")
    public var list = ListState()
    public init(kind: PickerKind) { self.kind = kind }
}

/// Step 2: what the agent writes and chooses.
public struct ComposeState: Equatable, Sendable {
    public var title = TextField("", placeholder: "a short summary")
    public var message = TextEditor()
    /// The chosen channel id ("chat" until the agent picks another).
    public var channel = "chat"
    /// The chosen routing agent; 0 is "No agent: automatic routing".
    public var agentId = 0
    /// The chosen contact's latest cases (newest first), for reopening one.
    public var cases: Loadable<[CaseRecord]> = .idle
    /// The closed case the create reopens (its thread), if the agent chose one.
    public var reopen: CaseRecord?
    /// A restored draft's case to reopen, until the contact's cases arrive and it is found among them.
    public var pendingReopenId: Int?
    /// Why the highlighted case cannot be reopened, after Enter on it in the list.
    public var reopenProblem: String?
    /// Whether the first entry goes to the customer (the default) or stays an internal note.
    public var messageType = MessageType.message
    public var focus: ComposeField = .title
    /// The case custom field values and the focused field row.
    public var fields = FieldForm()
    /// The agents chosen from the `@` list (sent when their `@Name` is still in the message).
    public var mentions: [AgentChoice] = []
    /// An open chooser, if any.
    public var picker: PickerState?
    /// The last failure on this screen (loading lists, the editor).
    public var error: AcquireError?
    /// The last editor failure, shown like an error.
    public var editorError: EditorFailure?

    public init() {}

    /// True when nothing has been typed.
    public var isBlank: Bool {
        title.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && message.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
