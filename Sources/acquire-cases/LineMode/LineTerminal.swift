import Foundation
import LineMode

/// What wakes the line mode.
enum LineWake {
    case line(String)
    case endOfInput
    case answer(LineEvent)
    case signal(Int32)
    case hangup
}

/// Plain text in and out on the terminal as the terminal's own line discipline gives it (cooked
/// mode: the terminal echoes and edits the line), with a self-pipe for answers and signals.
/// Nothing but the text it is given is ever written: no escape sequence, no cursor movement.
final class LineTerminal: @unchecked Sendable {
    private let inbox = WakeInbox<LineEvent>()
    private var pending: [UInt8] = []

    /// The self-pipe's write end, for signal handlers.
    var wakeWrite: Int32 { inbox.writeFD }

    /// Hands an answer to the loop from any thread.
    func post(_ event: LineEvent) { inbox.post(event) }

    /// Writes text as it is (the caller adds newlines).
    func say(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Waits for a signal, an answer, or (when `readLine`) a typed line.
    func next(readLine: Bool) -> LineWake {
        while true {
            if let sig = Signals.takeTermination() { return .signal(sig) }
            _ = Signals.takeResize()
            if readLine, let nl = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = take(nl)
                pending.removeFirst()
                return .line(line)
            }
            if let first = inbox.takeFirst() {
                return .answer(first)
            }
            var fds = [pollfd(fd: inbox.readFD, events: Int16(POLLIN), revents: 0)]
            if readLine { fds.append(pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)) }
            let rc = poll(&fds, nfds_t(fds.count), -1)
            if rc < 0 {
                if errno == EINTR { continue }
                return .hangup
            }
            if fds[0].revents & Int16(POLLIN) != 0 { inbox.drain() }
            guard readLine else { continue }
            let r = fds[1].revents
            if r & Int16(POLLIN) != 0 || r & Int16(POLLHUP) != 0 {
                if let wake = readInput() { return wake }
            } else if r & Int16(POLLERR | POLLNVAL) != 0 {
                return .hangup
            }
        }
    }

    /// One read of the terminal: a line (a read the terminal returns without a newline is Ctrl-D
    /// after some text, taken as that line), the end of input, or a hang-up.
    private func readInput() -> LineWake? {
        var buf = [UInt8](repeating: 0, count: 8192)
        let n = read(STDIN_FILENO, &buf, buf.count)
        if n < 0 { return errno == EINTR || errno == EAGAIN ? nil : .hangup }
        if n == 0 {
            if pending.isEmpty { return .endOfInput }
            return .line(take(pending.count))
        }
        pending += buf[0..<n]
        if let nl = pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = take(nl)
            pending.removeFirst()
            return .line(line)
        }
        return .line(take(pending.count))
    }

    private func take(_ count: Int) -> String {
        let bytes = pending.prefix(count)
        pending.removeFirst(count)
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
