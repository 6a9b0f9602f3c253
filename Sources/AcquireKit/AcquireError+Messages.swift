import Foundation

extension AcquireError {
    /// A 401 that names where the key came from; any other error as it is.
    public func naming(_ keySource: KeySource?) -> AcquireError {
        if case .unauthorized = self { return .unauthorized(keySource: keySource) }
        return self
    }

    /// One sentence a support agent understands.
    public var message: String {
        switch self {
        case .notConfigured(let what): return "acquire-cases is not set up: \(what)."
        case .invalidAccount(let account): return "The account id \"\(account)\" is not valid."
        case .unauthorized: return "Acquire refused the API key."
        case .forbidden: return "The API key is not allowed to do this."
        case .notFound(let what): return "Acquire has no \(what)."
        case .invalidInput(let text): return "Acquire refused the request: \(text)"
        case .rateLimited: return "Acquire is receiving too many requests."
        case .unavailable: return "Acquire is unavailable for now."
        case .serverError(let status): return "Acquire had an internal error (HTTP \(status))."
        case .uncertain(let why): return "The case may or may not have been created (\(why))."
        case .offline(let why): return "Acquire could not be reached (\(why))."
        case .undecodable(let excerpt): return "Acquire sent an answer that could not be read: \(excerpt)"
        case .cancelled: return "Cancelled."
        case .refused(let code, let text):
            return code.isEmpty ? "Acquire refused the request: \(text)" : "Acquire refused the request: \(text) (\(code))"
        case .duplicate(let text): return "Acquire already has such a record: \(text)"
        case .uncertainContact(let why): return "The contact may or may not have been created (\(why))."
        }
    }

    /// What to do next.
    public var advice: String {
        switch self {
        case .notConfigured: return "Set ACQUIRE_ACCOUNT and ACQUIRE_API_KEY, or run `acquire-cases config` to see what is missing."
        case .invalidAccount: return "Use the part before .acquire.io in your Acquire address, e.g. \"mycompany\"."
        case .unauthorized(let source?):
            return "Make a new key in Acquire (Settings > For Developers > API Key) and \(source.renewal)."
        case .unauthorized(nil):
            return "Make a new key in Acquire (Settings > For Developers > API Key) and use it instead of this one."
        case .forbidden: return "Ask an Acquire admin for a key with access to cases and contacts."
        case .notFound: return "Check the id and try again."
        case .invalidInput: return "Correct the highlighted input and submit again."
        case .rateLimited(let s), .unavailable(let s):
            if let s { return "Retry allowed in \(s) s." }
            return "Wait a moment and try again."
        case .serverError: return "Try again in a minute; if it persists, tell your Acquire admin."
        case .uncertain: return "Checking the contact's recent cases before anything is sent again."
        case .offline(let why): return TransportFailure.advice(forNotSent: why)
        case .undecodable: return "Try again; if it persists, a proxy may be in the way."
        case .cancelled: return "Nothing more will be sent."
        case .refused: return "Nothing was created or changed. Check what it says, then try again."
        case .duplicate: return "Search for it and choose the existing one instead."
        case .uncertainContact: return "Searching its email and phone before anything is sent again."
        }
    }
}
