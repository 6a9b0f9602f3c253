/// Turns ordinary text into text a terminal must not print raw: escape sequences, OSC 52 clipboard
/// writes, C1 controls, bidi overrides, zero-width and line-separator characters, very long values.
enum HostileText {
    /// A hostile variant of `text`; `salt` picks which tricks (every value gets at least two).
    static func decorate(_ text: String, salt: Int) -> String {
        let variant = ((salt % 6) + 6) % 6
        switch variant {
        case 0: return "\u{1B}[2J\u{1B}[H\u{1B}[31m\(text)\u{1B}[0m\u{07}"
        case 1: return "\(text)\u{1B}]52;c;cm0gLXJmIH4K\u{07}\u{1B}]0;pwned\u{1B}\\"
        case 2: return "\u{202E}\(text)\u{2066}gpj.exe\u{2069}\u{200B}"
        case 3: return "\(text)\u{9B}31m\u{85}\u{9D}0;title\u{9C}\u{7F}"
        case 4: return "\(text)\u{2028}\u{2029}\u{200D}" + String(repeating: "Ω界", count: 2_000)
        default: return "\u{1B}]8;;https://evil.example/\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\\u{08}\u{08}\r\n\u{1B}[1A"
        }
    }
}
