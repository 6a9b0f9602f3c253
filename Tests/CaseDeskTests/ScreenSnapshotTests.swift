import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import TestSupport
import Testing

/// A named screen state to render.
struct ScreenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable () -> AppState
    var testDescription: String { name }
}

enum Screens {
    static let all: [ScreenCase] = [
        ScreenCase(name: "search-empty") { Driver().state },
        ScreenCase(name: "search-recent") {
            var d = Driver()
            d.send(.recentContacts([RecentContact(Fx.ann, usedAt: Fx.t0), RecentContact(Fx.bob, usedAt: Fx.t0)]))
            d.send(.contactLoaded(token: d.lastContactToken!, .success(Fx.ann)))
            return d.state
        },
        ScreenCase(name: "search-results") { searchResults().state },
        ScreenCase(name: "search-searching") {
            var d = searchResults()
            d.type("x")
            d.fire(.searchDebounce)
            return d.state
        },
        ScreenCase(name: "search-error") {
            var d = searchResults()
            d.type("x")
            d.fire(.searchDebounce)
            d.send(.searchResults(token: d.lastSearchToken!, page: 0, .failure(.offline("connection refused"))))
            return d.state
        },
        ScreenCase(name: "compose") { compose().state },
        ScreenCase(name: "compose-agent-picker") {
            var d = compose()
            d.key(.backTab)
            d.key(.backTab)
            d.key(.enter)
            return d.state
        },
        ScreenCase(name: "compose-error") {
            var d = compose()
            d.send(.agentsLoaded(.failure(.unauthorized(keySource: nil))))
            return d.state
        },
        ScreenCase(name: "review-problems") {
            var d = Driver()
            d.pickAnn()
            d.type("Refund")
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "review") {
            var d = compose()
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "sending") {
            var d = compose()
            d.key(.ctrl("r"))
            d.key(.enter)
            d.fire(.spinner)
            return d.state
        },
        ScreenCase(name: "sending-not-confirmed") {
            var d = compose()
            d.key(.ctrl("r"))
            d.key(.enter)
            d.send(.submitFinished(.failure(.uncertain("the connection was reset after sending")), sentAt: Fx.at(2)))
            d.send(.recentCasesLoaded(contactId: 1234, .success([])))
            return d.state
        },
        ScreenCase(name: "sending-rate-limited") {
            var d = compose()
            d.key(.ctrl("r"))
            d.key(.enter)
            d.send(.submitFinished(.failure(.rateLimited(retryAfter: 30)), sentAt: Fx.at(2)))
            d.fire(.countdown)
            return d.state
        },
        ScreenCase(name: "sending-unauthorized") {
            var d = compose()
            d.key(.ctrl("r"))
            d.key(.enter)
            d.send(.submitFinished(.failure(.unauthorized(keySource: .file(path: "/home/agent/.config/acquire-cases/key", source: .configFile))), sentAt: Fx.at(2)))
            return d.state
        },
        ScreenCase(name: "compose-note") {
            var d = compose()
            d.key(.function(6))
            return d.state
        },
        ScreenCase(name: "review-note") {
            var d = compose()
            d.key(.function(6))
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "result-note") {
            var d = compose()
            d.key(.function(6))
            d.key(.ctrl("r"))
            d.key(.enter)
            d.send(.submitFinished(.success(Fx.record()), sentAt: Fx.at(2)))
            return d.state
        },
        ScreenCase(name: "compose-reopen-picker") {
            var d = compose()
            d.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
            d.key(.function(7))
            d.key(.down)
            d.key(.enter)
            return d.state
        },
        ScreenCase(name: "review-reopen") {
            var d = compose()
            d.send(.contactCasesLoaded(contactId: 1234, .success([ReopenUpdateTests.active, ReopenUpdateTests.closed])))
            d.key(.function(7))
            d.key(.end)
            d.key(.enter)
            d.key(.ctrl("r"))
            return d.state
        },
        ScreenCase(name: "result") { result().state },
        ScreenCase(name: "result-visits-focused") {
            var d = result()
            d.key(.tab)
            d.key(.tab)
            return d.state
        },
        ScreenCase(name: "help") {
            var d = compose()
            d.key(.function(1))
            return d.state
        },
        ScreenCase(name: "quit-confirm") {
            var d = compose()
            d.key(.ctrl("c"))
            return d.state
        },
        ScreenCase(name: "draft-offer") {
            var d = Driver()
            d.send(.draftFound(Draft(contactId: 1234, contactName: "Ann Lee", title: "Refund for order 42",
                                     message: "Hello,\nthe refund did not arrive.", channel: "chat", agentId: 0,
                                     updatedAt: Fx.at(-5400))))
            return d.state
        },
    ]

