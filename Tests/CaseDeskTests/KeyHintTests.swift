import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

/// Every key a screen names (in the help line, hints, overlays and sentences) is bound there.
@Suite("key hints come from key maps")
struct KeyHintTests {
    /// Key names that are words of their own in any text ("Esc", "F3", "^C", "PgUp").
    static let namedKeys: Set<String> = {
        var keys: [Key] = [.enter, .tab, .backTab, .backspace, .delete, .escape, .home, .end, .pageUp, .pageDown,
                           .insert, .char(" ")]
        keys += (1...12).map { .function($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        return Set(keys.map(\.displayName))
    }()

    /// Every key bound in the state: its commands and its focused widgets.
    static func bound(_ s: AppState) -> Set<String> {
        let bindings = KeyMaps.bindings(for: s).map(\.binding) + KeyMaps.widgetBindings(for: s)
        var names = Set(bindings.flatMap { $0.keys.map(\.displayName) })
        if s.overlay != nil {
            // Hints about the screen under an overlay name that screen's keys.
            var under = s
            under.overlay = nil
            let screen = KeyMaps.bindings(for: under).map(\.binding) + KeyMaps.widgetBindings(for: under)
            names.formUnion(screen.flatMap { $0.keys.map(\.displayName) })
        }
        return names
    }

    /// The runs of cells drawn in the key style, split into key names.
    static func keyStyled(_ c: Canvas) -> [String] {
        var out: [String] = []
        for y in 0..<c.height {
            var run = ""
            for x in 0..<c.width {
                let cell = c[x, y]
                if cell.style == .key { run += cell.text } else if !run.isEmpty { out.append(run); run = "" }
            }
            if !run.isEmpty { out.append(run) }
        }
        return out.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init) }
    }

    /// The words of the screen's text that are key names.
    static func namedInText(_ c: Canvas) -> [String] {
        c.plainText().split(whereSeparator: { " \n,.;:()\"".contains($0) }).map(String.init).filter { namedKeys.contains($0) }
    }

    static var states: [(String, AppState)] {
        var out = Screens.all.map { ($0.name, $0.build()) }
        var d = Screens.compose()
        d.key(.ctrl("r"))
        d.key(.enter)
        d.send(.submitFinished(.failure(.unauthorized(keySource: nil)), sentAt: Fx.at(2)))
        out.append(("sending-failed", d.state))
        var e = Screens.compose()
        e.key(.ctrl("r"))
        e.key(.enter)
        e.send(.submitFinished(.failure(.offline("no route")), sentAt: Fx.at(2)))
        out.append(("sending-retry", e.state))
        var f = Screens.compose()
        f.key(.tab)
        f.key(.tab)
        f.key(.function(1))
        out.append(("help-over-channel", f.state))
        var g = Driver()
        g.type("#1234")
        out.append(("typed-id", g.state))
        var h = Screens.compose()
        h.state.compose.message.text = ""
        h.key(.backTab)
        out.append(("compose-empty-message", h.state))
        return out
    }

    @Test func everyKeyNamedOnAScreenIsBoundThere() {
        for (name, state) in Self.states {
            for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
                var s = state
                _ = update(&s, .resize(size))
                let canvas = view(s, size: size, glyphs: .unicode)
                let bound = Self.bound(s)
                let named = Self.keyStyled(canvas) + Self.namedInText(canvas)
                #expect(!named.isEmpty, "\(name) \(size) names no key at all")
                for key in named {
                    // A key cut short by the width ("S…") must still be the start of a bound one.
                    let cut = key.hasSuffix("…") ? String(key.dropLast()) : nil
                    #expect(bound.contains(key) || cut.map { c in bound.contains { $0.hasPrefix(c) } } == true, "\(name) \(size): \"\(key)\" is named but not bound")
                }
            }
        }
    }

    @Test func aKeyStyleRunIsFoundWhenAHintNamesAnUnboundKey() {
        // The check can fail: a key drawn in the key style that nothing binds is reported.
        var c = Canvas(size: Size(width: 20, height: 1), glyphs: .unicode)
        c.put(StyledText([("F9", .key), (" does nothing", .normal)]), x: 0, y: 0, maxWidth: 20)
        let s = Driver().state
        #expect(Self.keyStyled(c) == ["F9"])
        #expect(!Self.bound(s).contains("F9"))
    }

    @Test func quitChoicesAndTheHelpLineShareTheirWords() {
        var d = Screens.compose()
        d.key(.ctrl("c"))
        let text = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        let help = KeyMaps.bindings(for: d.state).first { $0.command == .quitKeepDraft }?.binding.help
        #expect(help == "quit, keep the draft")
        #expect(text.components(separatedBy: "quit, keep the draft").count >= 2)   // the box and the help line
    }
}
