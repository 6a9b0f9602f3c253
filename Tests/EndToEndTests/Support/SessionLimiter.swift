/// Lets only a few end-to-end sessions run at once: each runs the app, tmux and a sandbox, and a
/// 2-core machine running all of them together slows every one past its waits.
actor SessionLimiter {
    /// The limiter every `AppSession` shares.
    static let shared = SessionLimiter(slots: 3)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int) { free = slots }

    /// Waits for a slot.
    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back (to the longest waiter, if any).
    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
