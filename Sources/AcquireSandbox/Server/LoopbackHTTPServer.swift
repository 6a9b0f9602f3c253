import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1, on SwiftNIO (the event loops the client already links): NIO
/// parses and frames, this type only reads whole requests, asks `handle` and writes the reply.
/// The sandbox serves the Acquire API on it; the client's tests script answers on it.
///
/// One event-loop thread for every such server in the process. While no request is in flight it
/// sleeps in `epoll_wait` with no timer armed: the built-in sandbox costs the app no wake-ups.
public final class LoopbackHTTPServer: Sendable {
    public typealias Handler = @Sendable (LoopbackRequest) async -> LoopbackReply

    /// The port actually bound (useful when 0 was asked for).
    public let port: UInt16
    private let server: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>
    private let connections: NIOLockedValueBox<[ObjectIdentifier: any Channel]>
    private let accepting: Task<Void, Never>

    /// The process's one event-loop thread for sandbox servers, started on first use.
    private static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    /// Where the server's tasks run: on that event-loop thread, not on Swift's cooperative pool
    /// (one thread per core), which code that blocks a pool thread (a test waiting on a process,
    /// a semaphore) can fill and so stall every answer for as long as it blocks.
    private static let executor = EventLoopTaskExecutor(loop: group.next())

    /// Binds 127.0.0.1:`port` (0: any free port) and starts accepting; throws when it cannot be
    /// bound. With `keepAlive` false every connection closes after one answer.
    public static func start(port: UInt16 = 0, keepAlive: Bool = true, handle: @escaping Handler) async throws -> LoopbackHTTPServer {
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .bind(host: "127.0.0.1", port: Int(port)) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                        wrappingChannelSynchronously: channel)
                }
            }
        guard let bound = server.channel.localAddress?.port, let port = UInt16(exactly: bound) else {
            try? await server.channel.close()
            throw SandboxStartError(reason: "no listening address on 127.0.0.1:\(port)")
        }
        let connections = NIOLockedValueBox<[ObjectIdentifier: any Channel]>([:])
        let executor = Self.executor
        let accepting = Task(executorPreference: executor) {
            await withDiscardingTaskGroup { group in
                do {
                    try await server.executeThenClose { inbound in
                        for try await connection in inbound {
                            let id = ObjectIdentifier(connection.channel)
                            connections.withLockedValue { $0[id] = connection.channel }
                            group.addTask(executorPreference: executor) {
                                await serve(connection, keepAlive: keepAlive, handle: handle)
                                connections.withLockedValue { _ = $0.removeValue(forKey: id) }
                            }
                        }
                    }
                } catch {
                    // The listening socket closed (stop) or failed: no more connections.
                }
            }
        }
        return LoopbackHTTPServer(port: port, server: server, connections: connections, accepting: accepting)
    }

    private init(port: UInt16, server: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>,
                 connections: NIOLockedValueBox<[ObjectIdentifier: any Channel]>, accepting: Task<Void, Never>) {
        self.port = port
        self.server = server
        self.connections = connections
        self.accepting = accepting
    }

    /// Stops listening, closes every open connection at once, and waits until all have ended.
    public func stop() async {
        try? await server.channel.close()
        for channel in connections.withLockedValue({ Array($0.values) }) {
            try? await channel.close()
        }
        // Requests still being answered (a latency fault's pause) end now rather than later.
        accepting.cancel()
        await accepting.value
    }

    /// Waits `milliseconds` on the servers' event loop, or until the task is cancelled (`stop`).
    /// A NIO timer, not `Task.sleep`: on Linux that is a libdispatch timer, whose worker thread
    /// would start libdispatch's once-a-second pool monitor in the app running the built-in sandbox.
    static func pause(milliseconds: Int) async {
        let timer = group.next().scheduleTask(in: .milliseconds(Int64(milliseconds))) {}
        await withTaskCancellationHandler {
            _ = try? await timer.futureResult.get()
        } onCancel: {
            timer.cancel()
        }
    }

    /// Reads requests off one connection until it closes, answering each in turn.
    private static func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>,
                              keepAlive: Bool, handle: Handler) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var head: HTTPRequestHead?
                var body = ByteBuffer()
                for try await part in inbound {
                    switch part {
                    case .head(let next):
                        head = next
                        body.clear()
                    case .body(var chunk):
                        body.writeBuffer(&chunk)
                    case .end:
                        guard let request = head else { continue }
                        head = nil
                        let reply = await handle(LoopbackRequest(head: request, body: Data(body.readableBytesView)))
                        // Dropping = closing without a byte of answer (executeThenClose closes).
                        if reply.drop { return }
                        let staysOpen = keepAlive && request.isKeepAlive
                        try await outbound.write(.head(reply.head(version: request.version, keepAlive: staysOpen)))
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: reply.body))))
                        try await outbound.write(.end(nil))
                        if !staysOpen { return }
                    }
                }
            }
        } catch {
            // The client went away or sent something NIO could not parse (already answered 400).
        }
    }
}

/// A `TaskExecutor` that runs jobs on one NIO event loop.
final class EventLoopTaskExecutor: TaskExecutor {
    private let loop: any EventLoop

    init(loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        loop.execute { job.runSynchronously(on: executor) }
    }
}
