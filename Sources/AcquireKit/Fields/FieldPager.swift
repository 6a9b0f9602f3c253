import Foundation

/// Decides, page by page, how to read every field definition: the documented answer carries 20
/// of `count: 34`. Stops when `count` is reached, on an empty or short page, on a page with nothing
/// new (a server that ignores paging), and after `maxPages` (a server that never ends). Pure.
public struct FieldPager: Sendable, Equatable {
    /// The page size asked for (the server may answer with fewer per page).
    public static let requestLimit = 100
    /// The most pages read before giving up.
    public static let maxPages = 50

    public private(set) var definitions: [FieldDefinition] = []
    /// Why reading stopped early, when it did.
    public private(set) var warning: String?
    public private(set) var isFinished = false
    private var seen: Set<Int> = []
    private var page = 0
    private var offset = 0
    private var pagesRead = 0
    private let limit: Int
    private let maxPages: Int

    public init(limit: Int = FieldPager.requestLimit, maxPages: Int = FieldPager.maxPages) {
        self.limit = max(1, limit)
        self.maxPages = max(1, maxPages)
    }

    /// The next request's `page` (from 0), `offset` and `limit`, or nil when done.
    public var next: (page: Int, offset: Int, limit: Int)? {
        isFinished ? nil : (page, offset, limit)
    }

    /// What was read, as a catalog.
    public var catalog: FieldCatalog { FieldCatalog(definitions: definitions, warning: warning) }

    /// Takes one answered page and decides whether another is needed.
    public mutating func take(_ answer: FieldDefinitionPage) {
        guard !isFinished else { return }
        pagesRead += 1
        let fresh = answer.definitions.filter { seen.insert($0.id).inserted }
        definitions += fresh
        offset = (answer.offset ?? offset) + answer.definitions.count
        page = (answer.page ?? page) + 1
        let pageSize = answer.limit ?? limit
        if answer.definitions.isEmpty || (answer.count == nil && answer.definitions.count < min(pageSize, limit)) {
            finish(short: true, count: answer.count)
        } else if let count = answer.count, definitions.count >= count {
            finish(short: false, count: count)
        } else if fresh.isEmpty {
            finish(short: true, count: answer.count, repeated: true)
        } else if pagesRead >= maxPages {
            isFinished = true
            warning = "Stopped reading custom fields after \(pagesRead) pages (\(definitions.count) read); the rest are not on the form."
        }
    }

    private mutating func finish(short: Bool, count: Int?, repeated: Bool = false) {
        isFinished = true
        guard short, let count, definitions.count < count else { return }
        let why = repeated ? "the server sent the same page again" : "the server sent no more"
        warning = "Read \(definitions.count) of the \(count) custom fields Acquire announced (\(why)); the rest are not on the form."
    }
}
