import Foundation
import Testing

/// Keys typed while the app starts (meant for the search) never answer the draft offer, and no
/// typed word discards a draft: only Ctrl-D does.
@Suite struct DraftOfferTypeaheadTests {
    @Test func typeaheadNeverDiscardsTheOfferedDraft() async throws {
        let s = try await AppSession.start()
        do {
            try FileManager.default.createDirectory(atPath: s.stateDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let draft = #"{"agentId":0,"channel":"chat","contactId":5,"contactName":"Typeahead","message":"keep me","title":"Typeahead draft","updatedAt":"2026-11-30T10:00:00Z"}"#
            try Data(draft.utf8).write(to: URL(fileURLWithPath: s.draftPath))
            try await s.launch(gate: true)
            // The shell starts the app on Enter; "david" follows at once, typed ahead of the first screen.
            try await s.keys("Enter")
            try await s.type("david")
            try await s.waitFor("An unsent case was found.")
            // More letters once the offer is up: still no answer.
            try await s.type("dd")
            try await s.keys("r")
            let form = try await s.waitForScreen("the restored draft") { $0.contains("Typeahead draft") && $0.contains("keep me") }
            #expect(!form.contains("avid"), "typeahead reached the form:\n\(form)")
            #expect(s.draft()?["title"] as? String == "Typeahead draft", "the draft file was discarded")
        } catch { Issue.record(error) }
        await s.close()
    }
}
