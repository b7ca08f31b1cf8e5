// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Mimic",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mimic", targets: ["MimicCLI", "MimicHTTPTypes"]),
        .library(name: "Mimic", targets: ["Mimic"]),
        .library(name: "MimicURLProtocol", targets: ["MimicURLProtocol"]),
        .library(name: "MimicContracts", targets: ["MimicContracts"]),
        .library(name: "MimicYAML", targets: ["MimicYAML"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "MimicYAML"),
        .target(name: "MimicContracts", dependencies: ["MimicYAML", "MimicHTTPTypes"]),
        .target(name: "MimicSchema", dependencies: ["MimicContracts"]),
        .target(name: "MimicHTTPTypes"),
        .target(name: "MimicHTTP", dependencies: ["MimicHTTPTypes"]),
        .target(name: "MimicEngine", dependencies: ["MimicSchema", "MimicContracts", "MimicHTTPTypes"]),
        .target(name: "Mimic", dependencies: ["MimicEngine", "MimicSchema", "MimicHTTP", "MimicHTTPTypes", "MimicContracts"]),
        .target(name: "MimicURLProtocol", dependencies: ["Mimic"]),
        .executableTarget(name: "MimicCLI", dependencies: ["Mimic", "MimicContracts", "MimicYAML"]),
        .target(name: "MimicTestSupport", dependencies: ["MimicContracts", "MimicSchema", "MimicHTTPTypes"], path: "Tests/MimicTestSupport"),
        .testTarget(name: "MimicYAMLTests", dependencies: ["MimicYAML", "MimicSchema"]),
        .testTarget(name: "MimicContractsTests", dependencies: ["MimicContracts", "MimicYAML", "MimicTestSupport"]),
        .testTarget(name: "MimicSchemaTests", dependencies: ["MimicSchema", "MimicContracts", "MimicTestSupport"]),
        .testTarget(name: "MimicEngineTests", dependencies: ["MimicEngine", "MimicSchema", "MimicContracts", "MimicHTTPTypes", "MimicTestSupport"]),
        .testTarget(name: "MimicHTTPTests", dependencies: ["MimicHTTP", "MimicHTTPTypes", "MimicTestSupport"]),
        .testTarget(name: "MimicTests", dependencies: ["Mimic", "MimicURLProtocol", "MimicEngine", "MimicHTTP", "MimicHTTPTypes", "MimicContracts", "MimicTestSupport"]),
        .testTarget(name: "MimicCLITests", dependencies: ["MimicCLI", "Mimic", "MimicHTTPTypes", "MimicTestSupport"]),
        .testTarget(name: "MimicCorpusTests", dependencies: ["MimicYAML", "MimicContracts", "MimicSchema", "MimicHTTP", "MimicHTTPTypes", "MimicTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
