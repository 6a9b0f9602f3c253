import PropertyBased
import TerminalUI
import Testing

@Suite struct WrapTests {
    static let words = ["a", "to", "case", "message", "字字", "日本語テキスト", "😀", "e\u{301}té", "supercalifragilistic", "x"]

    @Test func linesFitAndNoWordIsLost() async {
        let text = Gen.int(in: 0..<Self.words.count + 2).array(of: 0...30).map { ops in
            ops.map { $0 < Self.words.count ? Self.words[$0] : ($0 == Self.words.count ? " " : "\n") }
                .joined(separator: " ")
        }
        await propertyCheck(count: 300, input: text, Gen.int(in: 2...30)) { text, width in
            let lines = Wrap.lines(text, width: width)
            for line in lines {
                #expect(TextWidth.of(line) <= width, "\(line.debugDescription) wider than \(width)")
            }
            // Hard newlines are kept: one paragraph per "\n", each at least one line.
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count >= paragraphs.count)
            // Joining the lines gives back every non-space character in order.
            #expect(lines.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
        }
    }

    @Test func breaksAtSpacesAndHardBreaksLongWords() {
        #expect(Wrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghijkl xy", width: 5) == ["abcde", "fghij", "kl xy"])
        #expect(Wrap.lines("字字字 ab", width: 4) == ["字字", "字", "ab"])
        #expect(Wrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(Wrap.lines("", width: 10) == [""])
    }

    @Test func styledWrapKeepsStyles() {
        let text = StyledText([("Error: ", Style(.error, bold: true)), ("the server did not answer", Style(.normal))])
        let lines = Wrap.lines(text, width: 12)
        #expect(lines.map(\.plain) == ["Error: the", "server did", "not answer"])
        #expect(lines[0].runs == [.init("Error: ", Style(.error, bold: true)), .init("the", .normal)])
        #expect(lines[1].runs == [.init("server did", .normal)])
    }
}
