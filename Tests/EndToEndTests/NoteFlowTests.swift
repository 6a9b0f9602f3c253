import AcquireKit
import AcquireSandbox
import Foundation
import TestSupport
import Testing

extension AppEndToEnd {
    /// An internal note end to end: F6 on compose, review and result say so, and the sandbox
    /// receives exactly one create whose first entry is `message.type: "note"`.
    @Suite struct NoteFlowTests {
        @Test func aNoteIsSentAsANote() async throws {
            try await AppSession.with(.init(width: 80, height: 24)) { app in
                try await app.pickContact(5)
                try await app.compose(title: "Internal: check the invoice", message: ["Customer must not see this"])
                try await app.keys("F6")
                try await app.waitFor("INTERNAL NOTE (agents only)")
                try await app.keys("C-r")
                try await app.waitForScreen("the review says it is a note") { s in
                    s.contains("AN INTERNAL NOTE") && s.contains("Enter sends exactly this")
                }
                try await app.keys("Enter")
                try await app.waitFor("as an INTERNAL NOTE")
                let creates = try await app.creates()
                try #require(creates.count == 1, "creates: \(creates)")
                let body = try #require(creates[0].jsonBody)
                let message = try #require(body["message"] as? [String: Any])
                #expect(message["type"] as? String == "note")
                #expect(message["message"] as? String == "Customer must not see this")
                #expect(body["title"] as? String == "Internal: check the invoice")
            }
        }
    }
}
