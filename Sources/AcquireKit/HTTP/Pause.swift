import NIOCore
import NIOPosix

/// Waiting on the HTTP event loop's own timer instead of `Task.sleep`.
///
/// On Linux `Task.sleep` is a libdispatch timer run by a libdispatch worker thread, and the first
/// worker thread starts libdispatch's pool monitor: a timer that wakes the process once a second
/// for as long as it lives. A NIO scheduled task is one entry in the event loop's timer heap;
/// cancelled, it is gone, and the loop sleeps in `epoll_wait` again with nothing armed.
enum Pause {
    /// Returns after `milliseconds`; throws `CancellationError` at once when the task is cancelled.
    static func sleep(milliseconds: Int64) async throws {
        try await wait(.milliseconds(max(0, milliseconds)))
    }

    /// Returns at `deadline` (at once if it has passed); throws `CancellationError` when cancelled.
    static func until(_ deadline: ContinuousClock.Instant) async throws {
        try await wait(timeLeft(until: deadline))
    }

    /// What is left until `deadline`, as NIO counts time (zero once it has passed).
    static func timeLeft(until deadline: ContinuousClock.Instant) -> TimeAmount {
        let remaining = deadline - ContinuousClock.now
        let nanos = remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000
        return .nanoseconds(max(0, nanos))
    }

    private static func wait(_ amount: TimeAmount) async throws {
        try Task.checkCancellation()
        let scheduled = SharedEventLoop.group.next().scheduleTask(in: amount) {}
        do {
            try await withTaskCancellationHandler {
                try await scheduled.futureResult.get()
            } onCancel: {
                scheduled.cancel()
            }
        } catch {
            throw CancellationError()
        }
    }
}
