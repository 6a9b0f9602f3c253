@testable import NcursesTerminal
import TerminalUI
import Testing

@Suite("decoding keys")
struct KeyDecoderTests {
    @Test(arguments: [
        (Key.char("b"), [Key.wordLeft]),
        (.char("f"), [.wordRight]),
        (.char("x"), [.alt("x")]),
        (.char("\u{7F}"), [.alt("\u{7F}")]),
        (.enter, [.alt("\n")]),
        (.escape, [.escape, .escape]),
        (.tab, [.escape, .tab]),
        (.ctrl("c"), [.escape, .ctrl("c")]),
        (.backspace, [.escape, .backspace]),
    ])
    func escapeThenAKey(_ next: Key, _ expected: [Key]) {
        #expect(KeyDecoder.escape(followedBy: next) == expected)
    }

    @Test func aControlSequenceEndsAtItsFinalByte() {
        // Parameters (0-9 ; ?) and intermediates go on; the final byte (~, A, u, ...) ends it.
        for c in "0123456789;?<= !" { #expect(!KeyDecoder.endsControlSequence(c.unicodeScalars.first!.value), "\(c)") }
        for c in "~ABCDHFuIOZ@" { #expect(KeyDecoder.endsControlSequence(c.unicodeScalars.first!.value), "\(c)") }
    }

    @Test func plainCodes() {
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(3) == .ctrl("c"))
        #expect(KeyDecoder.character(0x1C) == .unknown(0x1C))
        #expect(KeyDecoder.character(0x4E16) == .char("世"))
    }
}
