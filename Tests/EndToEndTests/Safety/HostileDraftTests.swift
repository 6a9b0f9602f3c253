import Foundation
import Testing

/// A draft file written by another program (a bidi override, a zero-width space, an escape
/// sequence) is shown with its escapes: none of it reaches the terminal raw.
@Suite struct HostileDraftTests {
    /// UTF-8 of U+202E (right-to-left override) and U+200B (zero-width space).
    static let rlo: [UInt8] = [0xE2, 0x80, 0xAE]
    static let zwsp: [UInt8] = [0xE2, 0x80, 0x8B]

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func aHostileDraftIsOfferedAndRestoredWithItsEscapesShowing() async throws {
        let s = try await AppSession.start()
        let raw = NSTemporaryDirectory() + "acq-e2e-draft-\(UUID().uuidString.prefix(8)).bin"
        defer { unlink(raw) }
        do {
            try FileManager.default.createDirectory(atPath: s.stateDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let hostile = #"""
                {"agentId":0,"channel":"email","contactId":5,"contactName":"Ev\u202Eil\u200B",
                 "message":"one\u200B two \u001B]0;pwned\u0007","title":"Refund\u202Etxt.exe\u200B","updatedAt":"2026-01-01T00:00:00Z"}
                """#
            try Data(hostile.utf8).write(to: URL(fileURLWithPath: s.draftPath))
            chmod(s.draftPath, 0o600)
            try await s.launch(gate: true)
            try await s.tmux { try $0.pipeOutput(to: raw) }
            try await s.openGate()
            let offer = try await s.waitFor("An unsent case was found.")
            #expect(offer.contains("Refund\\u{202E}txt.exe\\u{200B}") || offer.contains("Ev\\u{202E}il"), "\(offer)")
            try await s.keys("r")
            let restored = try await s.waitFor("Refund\\u{202E}txt.exe")
            #expect(restored.contains("one\\u{200B} two ^[]0;pwned^G"), "\(restored)")
            // The restored form's bytes have reached the capture file (the message is drawn last).
            let drawn = try await eventually { Self.contains([UInt8](FileManager.default.contents(atPath: raw) ?? Data()), Array("pwned^G".utf8)) }
            #expect(drawn, "the restored message never reached the capture")
            let bytes = [UInt8](FileManager.default.contents(atPath: raw) ?? Data())
            #expect(bytes.count > 1000, "the raw output was not captured (\(bytes.count) bytes)")
            #expect(!Self.contains(bytes, Self.rlo), "U+202E reached the terminal raw")
            #expect(!Self.contains(bytes, Self.zwsp), "U+200B reached the terminal raw")
            let bad = TerminalBytes.problems(in: bytes)
            #expect(bad.isEmpty, "\(bad.joined(separator: "\n"))")
        } catch { Issue.record(error) }
        await s.close()
    }
}
