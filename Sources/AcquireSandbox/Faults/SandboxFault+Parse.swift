/// Why a fault spec from the command line could not be read.
public struct SandboxFaultParseError: Error, Equatable, CustomStringConvertible {
    /// The spec as given.
    public var spec: String
    /// What is wrong with it.
    public var reason: String
    public var description: String { "invalid fault \"\(spec)\": \(reason)" }
}

extension SandboxFault {
    /// The accepted syntax, for help texts.
    public static let syntax = """
        ENDPOINT:KIND[:OPTION...] with ENDPOINT one of \
        \(SandboxEndpoint.allCases.map(\.rawValue).joined(separator: ", ")); KIND one of latency=MS, \
        401/403/404/429/500/503 (any 4xx/5xx), 502 (HTML page), drop, truncated, malformed, hostile, \
        error200[=CODE] (HTTP 200 with an {"error": ...} body); \
        OPTION one of once, count=N, retry=SECONDS, stored, match=TEXT (last). \
        Examples: create:500, search:latency=800:match=al, create:429:retry=3, create:drop, all:hostile, \
        create:error200=CHAT_ALREADY_JOINED
        """

    /// Reads a fault from its command-line form, e.g. "create:500:once" or "search:latency=800:match=al".
    public static func parse(_ spec: String) throws -> SandboxFault {
        func fail(_ reason: String) -> SandboxFaultParseError { SandboxFaultParseError(spec: spec, reason: reason) }
        let tokens = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count >= 2 else { throw fail("expected ENDPOINT:KIND") }
        guard let endpoint = SandboxEndpoint(rawValue: tokens[0].lowercased()) else {
            throw fail("unknown endpoint \"\(tokens[0])\"")
        }
        let kindToken = tokens[1].lowercased()
        var kind: Kind
        switch kindToken {
        case "drop": kind = .dropAfterRequest
        case "truncated": kind = .truncatedJSON
        case "malformed": kind = .malformedJSON
        case "hostile": kind = .hostileText
        case "502", "html": kind = .badGatewayHTML
        default:
            if kindToken == "error200" || kindToken.hasPrefix("error200=") {
                let code = String(tokens[1].dropFirst("error200".count).drop { $0 == "=" })
                guard kindToken == "error200" || !code.isEmpty else { throw fail("error200= wants a code, e.g. error200=CHAT_ALREADY_JOINED") }
                kind = .errorOn200(code: code.isEmpty ? "CHAT_ALREADY_JOINED" : code)
            } else if kindToken.hasPrefix("latency=") {
                guard let ms = Int(kindToken.dropFirst("latency=".count)), ms >= 0 else {
                    throw fail("latency wants milliseconds, e.g. latency=800")
                }
                kind = .latency(milliseconds: ms)
            } else if let code = Int(kindToken), (400...599).contains(code) {
                kind = .status(code)
            } else {
                throw fail("unknown kind \"\(tokens[1])\"")
            }
        }
        var fault = SandboxFault(endpoint: endpoint, kind: kind)
        var index = 2
        while index < tokens.count {
            let option = tokens[index]
            let lower = option.lowercased()
            if lower == "once" {
                fault.count = 1
            } else if lower == "stored" {
                fault.stored = true
            } else if lower.hasPrefix("count=") || lower.hasPrefix("times=") {
                guard let n = Int(lower.dropFirst(6)), n > 0 else { throw fail("count wants a positive number") }
                fault.count = n
            } else if lower.hasPrefix("retry=") {
                guard case .status(let code, _) = fault.kind else { throw fail("retry= goes with a status") }
                let value = String(option.dropFirst(6))
                guard !value.isEmpty else { throw fail("retry= wants a value") }
                fault.kind = .status(code, retryAfter: value)
            } else if lower.hasPrefix("match=") {
                fault.match = tokens[index...].joined(separator: ":").dropFirst(6).description
                break
            } else {
                throw fail("unknown option \"\(option)\"")
            }
            index += 1
        }
        return fault
    }
}
