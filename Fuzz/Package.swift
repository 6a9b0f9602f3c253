// swift-tools-version: 6.1
// A separate package so the main build never compiles with sanitizers.
// Built by ../scripts/fuzz with `-sanitize=fuzzer,address`; see README.md.
import PackageDescription

let package = Package(
    name: "AcquireFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "acquire-cases", path: ".."),
    ],
    targets: [
        // The program's entry point: hands over to libFuzzer (SwiftPM hides libFuzzer's main).
        .target(name: "CFuzzerDriver"),
        // libFuzzer target over the decoders, the error mapper and the sanitizer.
        .executableTarget(
            name: "AcquireFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "AcquireKit", package: "acquire-cases")]
        ),
    ]
)
