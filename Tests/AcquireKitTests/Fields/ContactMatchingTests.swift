import Foundation
import Testing
@testable import AcquireKit

/// The duplicate check before a contact create and settling an uncertain one.
@Suite struct ContactMatchingTests {
    let request = ContactCreateRequest(name: "API Deo", email: " John@Acquire.io ", phone: "+91 94607 31950")

    @Test func searchesEmailThenPhone() {
        #expect(ContactMatching.searches(for: request) == ["John@Acquire.io", "+91 94607 31950"])
        #expect(ContactMatching.searches(for: ContactCreateRequest(name: "Only a name")).isEmpty)
    }

    @Test func duplicatesByEmailOrPhone() {
        let found = [
            Contact(id: 1, name: "x", email: "john@acquire.io"),
            Contact(id: 2, phone: "9460731950"),
            Contact(id: 3, email: "johnny@acquire.io", phone: "12345"),
            Contact(id: 1, email: "john@acquire.io"),
            Contact(id: 4, phone: "0919460731950"),
            Contact(id: 5, phone: "731950"),
        ]
        #expect(ContactMatching.duplicates(of: request, in: found).map(\.id) == [1, 2, 4])
    }

    @Test func settlingFindsOnlyANewContactWithEverythingSent() {
        let found = [
            Contact(id: 7, email: "john@acquire.io", phone: "919460731950"),   // existed before
            Contact(id: 12, email: "john@acquire.io", phone: "+91 9460731950"),
            Contact(id: 9, email: "john@acquire.io"),                          // phone differs: not ours
            Contact(id: 10, email: "john@acquire.io", phone: "+91 94607 31950"),
        ]
        #expect(ContactMatching.created(by: request, in: found, existingIDs: [7])?.id == 12)
        #expect(ContactMatching.created(by: request, in: [found[0], found[2]], existingIDs: [7]) == nil)
        #expect(ContactMatching.created(by: ContactCreateRequest(name: "n"), in: found, existingIDs: []) == nil)
    }
}
