/// The keys of one screen or widget, in order of importance; also writes the help line.
public struct KeyMap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    /// A key map from bindings, most important first.
    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The first binding that matches `key`, if any.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.matches(key) }
    }

    /// "Enter submit  Esc back  ^C quit": keys in `.accent`, help in `.help`, in order, leaving out
    /// the entries that do not fit in `width` columns.
    public func helpLine(width: Int) -> StyledText {
        var line = StyledText.empty
        var used = 0
        let gap = "  "
        for b in bindings where b.inHelpLine {
            let keys = b.keysLabel
            let sep = used == 0 ? "" : gap
            let w = TextWidth.of(sep) + TextWidth.of(keys) + 1 + TextWidth.of(b.help)
            guard used + w <= width else { continue }
            if !sep.isEmpty { line.append(sep, style: Style(.help)) }
            line.append(keys, style: .key)
            line.append(" " + b.help, style: Style(.help))
            used += w
        }
        return line
    }

    /// Every binding on a line of its own, keys in a column, for the ? / F1 overlay; each line fits `width`.
    public func helpLines(width: Int) -> [StyledText] {
        let w = max(0, width)
        let keyColumn = min(bindings.map { TextWidth.of($0.keysLabel) }.max() ?? 0, max(1, w / 2))
        return bindings.map { b in
            let keys = TextWidth.truncate(b.keysLabel, to: min(keyColumn, w))
            let pad = String(repeating: " ", count: max(0, keyColumn - TextWidth.of(keys)))
            let rest = w - keyColumn - 2
            guard rest > 0 else { return StyledText(keys, style: .key) }
            return StyledText([
                (keys + pad, .key),
                ("  ", Style(.help)),
                (TextWidth.truncate(b.help, to: rest), Style(.normal)),
            ])
        }
    }
}
