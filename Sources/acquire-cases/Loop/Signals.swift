import Foundation
import Synchronization

/// The write end of the loop's self-pipe, for signal handlers (set before handlers are installed).
nonisolated(unsafe) private var wakeFD: Int32 = -1
/// The last terminating signal received (0 = none); lock-free, so safe in a handler.
private let pendingTermination = Atomic<Int32>(0)
/// Set by SIGWINCH.
private let pendingResize = Atomic<Bool>(false)

/// Signal handling in the manner the design asks: handlers only set a flag and wake the
/// loop through the self-pipe; the loop does the work (save, restore the terminal, exit).
enum Signals {
    /// Installs handlers for SIGINT, SIGTERM, SIGHUP, SIGWINCH and ignores SIGPIPE.
    static func install(wakeWriteFD: Int32) {
        wakeFD = wakeWriteFD
        signal(SIGPIPE, SIG_IGN)
        for s in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                // A Ctrl-C never hides a hang-up or SIGTERM that came first.
                if sig == SIGINT {
                    _ = pendingTermination.compareExchange(expected: 0, desired: sig, ordering: .relaxed)
                } else {
                    pendingTermination.store(sig, ordering: .relaxed)
                }
                var b: UInt8 = 1
                _ = write(wakeFD, &b, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(s, &action, nil)
        }
        var winch = sigaction()
        winch.__sigaction_handler.sa_handler = { _ in
            pendingResize.store(true, ordering: .relaxed)
            var b: UInt8 = 2
            _ = write(wakeFD, &b, 1)
        }
        sigemptyset(&winch.sa_mask)
        winch.sa_flags = Int32(SA_RESTART)
        sigaction(SIGWINCH, &winch, nil)
    }

    /// The terminating signal received since the last call, if any.
    static func takeTermination() -> Int32? {
        let s = pendingTermination.exchange(0, ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// A pending SIGHUP or SIGTERM, left pending for the loop (nil for none or for SIGINT).
    static func pendingEnd() -> Int32? {
        let s = pendingTermination.load(ordering: .relaxed)
        return s == SIGHUP || s == SIGTERM ? s : nil
    }

    /// Drops a pending SIGINT (typed in a child program such as the editor), keeping others.
    static func takeInterruptOnly() -> Bool {
        pendingTermination.compareExchange(expected: SIGINT, desired: 0, ordering: .relaxed).exchanged
    }

    /// Whether a resize was signalled since the last call.
    static func takeResize() -> Bool {
        pendingResize.exchange(false, ordering: .relaxed)
    }
}
