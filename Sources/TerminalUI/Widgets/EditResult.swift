/// What a widget did with a key: nothing, moved its cursor or selection, or changed its text.
public enum EditResult: Equatable, Sendable {
    case ignored
    case moved
    case edited
}
