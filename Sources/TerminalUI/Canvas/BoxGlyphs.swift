/// Box-drawing characters and symbols: Unicode, or ASCII stand-ins when the locale is not UTF-8.
/// The canvas swaps each symbol for its stand-in as it is written (`Canvas.set`): the one
/// ASCII-fallback mechanism, so views always draw the Unicode symbols.
public struct BoxGlyphs: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    /// One-column symbols and the one-column text written instead of each.
    public var symbols: [String: String]

    public static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        symbols: [:])
    public static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        symbols: asciiSymbols)

    /// The symbols the app draws and their ASCII stand-ins (the spinner's braille frames turn as |/-\).
    static let asciiSymbols: [String: String] = {
        var table: [String: String] = [
            "…": ".", "•": "-", "⏎": "/", "›": ">", "‹": "<", "▸": ">", "↑": "^", "↓": "v", "←": "<", "→": ">",
            "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "┬": "+", "┴": "+",
        ]
        let turn = ["|", "/", "-", "\\"]
        for (i, frame) in ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"].enumerated() { table[frame] = turn[i % 4] }
        return table
    }()
}
