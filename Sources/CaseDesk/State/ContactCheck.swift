/// A restored draft's contact, fetched again before anything can be sent to it: the draft kept
/// only its id and name, and the id may now be someone else (another sandbox, a merged contact).
public struct ContactCheck: Equatable, Sendable {
    /// The fetch in flight (nil once it answered).
    public var token: Int?
    /// The name the draft was saved with.
    public var savedName: String
    /// What changed (or why it could not be checked), shown on the review; nil when nothing did.
    public var note: String?

    public init(token: Int?, savedName: String, note: String? = nil) {
        self.token = token
        self.savedName = savedName
        self.note = note
    }
}
