import TerminalUI

/// A command with the keys that trigger it and its help text.
public struct CommandBinding: Equatable, Sendable {
    public var command: Command
    public var binding: KeyBinding
    public init(_ command: Command, _ keys: [Key], _ help: String, inHelpLine: Bool = true) {
        self.command = command
        self.binding = KeyBinding(keys, help, inHelpLine: inHelpLine)
    }
}
