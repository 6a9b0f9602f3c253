import Foundation

extension CreateCaseRequest {
    /// The wire body of create-case.md: title, source, mentionUsers, message {type, message,
    /// translateLangKey}, channel, routeAgentId, agentId, isFromCobrowse, fields, and, when
    /// reopening, threadId and sessionId (case-reopen.request.json). (`contactId` goes in the query string.)
    public func encodedBody() throws(AcquireError) -> Data {
        let body = Body(title: title, source: source, mentionUsers: mentionUsers,
                        message: .init(type: messageType.rawValue, message: message, translateLangKey: ""),
                        channel: channel, routeAgentId: routeAgentId, agentId: agentId,
                        isFromCobrowse: isFromCobrowse, fields: fields, sessionId: threadId == nil ? nil : sessionId,
                        threadId: threadId)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(body) } catch { throw .invalidInput("the case could not be encoded") }
    }

    /// This request made to reopen `closed`: its thread (`threadId`, else its id) and its
    /// `meta.sessionId` when it has one.
    public func reopening(_ closed: CaseRecord) -> CreateCaseRequest {
        var copy = self
        copy.threadId = closed.threadId ?? closed.id
        copy.sessionId = closed.sessionId
        return copy
    }

    /// Agent ids as `mentionUsers` wants them: strings, each once, in the order given.
    public static func mentionIDs(_ agentIDs: [Int]) -> [String] {
        var seen = Set<Int>()
        return agentIDs.filter { seen.insert($0).inserted }.map(String.init)
    }

    private struct Body: Encodable {
        struct Message: Encodable {
            var type: String
            var message: String
            var translateLangKey: String
        }
        var title: String
        var source: String
        var mentionUsers: [String]
        var message: Message
        var channel: String
        var routeAgentId: Int
        var agentId: Int
        var isFromCobrowse: Bool
        var fields: [String: FieldWireValue]
        var sessionId: Int?
        var threadId: Int?
    }
}
