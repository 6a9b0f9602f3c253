import Foundation

/// SIGINT and SIGTERM for `acquire-cases sandbox`, which stops its server cleanly on either.
///
/// They are blocked in every thread from the start of `main`, before any thread exists (threads
/// inherit the mask), and taken with `sigwait` once the server is up: one sent at any moment,
/// even before the server is ready, is held pending and then taken, never lost and never acted on
/// by its default action half-way through the start. (Setting `SIG_IGN` and then a dispatch
/// signal source lost a SIGTERM sent in between: the sandbox then never exited.)
enum TerminationSignals {
    private static var set: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }

    /// Blocks both in the calling thread and so in every thread started after: call from `main`
    /// before any thread starts.
    static func block() {
        var mask = set
        pthread_sigmask(SIG_BLOCK, &mask, nil)
    }

    /// The next one sent (or the one already pending), taken on a thread of its own.
    static func next() async -> Int32 {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let waiter = Thread {
                var mask = set
                var number: Int32 = 0
                while sigwait(&mask, &number) != 0 {}
                continuation.resume(returning: number)
            }
            waiter.name = "signals"
            waiter.start()
        }
    }
}
