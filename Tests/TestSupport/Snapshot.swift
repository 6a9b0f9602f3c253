import Foundation
import Testing

/// Text snapshots kept next to the tests, in `__Snapshots__/<name>.txt`.
///
/// Set `RECORD_SNAPSHOTS=1` to (re)write them: recording writes the file and then fails the
/// test on purpose, so a recording run can never pass silently. A missing snapshot fails with
/// the rendered text in the message.
public enum Snapshot {
    /// True when the environment asks to record snapshots.
    public static var isRecording: Bool {
        let v = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
        return !v.isEmpty && v != "0"
    }

    /// The snapshot folder beside the test file that calls.
    public static func directory(for filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    /// Compares `text` with the snapshot `name`; records an issue on any difference.
    public static func check(_ text: String, named name: String, filePath: String, sourceLocation: SourceLocation) {
        let url = directory(for: filePath).appendingPathComponent(name + ".txt")
        let actual = text.hasSuffix("\n") ? text : text + "\n"
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("Recorded snapshot \(name) (RECORD_SNAPSHOTS is set; unset it to compare).", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Missing snapshot \(url.path). Rendered:\n\(actual)\nRecord with RECORD_SNAPSHOTS=1.",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record("Snapshot \(name) differs:\n\(difference(expected, actual))\n--- rendered:\n\(actual)",
                     sourceLocation: sourceLocation)
    }

    /// The first differing line of two texts, for the failure message.
    public static func difference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
            if el != al { return "line \(i + 1):\n  expected: \(el)\n  actual:   \(al)" }
        }
        return "(same lines, different line endings)"
    }
}

/// Compares `text` with `__Snapshots__/<name>.txt` beside the calling test file.
public func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    Snapshot.check(text, named: name, filePath: filePath, sourceLocation: sourceLocation)
}
