import Foundation
import Testing
@testable import AcquireKit

/// The client's paging of field definitions against scripted servers: the documented first page,
/// a server that never ends, and a failure after the first page.
@Suite struct FieldDefinitionPagingTests {
    static func page(_ ids: [Int], page: Int, count: Int?) -> String {
        let rows = ids.map { #"{"id":\#($0),"object":"case","key":"k\#($0)","type":"text","config":{"input":{"type":"text","label":"K\#($0)"}},"system":"no"}"# }
        let total = count.map { #","count":\#($0)"# } ?? ""
        return #"{"data":{"page":\#(page),"limit":20\#(total),"data":[\#(rows.joined(separator: ","))]}}"#
    }

    @Test func theDocumentedPageThenTheRest() async throws {
        let server = try await TestServer.start { req, n in
            if n == 1 { return .raw(200, try Fixtures.data("object-field-list.response.json")) }
            return .json(200, Self.page(Array(1...14), page: 1, count: 34))
        }
        defer { Task { await server.stop() } }
        let catalog = try await makeClient(server.baseURL).fieldDefinitions()
        #expect(catalog.definitions.count == 34 && catalog.warning == nil)
        #expect(server.requests.map { $0.query["page"] } == ["0", "1"])
        #expect(server.requests.map { $0.query["offset"] } == ["0", "20"])
        #expect(server.requests.allSatisfy { $0.path == "/api/v1/crm/objects/object-field" && $0.method == "GET" })
    }

    @Test func aServerThatNeverEndsIsLeft() async throws {
        let server = try await TestServer.start { _, n in
            .json(200, Self.page(Array((n * 20)..<(n * 20 + 20)), page: n - 1, count: 1_000_000))
        }
        defer { Task { await server.stop() } }
        let catalog = try await makeClient(server.baseURL).fieldDefinitions()
        #expect(server.requests.count == FieldPager.maxPages)
        #expect(catalog.definitions.count == FieldPager.maxPages * 20)
        #expect(catalog.warning?.hasPrefix("Stopped reading custom fields after 50 pages") == true)
    }

    @Test func aFailureAfterTheFirstPageKeepsWhatWasRead() async throws {
        let server = try await TestServer.start { _, n in
            n == 1 ? .json(200, Self.page(Array(1...20), page: 0, count: 34)) : .json(500, #"{"message":"boom"}"#)
        }
        defer { Task { await server.stop() } }
        let catalog = try await makeClient(server.baseURL, attempts: 1).fieldDefinitions()
        #expect(catalog.definitions.count == 20)
        #expect(catalog.warning == "Only 20 custom fields could be read: Acquire had an internal error (HTTP 500).")
    }

    @Test func aFailureOnTheFirstPageIsAnError() async throws {
        let server = try await TestServer.start { _, _ in .json(403, #"{"type":"ERROR_UNAUTHORIZED_ACCESS"}"#) }
        defer { Task { await server.stop() } }
        await #expect(throws: AcquireError.forbidden) { try await makeClient(server.baseURL).fieldDefinitions() }
    }
}