    static func searchResults() -> Driver {
        var d = Driver()
        d.type("a")
        d.fire(.searchDebounce)
        d.send(.searchResults(token: d.lastSearchToken!, page: 0,
                              .success(Fx.page([Fx.ann, Fx.bob, Fx.chen, Fx.zoe], total: 57, limit: 4))))
        d.send(.contactLoaded(token: d.lastContactToken!, .success(Fx.ann)))
        return d
    }

    static func compose() -> Driver {
        var d = Driver()
        d.pickAnn()
        d.type("Refund for order 42 — not received")
        d.key(.tab)
        d.send(.paste("Hello,\nthe refund for order 42 did not arrive. Le remboursement n'est pas arrivé.\n返金がまだ届いていません。\nThanks, Ann"))
        d.key(.backTab)
        d.key(.backTab)   // message -> title -> agent
        d.key(.enter)
        d.key(.down)
        d.key(.enter)     // David Guetta
        d.key(.tab)
        d.key(.tab)       // title -> message
        return d
    }

    static func result() -> Driver {
        var d = compose()
        d.key(.ctrl("r"))
        d.key(.enter)
        let record = Fx.record(title: "Refund for order 42 — not received",
                               message: "Hello,\nthe refund for order 42 did not arrive. Le remboursement n'est pas arrivé.\n返金がまだ届いていません。\nThanks, Ann")
        d.send(.submitFinished(.success(record), sentAt: Fx.at(2)))
        return d
    }
}

@Suite("screens: snapshots at 80x24 and 40x12")
struct ScreenSnapshotTests {
    @Test(arguments: Screens.all)
    func screen(_ screen: ScreenCase) {
        Self.check(screen)
    }

    /// Renders the screen at 80x24 and 40x12 and compares each with its snapshot.
    static func check(_ screen: ScreenCase, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
            var state = screen.build()
            _ = update(&state, .resize(size))
            let canvas = view(state, size: size, glyphs: .unicode)
            assertSnapshot(canvas.plainText(), named: "\(screen.name).\(size.width)x\(size.height)", sourceLocation: sourceLocation)
        }
    }

    @Test func tooSmall() {
        let state = Screens.compose().state
        for size in [Size(width: 39, height: 12), Size(width: 80, height: 11), Size(width: 20, height: 5)] {
            let text = view(state, size: size, glyphs: .unicode).plainText()
            assertSnapshot(text, named: "too-small.\(size.width)x\(size.height)")
            #expect(text.contains("terminal too small") || size.width < 30)
        }
        // Nothing is lost: growing back draws the form with everything typed.
        let back = view(state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(back.contains("Refund for order 42"))
    }

    @Test func asciiFallbackUsesNoBoxDrawing() {
        let state = Screens.result().state
        let text = view(state, size: Size(width: 80, height: 24), glyphs: .ascii).plainText()
        assertSnapshot(text, named: "result-ascii.80x24")
        #expect(!text.contains("─") && !text.contains("│") && !text.contains("›") && !text.contains("┬") && !text.contains("▸"))
        var d = Screens.compose()
        d.key(.ctrl("r"))
        d.key(.enter)
        let sending = view(d.state, size: Size(width: 40, height: 12), glyphs: .ascii).plainText()
        assertSnapshot(sending, named: "sending-ascii.40x12")
        for symbol in ["…", "⏎", "⠋", "›", "┌"] { #expect(!sending.contains(symbol), "\(symbol) in ASCII mode") }
    }

    @Test func sandboxBadgeOnlyInSandbox() {
        var d = Driver(sandbox: false)
        #expect(!view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText().contains("SANDBOX"))
        d.send(.resize(Size(width: 40, height: 12)))
        let sandbox = Driver(sandbox: true).state
        #expect(view(sandbox, size: Size(width: 40, height: 12), glyphs: .unicode).plainText().contains("SANDBOX"))
    }

    @Test func headerNamesTheTargetOutsideTheSandbox() {
        var d = Driver(sandbox: false)
        d.state.target = "acme-support"
        let wide = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        let header = String(wide.split(separator: "\n").first ?? "")
        #expect(header.hasSuffix("acme-support"), "header: \(header)")
        #expect(!wide.contains("SANDBOX"))
        // A very long target is cut so the steps stay readable.
        d.state.target = String(repeating: "x", count: 200)
        let narrow = view(d.state, size: Size(width: 40, height: 12), glyphs: .unicode).plainText()
        let first = String(narrow.split(separator: "\n").first ?? "")
        #expect(first.contains("1"), "header: \(first)")
        #expect(TextWidth.of(first) <= 40)
    }

    @Test func everyRowFitsTheWidth() {
        for screen in Screens.all {
            for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 57, height: 17)] {
                var state = screen.build()
                _ = update(&state, .resize(size))
                let c = view(state, size: size, glyphs: .unicode)
                let lines = c.plainText().split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == size.height, "\(screen.name) \(size)")
                for l in lines { #expect(TextWidth.of(String(l)) <= size.width, "\(screen.name) \(size): \(l)") }
            }
        }
    }
}
