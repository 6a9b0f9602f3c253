/// A misbehaviour the sandbox shows on demand, for one endpoint or all of them.
public struct SandboxFault: Sendable, Equatable {
    /// The endpoint it applies to (`.all` for every one).
    public var endpoint: SandboxEndpoint
    /// What goes wrong.
    public var kind: Kind
    /// Apply to the next N matching requests only; nil = always.
    public var count: Int?
    /// Apply only to requests whose subject equals this text, compared case- and accent-insensitively:
    /// the search text for `search`, the `search` parameter for `shortcuts`, the `contactId` for
    /// `create`, the id in the path for `contact` and `case`, the `where` parameter for `cases`.
    /// nil = every request of the endpoint.
    public var match: String?
    /// For `.status` on `create`: store the case before answering with the error (the server did the
    /// work, then failed). `.dropAfterRequest`, `.latency`, `.truncatedJSON`, `.malformedJSON` and
    /// `.hostileText` always store it; `.errorOn200` never does.
    public var stored: Bool

    /// The ways a request can go wrong.
    public enum Kind: Sendable, Equatable {
        /// Answer normally, after this delay.
        case latency(milliseconds: Int)
        /// An error status (401, 403, 404, 429, 500, 503, ...) with a JSON error body.
        case status(Int, retryAfter: String? = nil)
        /// 502 with an HTML page, as a proxy sends.
        case badGatewayHTML
        /// Read the whole request, then close the connection without answering.
        case dropAfterRequest
        /// A 200 whose JSON body stops half way.
        case truncatedJSON
        /// A 200 whose body is not valid JSON.
        case malformedJSON
        /// Names, titles and URLs with escape sequences, OSC 52, C1 controls, bidi overrides, very long values.
        case hostileText
        /// HTTP 200 with the documented error body `{"error": {"code", "message", "data": null}}`
        /// (error-on-200.response.json); a create stores nothing.
        case errorOn200(code: String)
    }

    /// A fault; by default for every request of the endpoint, forever.
    public init(endpoint: SandboxEndpoint, kind: Kind, count: Int? = nil, match: String? = nil, stored: Bool = false) {
        self.endpoint = endpoint
        self.kind = kind
        self.count = count
        self.match = match
        self.stored = stored
    }
}
