import Foundation

extension CreateCaseRequest {
    /// The wire body of create-case.md: title, source, mentionUsers, message {type, message,
    /// translateLangKey}, channel, routeAgentId, agentId, isFromCobrowse, fields.
    /// (`contactId` goes in the query string.)
    public func encodedBody() throws(AcquireError) -> Data {
        let body = Body(title: title, source: source, mentionUsers: mentionUsers,
                        message: .init(type: "message", message: message, translateLangKey: ""),
                        channel: channel, routeAgentId: routeAgentId, agentId: agentId,
                        isFromCobrowse: isFromCobrowse, fields: fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(body) } catch { throw .invalidInput("the case could not be encoded") }
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
        var fields: [String: String]
    }
}
