/// The contact a case is for: its id and the name shown for it.
public struct ContactRef: Equatable, Sendable {
    public var id: Int
    public var name: String
    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}
