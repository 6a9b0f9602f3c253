import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("a failed search says so")
struct SearchFailureTests {
    static func failed(_ d: inout Driver, _ query: String) {
        d.type(query)
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .failure(.offline("connection refused"))))
    }

    @Test func aFirstSearchThatFailsNeverSaysNobodyMatches() {
        var d = Driver()
        Self.failed(&d, "ann")
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(!text.contains("No contact matches"), "\(text)")
        #expect(text.contains("The search for \"ann\" failed"))
        #expect(text.contains("connection refused"))
        #expect(d.state.search.failedQuery == "ann")
        #expect(!d.state.search.isWaitingForPause)
    }

    @Test func theLastGoodResultsStayMarkedAsOld() {
        var d = Driver()
        d.type("ann")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann]))))
        Self.failed(&d, "x")
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
            _ = update(&d.state, .resize(size))
            let text = view(d.state, size: size, glyphs: .unicode).plainText()
            #expect(text.contains("Old results for \"ann\""), "\(text)")
            #expect(text.contains("Ann Lee"))
        }
        // Typing again clears the mark; a good answer replaces the old results.
        d.type("y")
        #expect(!d.state.search.resultsAreOld)
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.bob]))))
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(!text.contains("Old results"))
        #expect(text.contains("Bob Martin"))
    }

    @Test func aFailedNextPageKeepsThePagesWithoutMarkingThemOld() {
        var d = Driver()
        d.type("a")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob], total: 3, limit: 2))))
        d.key(.down)
        let more = d.effects.searches.last
        #expect(more?.1 == 1)
        d.send(.searchResults(token: more!.2, page: 1, .failure(.offline("reset"))))
        #expect(!d.state.search.resultsAreOld)
        #expect(d.state.search.results.count == 2)
        #expect(d.state.search.error == .offline("reset"))
    }
}

@Suite("one home per rule")
struct OneHomeTests {
    @Test func recentContactsAreCappedInMemoryAsOnDisk() {
        var d = Driver()
        let many = (1...30).map { RecentContact(id: $0, name: "C\($0)", usedAt: Fx.t0) }
        d.send(.recentContacts(many))
        #expect(d.state.search.recent.count == RecentContact.kept)
        let again = RecentContact.remembering(RecentContact(id: 5, name: "C5", usedAt: Fx.at(1)), in: d.state.search.recent)
        #expect(again.count == RecentContact.kept)
        #expect(again.first?.id == 5)
        #expect(again.filter { $0.id == 5 }.count == 1)
        let grown = RecentContact.remembering(RecentContact(id: 99, name: "new", usedAt: Fx.at(1)), in: d.state.search.recent)
        #expect(grown.count == RecentContact.kept)
        #expect(grown.first?.id == 99)
    }

    @Test(arguments: [
        ("hello\n", "hello"), ("hello\r\n", "hello"), ("a\r\nb\n\n\n", "a\nb"), ("no newline", "no newline"), ("\n", ""),
    ])
    func editorTextLosesOnlyItsFinalNewlines(_ raw: String, _ expected: String) {
        #expect(EditorText.fromEditor(raw) == expected)
    }

    @Test func visitsAndCasesShareOneNewestFirst() {
        let visits = [Visit(id: 1, title: "", url: "", date: nil), Visit(id: 2, title: "", url: "", date: Fx.at(10)),
                      Visit(id: 3, title: "", url: "", date: Fx.at(10)), Visit(id: 4, title: "", url: "", date: Fx.at(20)),
                      Visit(id: 5, title: "", url: "", date: nil)]
        #expect(newestFirst(visits, date: \.date, id: \.id).map(\.id) == [4, 3, 2, 5, 1])
        let contact = Contact(id: 1, name: "x", visits: visits)
        #expect(contact.timeline.map(\.id) == [4, 3, 2, 5, 1])
    }

    @Test func aListLoadedEarlierOutlivesALaterFailure() {
        var list = Loadable<[Int]>.idle
        #expect(list.needsLoad)
        list.take(.failure(.offline("x")))
        #expect(list.failed && list.needsLoad)
        list.take(.success([1]))
        list.take(.failure(.offline("y")))
        #expect(list == .loaded([1]))
        #expect(!list.needsLoad)
    }
}

@Suite("the error panel under the preview")
struct ErrorPanelTests {
    @Test(arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 40), Size(width: 120, height: 50)])
    func theErrorPanelAndThePreviewAreWholeBoxes(_ size: Size) {
        var d = Driver(size: size)
        d.type("a")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0, .success(Fx.page([Fx.ann, Fx.bob]))))
        d.send(.contactLoaded(token: d.lastContactToken!, .success(Fx.ann)))
        SearchFailureTests.failed(&d, "x")
        let lines = view(d.state, size: size, glyphs: .unicode).plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Every box line that starts with a corner ends with one, and no side bar is left without its box.
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("┌") { #expect(t.hasSuffix("┐"), "row \(i): \(line)") }
            if t.hasPrefix("└") { #expect(t.hasSuffix("┘"), "row \(i): \(line)") }
            if t.hasPrefix("│") { #expect(t.hasSuffix("│"), "row \(i): \(line)") }
            if t.hasPrefix("─") { Issue.record("row \(i) is a line without corners: \(line)") }
        }
    }
}
