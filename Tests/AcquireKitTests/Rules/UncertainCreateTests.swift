import AcquireKit
import Foundation
import Testing

/// Which recent case is the one an uncertain create sent, and which failures need the lookup.
@Suite struct UncertainCreateTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    static func at(_ s: TimeInterval) -> Date { t0.addingTimeInterval(s) }
    static let sent = CreateCaseRequest(contactId: 7, title: "Refund", message: "Card charged twice", channel: "chat")

    static func record(id: Int = 1, title: String = "Refund", message: String = "Card charged twice",
                       contactId: Int? = 7, created: Date?) -> CaseRecord {
        CaseRecord(id: id, title: title, description: message, channel: "chat", status: "active",
                   dateCreated: created, contactId: contactId)
    }

    @Test func theOneSentIsMatchedByTextContactAndTime() {
        let r = Self.sent
        #expect(UncertainCreate.isTheOneSent(Self.record(created: Self.at(0)), r, sentAt: Self.at(30)))
        #expect(UncertainCreate.isTheOneSent(Self.record(created: Self.at(-60)), r, sentAt: Self.at(0)))
        #expect(!UncertainCreate.isTheOneSent(Self.record(created: Self.at(-61)), r, sentAt: Self.at(0)))
        #expect(!UncertainCreate.isTheOneSent(Self.record(message: "other", created: Self.at(1)), r, sentAt: Self.at(0)))
        #expect(!UncertainCreate.isTheOneSent(Self.record(title: "Refund?", created: Self.at(1)), r, sentAt: Self.at(0)))
        #expect(!UncertainCreate.isTheOneSent(Self.record(contactId: 8, created: Self.at(1)), r, sentAt: Self.at(0)))
        #expect(!UncertainCreate.isTheOneSent(Self.record(created: nil), r, sentAt: Self.at(0)))
    }

    @Test func surroundingWhitespaceDoesNotMatter() {
        let record = Self.record(title: "  Refund\n", message: "Card charged twice\n\n", created: Self.at(0))
        #expect(UncertainCreate.isTheOneSent(record, Self.sent, sentAt: Self.at(0)))
    }

    @Test func findTakesTheFirstMatchOfANewestFirstList() {
        let cases = [Self.record(id: 9, title: "Other", created: Self.at(5)),
                     Self.record(id: 8, created: Self.at(3)),
                     Self.record(id: 7, created: Self.at(2))]
        #expect(UncertainCreate.find(Self.sent, sentAt: Self.at(0), in: cases, knownBefore: [])?.id == 8)
        #expect(UncertainCreate.find(Self.sent, sentAt: Self.at(200), in: cases, knownBefore: []) == nil)
    }

    /// A case with the same text made just before this send (the agent sent the same text twice)
    /// is in the baseline: it never settles this send; the new one does.
    @Test func aCaseThatWasThereBeforeTheSendIsNeverTheOneSent() {
        let earlier = Self.record(id: 467, created: Self.at(-20))
        #expect(UncertainCreate.find(Self.sent, sentAt: Self.at(0), in: [earlier], knownBefore: [467]) == nil)
        let new = Self.record(id: 468, created: Self.at(1))
        #expect(UncertainCreate.find(Self.sent, sentAt: Self.at(0), in: [new, earlier], knownBefore: [467])?.id == 468)
        #expect(UncertainCreate.baseline([earlier, Self.record(id: 3, created: nil)]) == [467, 3])
    }

    /// No baseline (it could not be listed): nothing is recognised, the case is "not confirmed".
    @Test func withoutABaselineNothingIsRecognised() {
        let new = Self.record(id: 468, created: Self.at(1))
        #expect(UncertainCreate.find(Self.sent, sentAt: Self.at(0), in: [new], knownBefore: nil) == nil)
    }

    @Test func onlyFailuresThatMayHaveCreatedAreLookedUp() {
        #expect(UncertainCreate.mayHaveCreated(.uncertain("timeout")))
        #expect(UncertainCreate.mayHaveCreated(.cancelled))
        #expect(UncertainCreate.mayHaveCreated(.serverError(status: 500)))
        for e: AcquireError in [.unauthorized(keySource: nil), .forbidden, .invalidInput("x"), .offline("refused"),
                                .unavailable(retryAfter: 3), .rateLimited(retryAfter: nil), .notFound("contact #1")] {
            #expect(!UncertainCreate.mayHaveCreated(e), "\(e)")
        }
    }
}
