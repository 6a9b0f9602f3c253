import AcquireKit
import AcquireSandbox
import Foundation
import TestSupport
import Testing

extension AppEndToEnd {
    /// Reopening end to end: F7 lists the contact's latest cases, a closed one is chosen, review says
    /// "Reopens case #N", and the sandbox receives exactly one create carrying that case's thread.
    @Suite struct ReopenFlowTests {
        @Test func aClosedCaseIsReopened() async throws {
            try await AppSession.with(.init(width: 80, height: 24)) { app in
                let client = try app.client()
                var contactId = 0
                var cases: [CaseRecord] = []
                for id in 1...40 {
                    cases = try await client.recentCases(contactId: id, limit: 5)
                    if cases.contains(where: { $0.isClosed }) { contactId = id; break }
                }
                let found = cases.firstIndex { $0.isClosed }
                let index = try #require(found, "no contact with a closed case")
                let closed = cases[index]
                try await app.pickContact(contactId)
                try await app.compose(title: "It came back", message: ["Same problem again"])
                try await app.keys("F7")
                try await app.waitFor("#\(closed.id) closed")
                for _ in 0...index { try await app.keys("Down") }
                try await app.keys("Enter")
                try await app.waitFor("reopens case #\(closed.id)")
                try await app.keys("C-r")
                try await app.waitForScreen("the review says which case it reopens") { s in
                    s.contains("Reopens case #\(closed.id)") && s.contains("Enter sends exactly this")
                }
                try await app.keys("Enter")
                try await app.waitFor("reopening #\(closed.id)")
                let creates = try await app.creates()
                try #require(creates.count == 1, "creates: \(creates)")
                let body = try #require(creates[0].jsonBody)
                #expect(body["threadId"] as? Int == closed.threadId ?? closed.id, "body: \(creates[0].body)")
                if let session = closed.sessionId { #expect(body["sessionId"] as? Int == session) }
                #expect(creates[0].status == 200)
            }
        }
    }
}
