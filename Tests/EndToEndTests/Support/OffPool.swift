import Foundation

/// Runs blocking work (tmux commands, polling waits) on a thread of its own and awaits it.
///
/// The sandbox serves requests on Swift's cooperative thread pool, which has one thread per core
/// (two here). A test that blocks a pool thread while waiting for the screen starves the sandbox
/// it is waiting on; two such tests in parallel stall it completely. Every blocking call of these
/// tests goes through here instead.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try body() })
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
}

/// The harness's tmux wrapper is only ever used by one test at a time, one call at a time.
extension Tmux: @unchecked Sendable {}
