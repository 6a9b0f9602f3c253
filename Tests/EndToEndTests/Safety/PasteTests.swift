import Foundation
import Testing

/// Bracketed paste: a paste is text where it lands (TABs and newlines included), never keys; outside
/// a text field it does nothing; a megabyte arrives at once and is saved.
@Suite struct PasteTests {
    /// Pastes `text` through tmux's buffer, bracketed as a terminal does when the app asked for it.
    static func paste(_ s: AppSession, _ text: String) async throws {
        let file = s.home + "/paste-\(UUID().uuidString.prefix(6)).txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try await s.tmux { t in
            try t.run(["load-buffer", "-b", "p", file])
            try t.run(["paste-buffer", "-p", "-r", "-d", "-b", "p", "-t", "main"])
        }
    }

    @Test func aPastedTableKeepsItsTabsAndLinesInTheMessage() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.pickContact(5)
            try await s.type("Prices")
            try await s.keys("Tab")
            try await Self.paste(s, "Order\tQty\tPrice\nA-100\t2\t9.99")
            try await s.type(" end")
            let shown = try await s.waitForScreen("the pasted table") { $0.contains("9.99 end") }
            #expect(shown.contains("Order    Qty    Price"), "\(shown)")
            let saved = try await eventually { (s.draft()?["message"] as? String)?.hasSuffix("9.99 end") == true }
            #expect(saved, "draft: \(String(describing: s.draft()))")
            #expect(s.draft()?["message"] as? String == "Order    Qty    Price\nA-100    2    9.99 end")
            #expect(s.draft()?["title"] as? String == "Prices")
        } catch { Issue.record(error) }
        await s.close()
    }

    /// On the review screen a pasted newline is not Enter: nothing is sent.
    @Test func aPasteOutsideATextFieldDoesNothing() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.fillAndReview(title: "Pasted on review", message: ["nothing to send"])
            try await Self.paste(s, "x\n\n")
            // Esc after the paste: once the compose screen is back, the paste was read before it.
            try await s.keys("Escape")
            try await s.waitForScreen("the compose screen") { !$0.contains("Enter sends exactly this:") && $0.contains("Pasted on review") }
            #expect(try await s.creates().isEmpty, "a pasted newline sent the case")
            #expect(s.screensSeen.allSatisfy { !$0.contains("Sending the case") })
        } catch { Issue.record(error) }
        await s.close()
    }

    /// A megabyte pasted into the message arrives whole and is saved (keys one by one took minutes).
    @Test func aMegabytePasteArrivesWholeAndIsSaved() async throws {
        let s = try await AppSession.start()
        do {
            try await s.launch()
            try await s.pickContact(5)
            try await s.type("Big paste")
            try await s.keys("Tab")
            let line = String(repeating: "0123456789abcdef", count: 4) + "\n"
            let big = String(repeating: line, count: 1 << 20 / line.utf8.count) + "END-OF-PASTE"
            try await Self.paste(s, big)
            try await s.waitFor("END-OF-PASTE", seconds: 120)
            let saved = try await eventually(60) { (s.draft()?["message"] as? String)?.hasSuffix("END-OF-PASTE") == true }
            #expect(saved, "the pasted megabyte was not saved")
            #expect((s.draft()?["message"] as? String)?.utf8.count == big.utf8.count)
        } catch { Issue.record(error) }
        await s.close()
    }
}
