import Foundation
import NIOCore
import NIOPosix
import NIOHTTP1
import NIOSSL

/// A real HTTPS server on 127.0.0.1 (NIO + NIOSSL) with a given certificate, answering every
/// request with one JSON body and recording what it received ("METHOD /path").
final class TLSTestServer: Sendable {
    let port: Int
    let requests: Locked<[String]>
    private let channel: any Channel

    static let body = #"{"data":{"rows":[{"id":"chat","name":"Chat"}]}}"#

    static func start(cert: String, key: String) async throws -> TLSTestServer {
        let config = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
        let context = try NIOSSLContext(configuration: config)
        let seen = Locked<[String]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { ch in
                ch.eventLoop.makeCompletedFuture {
                    try ch.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    try ch.pipeline.syncOperations.configureHTTPServerPipeline()
                    try ch.pipeline.syncOperations.addHandler(Responder(seen: seen))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TLSTestServer(port: channel.localAddress?.port ?? 0, requests: seen, channel: channel)
    }

    private init(port: Int, requests: Locked<[String]>, channel: any Channel) {
        self.port = port
        self.requests = requests
        self.channel = channel
    }

    var baseURL: URL { URL(string: "https://localhost:\(port)")! }

    func stop() async {
        try? await channel.close()
    }

    /// Answers each request with `TLSTestServer.body`.
    final class Responder: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let seen: Locked<[String]>

        init(seen: Locked<[String]>) { self.seen = seen }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                seen.mutate { $0.append("\(head.method.rawValue) \(head.uri)") }
            case .body:
                break
            case .end:
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: "application/json")
                headers.add(name: "Content-Length", value: String(TLSTestServer.body.utf8.count))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: TLSTestServer.body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
