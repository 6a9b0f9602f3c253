import TerminalUI

/// A deliberately simple model of the editor's text: a flat array of characters with "\n"
/// between lines and a cursor index. Wrapping-dependent motions are taken from the editor.
struct EditorModel {
    var chars: [Character] = []
    var cursor = 0

    var text: String { String(chars) }
    var line: Int { chars[..<cursor].filter { $0 == "\n" }.count }
    var column: Int {
        var k = cursor
        while k > 0, chars[k - 1] != "\n" { k -= 1 }
        return cursor - k
    }

    static func isWord(_ c: Character) -> Bool { c == "_" || !(c.isWhitespace || c.isPunctuation) }

    mutating func insert(_ s: String) {
        let clean = s.replacingAll("\r\n", "\n").replacingAll("\r", "\n")
        chars.insert(contentsOf: Array(clean), at: cursor)
        cursor += clean.count
    }

    func wordStart() -> Int {
        var k = cursor
        while k > 0, !Self.isWord(chars[k - 1]) { k -= 1 }
        while k > 0, Self.isWord(chars[k - 1]) { k -= 1 }
        return k
    }

    func wordEnd() -> Int {
        var k = cursor
        while k < chars.count, !Self.isWord(chars[k]) { k += 1 }
        while k < chars.count, Self.isWord(chars[k]) { k += 1 }
        return k
    }

    func lineStart() -> Int {
        var k = cursor
        while k > 0, chars[k - 1] != "\n" { k -= 1 }
        return k
    }

    func lineEnd() -> Int {
        var k = cursor
        while k < chars.count, chars[k] != "\n" { k += 1 }
        return k
    }

    /// Applies a key the way the editor should, for keys whose effect does not depend on wrapping.
    /// Returns false for keys the model cannot predict.
    mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .enter: insert("\n")
        case .backspace: if cursor > 0 { chars.remove(at: cursor - 1); cursor -= 1 }
        case .delete: if cursor < chars.count { chars.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .wordLeft: cursor = wordStart()
        case .wordRight: cursor = wordEnd()
        case .ctrl("a"): cursor = lineStart()
        case .ctrl("e"): cursor = lineEnd()
        case .ctrl("k"):
            let end = lineEnd()
            if end > cursor { chars.removeSubrange(cursor..<end) } else if end < chars.count { chars.remove(at: cursor) }
        case .ctrl("u"):
            let start = lineStart()
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("w"):
            let start = wordStart()
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .tab, .escape, .backTab: break
        default: return false
        }
        return true
    }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            out += rest[..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty else { return nil }
        var i = unicodeScalars.startIndex
        while i < unicodeScalars.endIndex {
            var j = i
            var k = 0
            while k < n.count, j < unicodeScalars.endIndex, unicodeScalars[j] == n[k] {
                j = unicodeScalars.index(after: j)
                k += 1
            }
            if k == n.count { return i..<j }
            i = unicodeScalars.index(after: i)
        }
        return nil
    }
}
