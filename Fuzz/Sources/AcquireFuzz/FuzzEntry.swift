import Foundation
import AcquireKit
import CFuzzerDriver

/// libFuzzer's entry point: every input goes through every decoder, the error mapper and the sanitizer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzChecks.run(data)
    return 0
}

/// The checks run on one input; each failed invariant traps with a message naming it.
enum FuzzChecks {
    /// Runs every check on `data`.
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        SanitizerChecks.run(text)
        ParserChecks.run(data)
        DecoderChecks.run(data)
        DateChecks.run(text)
        ErrorMapperChecks.run(data, text: text)
        FieldChecks.run(data, text: text)
    }
}

/// Stops the fuzzer with a message naming the failed invariant and the offending value.
func invariant(_ ok: @autoclosure () -> Bool, _ what: @autoclosure () -> String,
               file: StaticString = #fileID, line: UInt = #line) {
    if !ok() { fatalError("invariant failed: \(what())", file: file, line: line) }
}
