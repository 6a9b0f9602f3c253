import NIOCore
import NIOPosix

/// The slot in Swift's concurrency runtime that, when set, receives every job bound for the
/// global executor (`swift_task_enqueueGlobal_hook`, a pointer-sized variable). Declared as a C
/// function only so that Swift can take its address: it is never called.
///
/// The linker resolves this reference inside the binary, so it works where `dlsym` cannot: the
/// release binary links the Swift runtime statically with `--exclude-libs ALL`
/// (the toolchain's `static-stdlib-args.lnk`), which makes the symbol local and invisible to
/// `dlsym` — the lookup NIO's own installer depends on.
@_extern(c, "swift_task_enqueueGlobal_hook")
private func swiftTaskEnqueueGlobalHookSlot()

/// Runs Swift Concurrency's global executor on SwiftNIO's singleton event loops.
///
/// Every `Task` then runs on `MultiThreadedEventLoopGroup.singleton`, whose threads sleep in
/// `epoll_wait` with no timer until there is work. Without it tasks run on libdispatch's worker
/// pool, whose first worker starts a 1 s repeating "pool monitor" timer that wakes the process
/// once a second for the rest of its life (swift-corelibs-libdispatch, `_dispatch_workq_init_once`).
///
/// This does what `NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()`
/// does, with the hook's address from the linker instead of from `dlsym`, so the debug build
/// (runtime as shared libraries) and the release binary (runtime linked in) take the same path.
/// Call once, from `main`, before any task starts.
enum ConcurrencyOnNIO {
    /// The hook's type as the runtime calls it: the job, and the runtime's own enqueue (unused:
    /// every job goes to NIO). Thin function pointers, Swift calling convention.
    private typealias EnqueueGlobalHook = @convention(thin) (UnownedJob, @convention(thin) (UnownedJob) -> Void) -> Void

    /// Installs the hook unless one is already set; true when NIO now runs the global executor.
    @discardableResult
    static func install() -> Bool {
        let slotFunction: @convention(c) () -> Void = swiftTaskEnqueueGlobalHookSlot
        let slot = unsafeBitCast(slotFunction, to: UnsafeMutableRawPointer.self)
        guard slot.load(as: UnsafeRawPointer?.self) == nil else { return false }
        let hook: EnqueueGlobalHook = { job, _ in
            // `any()` is sticky: a job enqueued from a singleton loop stays on that loop's thread.
            MultiThreadedEventLoopGroup.singleton.any().enqueue(ExecutorJob(job))
        }
        return withUnsafeTemporaryAllocation(of: EnqueueGlobalHook.self, capacity: 1) { storage in
            storage.baseAddress!.initialize(to: hook)
            let pointer = UnsafeRawPointer(storage.baseAddress!).load(as: UnsafeRawPointer.self)
            slot.storeBytes(of: pointer, as: UnsafeRawPointer.self)
            return true
        }
    }
}
