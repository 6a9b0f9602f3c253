import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

/// A small seeded generator so random runs repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("update and view under random message sequences")
struct RandomSequenceTests {
    static let keys: [Key] = [
        .char("a"), .char("é"), .char("漢"), .char("?"), .char("r"), .char("l"), .char("n"), .char("a"), .char("#"), .char("1"),
        .enter, .enter, .enter, .tab, .backTab, .escape, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .backspace, .function(1), .function(3), .function(4), .ctrl("r"), .ctrl("x"), .char(" "),
        .wheelUp(Point(x: 1, y: 1)), .wheelDown(Point(x: 1, y: 1)),
    ]

    /// A random message that could plausibly arrive now.
    static func message(_ s: AppState, _ effects: [Effect], _ rng: inout SplitMix64) -> Msg {
        let roll = Int.random(in: 0..<100, using: &rng)
        switch roll {
        case 0..<60:
            return .key(keys.randomElement(using: &rng)!)
        case 60..<65:
            return .resize(Size(width: Int.random(in: 20...140, using: &rng), height: Int.random(in: 6...50, using: &rng)))
        case 65..<75:
            return .timer(TimerID.allCases.randomElement(using: &rng)!, at: Fx.at(Double(roll)))
        case 75..<85:
            let token = effects.reversed().lazy.compactMap { e -> (Int, Int)? in
                if case .searchContacts(_, let p, _, let t) = e { return (p, t) } else { return nil }
            }.first ?? (0, Int.random(in: 0...5, using: &rng))
            let list = [Fx.ann, Fx.bob, Fx.chen, Fx.zoe].shuffled(using: &rng)
            return .searchResults(token: token.1, page: token.0, .success(Fx.page(list, page: token.0, total: 9, limit: 4)))
        case 85..<90:
            let token = effects.reversed().lazy.compactMap { e -> Int? in
                if case .loadContact(_, let t) = e { return t } else { return nil }
            }.first ?? 1
            return .contactLoaded(token: token, .success([Fx.ann, Fx.bob].randomElement(using: &rng)!))
        case 90..<96:
            let outcomes: [Result<CaseRecord, AcquireError>] = [
                .success(Fx.record()), .failure(.uncertain("reset")), .failure(.rateLimited(retryAfter: 2)),
                .failure(.unauthorized(keySource: nil)), .failure(.cancelled), .failure(.offline("refused")),
            ]
            return .submitFinished(outcomes.randomElement(using: &rng)!, sentAt: Fx.at(1))
        default:
            return .recentCasesLoaded(contactId: 1234, .success(Bool.random(using: &rng) ? [Fx.record()] : []))
        }
    }

    @Test func submitsOnlyOnExplicitKeysAndTheScreenAlwaysFits() {
        var rng = SplitMix64(state: 0xC0FFEE)
        var submits = 0
        for run in 0..<60 {
            // A third of the walks start empty, the others from a filled form (so submits happen).
            var d = run % 3 == 0 ? Driver() : Screens.compose()
            if run % 3 == 2 { d.key(.ctrl("r")) }
            d.send(.recentContacts([RecentContact(Fx.ann, usedAt: Fx.t0)]))
            d.reset()
            var inFlight = false
            for _ in 0..<80 {
                let msg = Self.message(d.state, d.effects, &rng)
                let e = d.send(msg)
                let sent = e.submits.count
                submits += sent
                #expect(sent <= 1)
                if sent == 1 {
                    let explicit = msg == .key(.enter) || msg == .key(.char("r"))
                    #expect(explicit, "submit from \(msg)")
                    #expect(!inFlight, "a second submit while one is in flight")
                    inFlight = true
                }
                if case .submitFinished = msg {
                    if case .inFlight = d.state.sending.phase {} else { inFlight = false }
                }
                if e.contains(where: { if case .quit = $0 { return true } else { return false } }) { break }
                let size = d.state.size
                let text = view(d.state, size: size, glyphs: .unicode).plainText()
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == max(0, size.height))
                for l in lines where TextWidth.of(String(l)) > size.width {
                    Issue.record("line wider than \(size.width) after \(msg): \(l)")
                }
            }
        }
        #expect(submits > 0, "the random walk never reached a submit; the test would prove nothing")
    }
}
