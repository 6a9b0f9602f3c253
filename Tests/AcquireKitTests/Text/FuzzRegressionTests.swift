import Foundation
import Testing
@testable import AcquireKit

/// Regressions found with the fuzz target in Fuzz/ (see Fuzz/README.md).
struct FuzzRegressionTests {
    /// A ZWJ next to a regional indicator joins nothing (grapheme breaks around it), so it is escaped.
    @Test func zwjBesideRegionalIndicatorIsEscaped() {
        #expect(Sanitizer.clean("🇦\u{200D}🇧") == "🇦\\u{200D}🇧")
        #expect(Sanitizer.clean("😀\u{200D}🇧") == "😀\\u{200D}🇧")
        #expect(Sanitizer.clean("🇮🇳\u{200D}😀") == "🇮🇳\\u{200D}😀")
        #expect(Sanitizer.needsCleaning("🇦\u{200D}🇧"))
        // Real ZWJ sequences are kept whole.
        #expect(Sanitizer.clean("👨‍👩‍👧 🏳️‍🌈") == "👨‍👩‍👧 🏳️‍🌈")
    }

    /// A long server message cut to 200 characters never leaves a ZWJ dangling before the "…".
    @Test func truncatedServerMessageStaysClean() throws {
        let message = String(repeating: "a", count: 198) + "🇦\u{200D}🇧 and more"
        let body = try JSONSerialization.data(withJSONObject: ["message": message])
        let error = ErrorMapper.error(status: 400, headers: [:], body: body, kind: .read, what: "contact #1")
        guard case .invalidInput(let text) = error else {
            Issue.record("expected invalidInput, got \(error)")
            return
        }
        #expect(text.hasSuffix("…"))
        #expect(!Sanitizer.needsCleaning(text))
        #expect(!Sanitizer.needsCleaning(error.message))
    }
}
