import Foundation

/// Runs the editor the way `git commit` does: a plain child in the terminal's foreground process
/// group (never a group of its own, where reading the terminal stops it with SIGTTIN), with the
/// default signal dispositions, while this process waits. Ctrl-Z in the editor stops the app with
/// it (SIGTSTP is at its default meanwhile); SIGHUP or SIGTERM to the app is passed on to the
/// editor, which gets a moment to exit before it is killed, so the app can still save and leave.
enum EditorProcess {
    /// How the editor ended.
    enum Outcome: Equatable {
        /// It exited with this status (a death by signal N is 128+N, as a shell says).
        case exited(Int32)
        /// It could not be started (errno).
        case notStarted(Int32)
        /// The app was told to end (SIGHUP/SIGTERM) while the editor ran; the signal.
        case terminated(Int32)
    }

    /// How long an editor that was passed SIGHUP/SIGTERM may take to exit before SIGKILL.
    static let graceMilliseconds = 3000

    /// Runs `argv` (argv[0] a path) with `environment` and waits for it.
    static func run(_ argv: [String], environment: [String: String]) -> Outcome {
        // While the editor runs, job-control stops act on the app too, as on any foreground job.
        var oldTSTP = sigaction(), oldTTIN = sigaction(), oldTTOU = sigaction()
        var dfl = sigaction()
        dfl.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&dfl.sa_mask)
        sigaction(SIGTSTP, &dfl, &oldTSTP)
        sigaction(SIGTTIN, &dfl, &oldTTIN)
        sigaction(SIGTTOU, &dfl, &oldTTOU)
        defer {
            sigaction(SIGTSTP, &oldTSTP, nil)
            sigaction(SIGTTIN, &oldTTIN, nil)
            sigaction(SIGTTOU, &oldTTOU, nil)
        }
        let pid: pid_t
        switch spawn(argv, environment: environment) {
        case .notStarted(let err): return .notStarted(err)
        case .started(let p): pid = p
        }
        return wait(for: pid)
    }

    /// posix_spawn with the default dispositions for every signal the app handles or ignores,
    /// an empty signal mask, and the terminal's foreground group when the app is not its leader.
    private enum Spawned { case started(pid_t), notStarted(Int32) }

    private static func spawn(_ argv: [String], environment: [String: String]) -> Spawned {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        let foreground = tcgetpgrp(STDIN_FILENO)
        if foreground > 0 && foreground != getpgrp() {
            posix_spawnattr_setpgroup(&attr, foreground)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        }
        posix_spawnattr_setflags(&attr, Int16(flags))
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            args.forEach { free($0) }
            env.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], nil, &attr, args, env)
        return rc == 0 ? .started(pid) : .notStarted(rc)
    }

    /// Waits for the editor; a SIGHUP/SIGTERM to the app meanwhile is passed on to it. The signal
    /// may land on any of the process's threads, so it does not interrupt `waitpid` here: the wait
    /// looks at the signal flags every `pollMilliseconds` (only while an editor runs).
    private static func wait(for pid: pid_t) -> Outcome {
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                // A hang-up reaches the editor too (it is in the foreground): the app still has to go.
                if let sig = Signals.pendingEnd() { return .terminated(sig) }
                return .exited(Self.shellStatus(status))
            }
            if r < 0 && errno != EINTR { return .exited(127) }
            if let sig = Signals.pendingEnd() {
                kill(pid, sig)
                reap(pid, graceMilliseconds: graceMilliseconds)
                return .terminated(sig)
            }
            pause(milliseconds: pollMilliseconds)
        }
    }

    /// How often the wait looks at the signal flags.
    static let pollMilliseconds = 20

    private static func pause(milliseconds: Int) {
        var ts = timespec(tv_sec: 0, tv_nsec: milliseconds * 1_000_000)
        nanosleep(&ts, nil)
    }

    /// Waits up to the grace period for `pid` to exit, then kills it.
    private static func reap(_ pid: pid_t, graceMilliseconds: Int) {
        var status: Int32 = 0
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(graceMilliseconds))
        while ContinuousClock.now < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            pause(milliseconds: pollMilliseconds)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
    }

    /// The exit status as a shell reports it: the code, or 128 + the signal that ended it.
    static func shellStatus(_ status: Int32) -> Int32 {
        let sig = status & 0x7f
        return sig == 0 ? (status >> 8) & 0xff : 128 + sig
    }
}
