/// One entry of the agent picker.
public struct AgentChoice: Equatable, Sendable {
    public var id: Int
    public var name: String
    public var status: String

    public init(id: Int, name: String, status: String) {
        self.id = id
        self.name = name
        self.status = status
    }
}
