/// Word boundaries for cursor motion: a word is a run of characters that are neither
/// whitespace nor punctuation ("_" counts as a word character).
enum Words {
    static func isWord(_ c: Character) -> Bool {
        c == "_" || !(c.isWhitespace || c.isPunctuation)
    }

    /// The start of the word before `i` (skipping non-word characters first).
    static func start(before i: Int, in chars: [Character]) -> Int {
        var k = min(i, chars.count)
        while k > 0, !isWord(chars[k - 1]) { k -= 1 }
        while k > 0, isWord(chars[k - 1]) { k -= 1 }
        return k
    }

    /// The end of the word after `i` (skipping non-word characters first).
    static func end(after i: Int, in chars: [Character]) -> Int {
        var k = max(0, i)
        while k < chars.count, !isWord(chars[k]) { k += 1 }
        while k < chars.count, isWord(chars[k]) { k += 1 }
        return k
    }
}
