import AcquireKit
import Foundation
import Testing

/// How typed names of contacts, channels and agents are read, and what a case needs.
@Suite struct CaseChoicesTests {
    @Test func contactKeysAreIdsEmailsOrPhones() {
        #expect(CaseChoices.contactKey("#42") == .id(42))
        #expect(CaseChoices.contactKey("42") == .id(42))
        #expect(CaseChoices.contactKey("1234567") == .id(1_234_567))
        #expect(CaseChoices.contactKey("12345678") == .phone("12345678"))
        #expect(CaseChoices.contactKey("+49 1234567") == .phone("+49 1234567"))
        #expect(CaseChoices.contactKey("(555) 010-0199") == .phone("(555) 010-0199"))
        #expect(CaseChoices.contactKey("ana@example.com") == .email("ana@example.com"))
        for bad in ["", "#", "#x", "0", "ana", "ana@", "@x.com", "a b@x.com", "a@b@c.com", "+1", "--"] {
            #expect(CaseChoices.contactKey(bad) == nil, "\(bad)")
        }
        #expect(CaseChoices.ContactKey.phone("+49 (30) 12-34").searchText == "49301234")
    }

    @Test func exactContactMatchesIgnoreCaseAndPhonePunctuation() {
        let people = [Contact(id: 1, email: "Ana@Example.com", phone: "+49 1234567"),
                      Contact(id: 2, email: "bana@example.com", phone: "491234567"),
                      Contact(id: 3, email: "x@y.z")]
        #expect(CaseChoices.exact(people, .email("ana@example.com")).map(\.id) == [1])
        #expect(CaseChoices.exact(people, .phone("+49-123-4567")).map(\.id) == [1, 2])
        #expect(CaseChoices.exact(people, .id(3)).map(\.id) == [3])
    }

    static let channels = [Channel(id: "chat", name: "Chat", enabled: true), Channel(id: "mail", name: "Email", enabled: true),
                           Channel(id: "sms", name: "SMS", enabled: false)]

    @Test func channelsByIdOrNameAmongTheOfferedOnes() {
        #expect(CaseChoices.channel("mail", in: Self.channels) == .one(Self.channels[1]))
        #expect(CaseChoices.channel("email", in: Self.channels) == .one(Self.channels[1]))
        #expect(CaseChoices.channel("CHAT", in: Self.channels) == .one(Self.channels[0]))
        #expect(CaseChoices.channel("sms", in: Self.channels) == .none)
        #expect(CaseChoices.offeredChannels(Self.channels).map(\.id) == ["chat", "mail"])
        let allOff = Self.channels.map { Channel(id: $0.id, name: $0.name, enabled: false) }
        #expect(CaseChoices.offeredChannels(allOff).count == 3)
    }

    static let agents = [Agent(id: 3, name: "José Silva", email: "jose@acme.test", status: "online"),
                         Agent(id: 4, name: "Joseph Kim", email: "jkim@acme.test", status: "away"),
                         Agent(id: 5, name: "Ana", email: "ana@acme.test", status: "offline"),
                         Agent(id: 6, name: "Anabel", email: "anabel@acme.test", status: "online")]

    @Test func agentsByIdEmailExactNameOrAUniquePart() {
        #expect(CaseChoices.agent("4", in: Self.agents) == .one(Self.agents[1]))
        #expect(CaseChoices.agent("#4", in: Self.agents) == .one(Self.agents[1]))
        #expect(CaseChoices.agent("JKIM@acme.test", in: Self.agents) == .one(Self.agents[1]))
        #expect(CaseChoices.agent("jose silva", in: Self.agents) == .one(Self.agents[0]))
        #expect(CaseChoices.agent("kim", in: Self.agents) == .one(Self.agents[1]))
        // An exact name wins over the names that contain it.
        #expect(CaseChoices.agent("ana", in: Self.agents) == .one(Self.agents[2]))
        #expect(CaseChoices.agent("jos", in: Self.agents) == .several([Self.agents[0], Self.agents[1]]))
        #expect(CaseChoices.agent("99", in: Self.agents) == .none)
        #expect(CaseChoices.agent("nobody", in: Self.agents) == .none)
        #expect(CaseChoices.agent(" ", in: Self.agents) == .none)
    }

    @Test func titlesAndMessagesAreChecked() {
        #expect(CaseInput.titleProblem("Refund") == nil)
        #expect(CaseInput.titleProblem("  ") == .emptyTitle)
        #expect(CaseInput.titleProblem("a\nb") == .titleHasLineBreak)
        #expect(CaseInput.titleProblem("a\u{1B}[2Jb") == .controlCharacter(field: "title", scalar: 0x1B))
        #expect(CaseInput.titleProblem(String(repeating: "é", count: 501)) == .titleTooLong(characters: 501))
        #expect(CaseInput.messageProblem("line 1\n\tline 2") == nil)
        #expect(CaseInput.messageProblem("\n \n") == .emptyMessage)
        #expect(CaseInput.messageProblem("a\u{7}") == .controlCharacter(field: "message", scalar: 7))
        #expect(CaseInput.messageProblem("a\u{85}") == .controlCharacter(field: "message", scalar: 0x85))
        let big = String(repeating: "x", count: CaseInput.maxMessageBytes + 1)
        #expect(CaseInput.messageProblem(big) == .messageTooLong(bytes: CaseInput.maxMessageBytes + 1))
        #expect(CaseInput.messageProblem(String(repeating: "x", count: CaseInput.maxMessageBytes)) == nil)
        #expect(CaseInput.normalizedMessage("a\r\nb\rc\n\n") == "a\nb\nc")
        #expect(CaseInput.Problem.controlCharacter(field: "title", scalar: 0x1B).message.contains("U+001B"))
    }
}
