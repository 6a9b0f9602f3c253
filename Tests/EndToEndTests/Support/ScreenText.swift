import Foundation

/// Reading a captured tmux screen: its lines, their width in cells, whether a layout fits.
enum ScreenText {
    /// The lines of a capture (tmux drops trailing blanks of each line).
    static func lines(_ screen: String) -> [String] {
        var lines = screen.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Columns a line takes in a wcwidth terminal such as tmux, scalar by scalar: wide (East
    /// Asian, emoji) 2, combining marks, joiners and selectors 0, everything else 1 (a spacing
    /// vowel sign too). Good enough for the text these tests type and the app's frames.
    static func width(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0xFE00...0xFE0F).contains(v) { return 0 }
        if s.properties.isEmojiPresentation { return 2 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// Why the screen does not fit `width` x `height`, or nil when it does: no more lines than
    /// the height, no line wider than the width, and a frame (a box's right edge, or a pane's
    /// title rule) that reaches the last column.
    static func misfit(_ screen: String, width: Int, height: Int) -> String? {
        let lines = lines(screen)
        if lines.count > height { return "\(lines.count) lines for a height of \(height)" }
        for (i, line) in lines.enumerated() where self.width(line) > width {
            return "line \(i + 1) is \(self.width(line)) columns wide, more than \(width): \(line)"
        }
        let corners = lines.filter { line in
            guard let last = line.last, "┐┘─".contains(last) else { return false }
            return self.width(line) == width
        }
        if corners.isEmpty { return "no frame reaches the last column (\(width))" }
        return nil
    }

    /// The SGR parameters in `text` (from `capture-pane -e`) that set a colour: 30-37, 40-47,
    /// 90-97, 100-107, 38 and 48 (256 and RGB colours). 39 and 49 (the default colours) do not count.
    static func colourParameters(in text: String) -> [String] {
        var found: [String] = []
        for match in text.matches(of: /\x1b\[([0-9;:]*)m/) {
            for p in match.1.split(whereSeparator: { $0 == ";" || $0 == ":" }) {
                guard let n = Int(p) else { continue }
                if (30...37).contains(n) || (40...47).contains(n) || (90...97).contains(n) || (100...107).contains(n)
                    || n == 38 || n == 48 {
                    found.append(String(match.1))
                    break
                }
            }
        }
        return found
    }
}
