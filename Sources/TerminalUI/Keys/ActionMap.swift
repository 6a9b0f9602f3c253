/// A widget's key map: each action with its keys and help, in the order the help lists them.
/// The widget's `handle` dispatches through `action(for:)` (as Bubbles' `key.Matches` does), and
/// the help overlay lists `bindings`, so what the help says and what the keys do cannot drift apart.
public struct ActionMap<Action: Hashable & Sendable>: Sendable {
    /// One action, the keys that trigger it and its help.
    public struct Entry: Sendable {
        public var action: Action
        public var binding: KeyBinding
        public init(_ action: Action, _ keys: [Key], _ help: String) {
            self.action = action
            self.binding = KeyBinding(keys, help, inHelpLine: false)
        }
    }

    public var entries: [Entry]

    /// A map from entries, most useful first.
    public init(_ entries: [Entry]) { self.entries = entries }

    /// The action `key` triggers, if any; mouse events match whatever their position.
    public func action(for key: Key) -> Action? {
        entries.first { $0.binding.matches(key) }?.action
    }

    /// The entries as help bindings (never in the one-line help: that is for the screen's commands).
    public var bindings: [KeyBinding] { entries.map(\.binding) }

    /// The same map without the given actions (where a screen gives those keys to something else).
    public func without(_ actions: Set<Action>) -> ActionMap {
        ActionMap(entries.filter { !actions.contains($0.action) })
    }
}
