import Foundation
import Testing
@testable import AcquireKit

/// Paging decisions: read until `count`, stop on an empty or short page, on a repeated page, and
/// after the page limit.
@Suite struct FieldPagerTests {
    func defs(_ ids: ClosedRange<Int>) -> [FieldDefinition] {
        ids.map { FieldDefinition(id: $0, object: "case", key: "k\($0)", label: "K\($0)", input: FieldInput(kind: .text)) }
    }

    @Test func readsUntilCountFromTheDocumentedFirstPage() throws {
        var pager = FieldPager()
        #expect(pager.next! == (0, 0, 100))
        pager.take(try ResponseDecoder().fieldDefinitionPage(try Fixtures.data("object-field-list.response.json")))
        #expect(pager.next! == (1, 20, 100))
        pager.take(FieldDefinitionPage(definitions: defs(1...14), page: 1, offset: 20, limit: 20, count: 34))
        #expect(pager.next == nil && pager.isFinished && pager.warning == nil)
        #expect(pager.definitions.count == 34)
    }

    @Test func stopsOnAnEmptyPageWithAWarning() {
        var pager = FieldPager()
        pager.take(FieldDefinitionPage(definitions: defs(1...20), page: 0, offset: 0, limit: 20, count: 34))
        pager.take(FieldDefinitionPage(definitions: [], page: 1, offset: 20, limit: 20, count: 34))
        #expect(pager.next == nil)
        #expect(pager.catalog.definitions.count == 20)
        #expect(pager.warning == "Read 20 of the 34 custom fields Acquire announced (the server sent no more); the rest are not on the form.")
    }

    @Test func withoutCountAShortPageIsTheLast() {
        var pager = FieldPager(limit: 20)
        pager.take(FieldDefinitionPage(definitions: defs(1...20)))
        #expect(pager.next! == (1, 20, 20))
        pager.take(FieldDefinitionPage(definitions: defs(21...25)))
        #expect(pager.next == nil && pager.warning == nil && pager.definitions.count == 25)
    }

    @Test func aServerThatRepeatsThePageIsLeft() {
        var pager = FieldPager()
        pager.take(FieldDefinitionPage(definitions: defs(1...20), page: 0, offset: 0, limit: 20, count: 34))
        pager.take(FieldDefinitionPage(definitions: defs(1...20), page: 0, offset: 0, limit: 20, count: 34))
        #expect(pager.next == nil && pager.definitions.count == 20)
        #expect(pager.warning?.contains("the same page again") == true)
    }

    @Test func aServerThatNeverEndsIsLeftAfterMaxPages() {
        var pager = FieldPager(limit: 2, maxPages: 5)
        var pages = 0
        var id = 0
        while pager.next != nil, pages < 1000 {
            pager.take(FieldDefinitionPage(definitions: defs((id + 1)...(id + 2)), count: 1_000_000))
            id += 2
            pages += 1
        }
        #expect(pages == 5 && pager.definitions.count == 10)
        #expect(pager.warning == "Stopped reading custom fields after 5 pages (10 read); the rest are not on the form.")
    }

    @Test func offsetFollowsWhatTheServerSaid() {
        var pager = FieldPager()
        pager.take(FieldDefinitionPage(definitions: defs(1...20), page: 3, offset: 60, limit: 20, count: 100))
        #expect(pager.next! == (4, 80, 100))
    }
}
