import CNcurses
import Testing
@testable import NcursesTerminal
import TerminalUI

/// Calls into the C module, so a broken module map or shim fails CI.
@Suite struct CNcursesModuleTests {
    @Test func probeKnowsAFullScreenTerminal() {
        #expect(TerminalPreflight.probe(term: "xterm-256color") == nil)
        #expect(TerminalPreflight.probe(term: "vt100") == nil)
    }

    @Test func probeRefusesUnknownAndDumbTerminals() {
        #expect(TerminalPreflight.probe(term: "bogus-terminal-xyz") == .termUnknown("bogus-terminal-xyz"))
        #expect(TerminalPreflight.probe(term: "dumb") == .termCannotAddress("dumb"))
    }

    @Test func shimExposesMacrosAndKeyCodes() {
        #expect(acq_key_f(1) == KEY_F0 + 1)
        #expect(acq_key_f(12) == KEY_F0 + 12)
        #expect(acq_a_bold() != acq_a_normal())
        #expect(acq_a_reverse() != acq_a_bold())
        #expect(acq_err() == -1)
        #expect(acq_wheel_up_mask() != 0)
    }

    @Test func plainCharactersDecode() {
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(3) == .ctrl("c"))
        #expect(KeyDecoder.character(26) == .ctrl("z"))
        #expect(KeyDecoder.character(0x4E2D) == .char("中"))
        #expect(KeyDecoder.character(0x301) == .char("\u{301}"))
    }

    @Test func functionKeysDecode() {
        #expect(KeyDecoder.function(KEY_UP) == .up)
        #expect(KeyDecoder.function(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.function(KEY_BTAB) == .backTab)
        #expect(KeyDecoder.function(KEY_DC) == .delete)
        #expect(KeyDecoder.function(acq_key_f(1)) == .function(1))
        #expect(KeyDecoder.function(acq_key_resize()) == nil)
    }
}
