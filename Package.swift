// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "acquire-cases",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "acquire-cases", targets: ["acquire-cases"]),
        .library(name: "AcquireKit", targets: ["AcquireKit"]),
        .library(name: "AcquireSandbox", targets: ["AcquireSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // HTTP client on SwiftNIO (replaces URLSession/libcurl); NIO and NIOSSL for its error types.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // The only C in the project: ncursesw, wide-character API, Swift-6-safe accessors.
        .systemLibrary(
            name: "CNcurses",
            path: "Modulemaps/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The one table of characters never shown raw; pure, shared by AcquireKit and TerminalUI.
        .target(name: "TextSafety"),
        // The core client: models, decoding, requests, errors, config, credentials.
        .target(
            name: "AcquireKit",
            dependencies: [
                "TextSafety",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        // A local HTTP double of the Acquire API (demo mode and tests), served by SwiftNIO's HTTP/1 server.
        .target(
            name: "AcquireSandbox",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // Pure terminal UI: canvas, text width, styles, keys, widgets. No ncurses.
        .target(name: "TerminalUI", dependencies: ["TextSafety"]),
        // The only importer of CNcurses.
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "TerminalUI"]),
        // The app: state, messages, update, view, effects. Pure.
        .target(name: "CaseDesk", dependencies: ["AcquireKit", "TerminalUI"]),
        // The line mode's conversation and plain-text tables: pure, no terminal control at all.
        .target(name: "LineMode", dependencies: ["AcquireKit", "CaseDesk", "TerminalUI"]),
        // Command line, wiring, event loop, signals, drafts on disk.
        .executableTarget(
            name: "acquire-cases",
            dependencies: [
                "AcquireKit", "AcquireSandbox", "TerminalUI", "NcursesTerminal", "CaseDesk", "LineMode",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            // `@_extern(c)`: the address of the runtime's global-executor hook (Runtime/ConcurrencyOnNIO.swift).
            swiftSettings: [.enableExperimentalFeature("Extern")]
        ),
        .target(name: "TestSupport", dependencies: ["TerminalUI", "AcquireSandbox"], path: "Tests/TestSupport"),
        .testTarget(
            name: "AcquireKitTests",
            dependencies: [
                "AcquireKit", "AcquireSandbox", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety", "AcquireKit", "TerminalUI"]),
        .testTarget(name: "AcquireSandboxTests", dependencies: ["AcquireSandbox", "AcquireKit", "TestSupport"]),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "CNcurses", "TerminalUI"]),
        .testTarget(
            name: "CaseDeskTests",
            dependencies: ["CaseDesk", "AcquireKit", "TerminalUI", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "LineModeTests", dependencies: ["LineMode", "AcquireKit", "CaseDesk"]),
        .testTarget(name: "AcquireCasesTests", dependencies: ["acquire-cases", "CaseDesk", "NcursesTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["AcquireSandbox", "AcquireKit", "TestSupport"]),
    ]
)
