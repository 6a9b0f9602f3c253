import AcquireKit

/// A list loaded from Acquire: not asked for yet, on its way, here, or failed (and may be asked again).
public enum Loadable<Value: Equatable & Sendable>: Equatable, Sendable {
    case idle
    case loading
    case loaded(Value)
    case failed(AcquireError)

    /// The value, once loaded.
    public var value: Value? {
        if case .loaded(let v) = self { return v }
        return nil
    }

    /// True when it should be asked for (never asked, or the last request failed).
    public var needsLoad: Bool {
        switch self {
        case .idle, .failed: return true
        case .loading, .loaded: return false
        }
    }

    /// True when the last request failed.
    public var failed: Bool {
        if case .failed = self { return true }
        return false
    }

    /// Takes the answer to a load: the value, or the failure (a list loaded earlier is kept
    /// over a later failure: it is still what Acquire last said).
    public mutating func take(_ result: Result<Value, AcquireError>) {
        switch result {
        case .success(let v): self = .loaded(v)
        case .failure(let e): if value == nil { self = .failed(e) }
        }
    }
}
