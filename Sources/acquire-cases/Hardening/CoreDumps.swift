import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Core dumps off for the whole process, first thing at start (as ssh-agent does): a core file
/// would hold the API key and the unsent text. The fatal-signal handler still restores the
/// terminal; the process then dies of the signal without writing a core.
enum CoreDumps {
    /// `prctl` options (linux/prctl.h).
    static let getDumpable: Int32 = 3
    static let setDumpable: Int32 = 4

    /// Sets RLIMIT_CORE to 0 (soft and hard, so nothing can raise it again; children inherit it)
    /// and marks the process not dumpable (no core even through a core_pattern pipe, no ptrace
    /// attach by other processes of the same user). Returns what failed, if anything.
    @discardableResult
    static func disable() -> [String] {
        var failed: [String] = []
        #if os(Linux)
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        if setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none) != 0 { failed.append("setrlimit(RLIMIT_CORE)") }
        if prctl(setDumpable, 0) != 0 { failed.append("prctl(PR_SET_DUMPABLE)") }
        #else
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        if setrlimit(RLIMIT_CORE, &none) != 0 { failed.append("setrlimit(RLIMIT_CORE)") }
        #endif
        return failed
    }

    /// Whether the process is marked dumpable (Linux; always false elsewhere).
    static var isDumpable: Bool {
        #if os(Linux)
        return prctl(getDumpable, 0) != 0
        #else
        return false
        #endif
    }

    /// What `acquire-cases config` shows: "off (core size limit 0, not dumpable)", or what is not so.
    static var summary: String {
        let l = limit
        let off = l.soft == 0 && l.hard == 0 && !isDumpable
        return (off ? "off" : "NOT off") + " (core size limit \(l.soft == UInt64.max ? "unlimited" : String(l.soft)), "
            + (isDumpable ? "dumpable)" : "not dumpable)")
    }

    /// The current RLIMIT_CORE (soft, hard).
    static var limit: (soft: UInt64, hard: UInt64) {
        var current = rlimit()
        #if os(Linux)
        getrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &current)
        #else
        getrlimit(RLIMIT_CORE, &current)
        #endif
        return (UInt64(current.rlim_cur), UInt64(current.rlim_max))
    }

    #if os(Linux)
    /// `prctl(option, arg)`. Swift does not import C variadic functions and glibc declares
    /// `prctl(int, ...)`, so it is looked up by name and called with fixed integer arguments,
    /// which the Linux calling conventions pass exactly as the variadic call would.
    private static func prctl(_ option: Int32, _ arg: UInt) -> Int32 {
        typealias Fixed = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let symbol = dlsym(nil, "prctl") else { return -1 }
        return unsafeBitCast(symbol, to: Fixed.self)(option, arg, 0, 0, 0)
    }
    #endif
}
