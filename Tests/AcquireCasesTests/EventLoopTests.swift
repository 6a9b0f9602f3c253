import Foundation
import NcursesTerminal
import Testing
import TerminalUI
@testable import acquire_cases

/// The loop sleeps until something happens: a message, a timer, input, or the input closing.
@Suite struct EventLoopTests {
    /// A pipe standing in for the terminal's input.
    private final class FakeInput {
        let read: Int32, write: Int32
        init() {
            var fds: [Int32] = [0, 0]
            pipe(&fds)
            read = fds[0]
            write = fds[1]
        }
        deinit { close(read); if write >= 0 { close(write) } }
        func closeWriter() { close(write) }
    }

    @Test func aPostedMessageWakesTheLoop() {
        let input = FakeInput()
        let loop = EventLoop<String>(inputFD: input.read)
        Thread.detachNewThread { loop.post("answer") }
        let events = loop.next(readInput: { [] })
        guard case .message(let m)? = events.first else {
            Issue.record("expected a message, got \(events)")
            return
        }
        #expect(m == "answer")
    }

    @Test func timersFireOnceAndRestartReplaces() {
        let input = FakeInput()
        let loop = EventLoop<String>(inputFD: input.read)
        loop.startTimer("a", milliseconds: 5_000)
        loop.startTimer("a", milliseconds: 1)        // replaces the 5 s one
        loop.startTimer("b", milliseconds: 1)
        loop.cancelTimer("b")
        let events = loop.next(readInput: { [] })
        #expect(events.count == 1)
        guard case .timer(let id)? = events.first else {
            Issue.record("expected a timer, got \(events)")
            return
        }
        #expect(id == AnyHashable("a"))
        #expect(!loop.hasTimers)
    }

    @Test func inputIsReadWhenReadable() {
        let input = FakeInput()
        let loop = EventLoop<String>(inputFD: input.read)
        var b: UInt8 = 65
        _ = write(input.write, &b, 1)
        let events = loop.next(readInput: {
            var c: UInt8 = 0
            _ = Glibc.read(input.read, &c, 1)
            return [.key(.char(Character(Unicode.Scalar(c))))]
        })
        guard case .input(let keys)? = events.first else {
            Issue.record("expected input, got \(events)")
            return
        }
        #expect(keys == [.key(.char("A"))])
    }

    @Test func closedInputEndsTheLoopInsteadOfSpinning() {
        let input = FakeInput()
        let loop = EventLoop<String>(inputFD: input.read)
        input.closeWriter()
        var reads = 0
        let events = loop.next(readInput: { reads += 1; return [] })
        guard case .terminalGone? = events.first else {
            Issue.record("expected terminalGone, got \(events)")
            return
        }
        #expect(reads <= 1, "it must not keep reading a closed input")
    }
}
