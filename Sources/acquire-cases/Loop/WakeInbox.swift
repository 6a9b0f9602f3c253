import Foundation
import Synchronization

/// Messages posted from any thread, and the self-pipe that wakes a `poll()` when one arrives
/// (signal handlers write a byte to the same pipe). Both loops, full screen and line mode, use one.
final class WakeInbox<Message: Sendable>: @unchecked Sendable {
    /// The end `poll()` watches.
    let readFD: Int32
    /// The end posts and signal handlers write to.
    let writeFD: Int32
    private let box = Mutex<[Message]>([])

    init() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { fatalError("cannot create the event loop's pipe") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: Message) {
        box.withLock { $0.append(message) }
        var b: UInt8 = 0
        _ = write(writeFD, &b, 1)
    }

    /// Every message posted so far, oldest first.
    func takeAll() -> [Message] {
        box.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }

    /// The oldest message posted, if any.
    func takeFirst() -> Message? {
        box.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    /// Empties the pipe after `poll()` said it is readable.
    func drain() {
        var buf = [UInt8](repeating: 0, count: 256)
        while read(readFD, &buf, buf.count) > 0 {}
    }
}
