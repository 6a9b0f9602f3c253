extension JournalEntry {
    /// The endpoint this request went to (nil for a path the sandbox does not serve), so tests
    /// and tools ask "was this a create?" one way.
    public var endpoint: SandboxEndpoint? {
        SandboxEndpoint.route(method: method, path: path)?.0
    }
}
