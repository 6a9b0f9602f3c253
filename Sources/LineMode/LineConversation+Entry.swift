import AcquireKit
import CaseDesk
import Foundation

extension LineConversation {
    /// `n` on the review: the first entry becomes an internal note, or a message to the customer again.
    mutating func toggleNote() -> [LineEffect] {
        messageType = messageType == .note ? .message : .note
        return [.say("The first entry goes as " + AppState.entryWords(messageType) + ".")] + review()
    }

    /// The mentions question: the agents by id and name, several separated by commas.
    mutating func askMentions() -> [LineEffect] {
        step = .mentions
        return [.say(LineText.mentionList(agents ?? [])), .ask(LineText.mentionQuestion(current: mentionNames))]
    }

    /// The agents to mention: ids or names separated by commas; Enter keeps them, `-` clears them.
    mutating func mentionsTyped(_ text: String, now: Date) -> [LineEffect] {
        if text == "-" { mentions = [] }
        if text.isEmpty || text == "-" { return [.say(mentionSummary)] + saveDraft(now) + ask(.review) }
        var chosen: [Int] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let raw = part.hasPrefix("#") ? String(part.dropFirst()) : part
            switch AgentMatching.resolve(raw, in: agents ?? []) {
            case .success(let agent): if !chosen.contains(agent.id) { chosen.append(agent.id) }
            case .failure(let why): return [.say(why.message)] + askMentions()
            }
        }
        mentions = chosen
        return [.say(mentionSummary)] + saveDraft(now) + ask(.review)
    }

    /// "@Name, @Other" for the agents mentioned ("" for none).
    var mentionNames: String {
        mentions.map { id in "@" + (agents?.first { $0.id == id }?.name ?? "#\(id)") }.joined(separator: ", ")
    }

    /// What is mentioned, as said after the answer.
    var mentionSummary: String { mentions.isEmpty ? "Nobody is mentioned." : "Mentions: " + mentionNames }
}
