import Foundation
import NcursesTerminal

/// What wakes the loop.
enum LoopEvent<Message: Sendable> {
    case input([NcursesTerminal.Input])
    case message(Message)
    case timer(AnyHashable)
    case signal(Int32)
    case windowChanged
    case terminalGone(String)
}

/// One thread owns curses and sleeps in `poll()` on stdin and a self-pipe. Network results
/// arrive as messages through `post`, signals through the pipe, timers through poll's timeout.
/// With no timer pending the timeout is infinite: idle, the process never wakes up.
final class EventLoop<Message: Sendable>: @unchecked Sendable {
    private let inbox = WakeInbox<Message>()
    /// The self-pipe's write end, for signal handlers.
    var wakeWrite: Int32 { inbox.writeFD }
    private var timers: [AnyHashable: ContinuousClock.Instant] = [:]
    private var emptyReads = 0
    private let clock = ContinuousClock()
    private let inputFD: Int32

    /// `inputFD` is the terminal's input (a pipe in tests).
    init(inputFD: Int32 = STDIN_FILENO) {
        self.inputFD = inputFD
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: Message) {
        inbox.post(message)
    }

    /// Starts (or restarts) a one-shot timer; on the loop thread only.
    func startTimer(_ id: AnyHashable, milliseconds: Int) {
        timers[id] = clock.now.advanced(by: .milliseconds(max(0, milliseconds)))
    }

    /// Cancels a timer; on the loop thread only.
    func cancelTimer(_ id: AnyHashable) {
        timers[id] = nil
    }

    /// Whether any timer is pending (the loop then wakes for it).
    var hasTimers: Bool { !timers.isEmpty }

    /// Waits for the next batch of events. Blocks with no timeout when nothing is pending.
    func next(readInput: () -> [NcursesTerminal.Input]) -> [LoopEvent<Message>] {
        while true {
            var events: [LoopEvent<Message>] = []
            if let sig = Signals.takeTermination() { events.append(.signal(sig)) }
            if Signals.takeResize() { events.append(.windowChanged) }
            events += inbox.takeAll().map { .message($0) }
            events += fireDueTimers()
            if !events.isEmpty { return events }

            var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: inbox.readFD, events: Int16(POLLIN), revents: 0)]
            let rc = poll(&fds, 2, timeoutMilliseconds())
            if rc < 0 {
                if errno == EINTR { continue }
                return [.terminalGone("poll failed: errno \(errno)")]
            }
            if fds[1].revents & Int16(POLLIN) != 0 { inbox.drain() }
            let stdinEvents = fds[0].revents
            if stdinEvents & Int16(POLLIN) != 0 {
                let input = readInput()
                if input.isEmpty {
                    // Readable but nothing decoded, again and again: the terminal is gone (EOF).
                    emptyReads += 1
                    if emptyReads >= 50 || stdinAtEOF() { return [.terminalGone("end of input")] }
                } else {
                    emptyReads = 0
                    return [.input(input)]
                }
            } else if stdinEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return [.terminalGone("the terminal hung up")]
            }
        }
    }

    private func timeoutMilliseconds() -> Int32 {
        guard let soonest = timers.values.min() else { return -1 }
        let d = clock.now.duration(to: soonest)
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, ms + 1))
    }

    private func fireDueTimers() -> [LoopEvent<Message>] {
        let now = clock.now
        let due = timers.filter { $0.value <= now }.keys
        for id in due { timers[id] = nil }
        return due.map { .timer($0) }
    }

    /// Readable with no byte queued means a read would return 0 (EOF) or fail (EIO):
    /// the terminal is gone.
    private func stdinAtEOF() -> Bool {
        var n: Int32 = 0
        if ioctl(inputFD, UInt(FIONREAD), &n) != 0 { return true }
        return n == 0
    }
}
