/// How to start a sandbox: port, data size and seed, key, journal file and faults.
public struct SandboxOptions: Sendable {
    /// 0 picks any free port.
    public var port: UInt16 = 0
    /// How many contacts to generate.
    public var contacts: Int = 500
    /// The same seed gives the same data.
    public var seed: UInt64 = 1
    /// nil generates a random key at start.
    public var apiKey: String? = nil
    /// A JSON-lines file every request is appended to, one line per request, flushed per line.
    public var journalPath: String? = nil
    /// Faults in force from the start.
    public var faults: [SandboxFault] = []
    /// false: every answer says `Connection: close`, so no connection is reused (to test a client
    /// that never sees a keep-alive connection). true, the default, keeps connections open.
    public var keepAlive: Bool = true

    /// Options with every default, overridable by name.
    public init(port: UInt16 = 0, contacts: Int = 500, seed: UInt64 = 1, apiKey: String? = nil,
                journalPath: String? = nil, faults: [SandboxFault] = [], keepAlive: Bool = true) {
        self.port = port
        self.contacts = contacts
        self.seed = seed
        self.apiKey = apiKey
        self.journalPath = journalPath
        self.faults = faults
        self.keepAlive = keepAlive
    }
}
