import Foundation

/// While a create is in flight: the first SIGINT, SIGTERM or SIGHUP calls `first` (which cancels the
/// create, whose outcome is then looked up as after Esc in the TUI); another one calls `again`.
final class InterruptWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []
    private var seen = false
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    init(first: @escaping @Sendable (Int32) -> Void, again: @escaping @Sendable (Int32) -> Void) {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                let repeated = self.lock.withLock { () -> Bool in
                    defer { self.seen = true }
                    return self.seen
                }
                repeated ? again(number) : first(number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops watching; the signals' default actions return.
    func stop() {
        lock.withLock {
            for s in sources { s.cancel() }
            sources = []
        }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
