// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Mimic",
    products: [
        .executable(name: "mimic", targets: ["MimicCLI"]),
        .library(name: "Mimic", targets: ["Mimic"]),
        .library(name: "MimicURLProtocol", targets: ["MimicURLProtocol"]),
        .library(name: "MimicContracts", targets: ["MimicContracts"]),
        .library(name: "MimicYAML", targets: ["MimicYAML"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "MimicYAML"),
        .target(name: "MimicContracts", dependencies: ["MimicYAML"]),
        .target(name: "MimicHTTP"),
        .target(name: "MimicEngine", dependencies: ["MimicContracts", "MimicHTTP", "MimicYAML"]),
        .target(name: "Mimic", dependencies: ["MimicEngine", "MimicHTTP", "MimicContracts"]),
        .target(name: "MimicURLProtocol", dependencies: ["Mimic", "MimicHTTP", "MimicContracts"]),
        .executableTarget(name: "MimicCLI", dependencies: ["Mimic", "MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicYAMLTests", dependencies: ["MimicYAML"]),
        .testTarget(name: "MimicContractsTests", dependencies: ["MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicEngineTests", dependencies: ["MimicEngine", "MimicContracts", "MimicHTTP"]),
        .testTarget(name: "MimicHTTPTests", dependencies: ["MimicHTTP"]),
        .testTarget(name: "MimicTests", dependencies: ["Mimic", "MimicURLProtocol", "MimicEngine", "MimicHTTP", "MimicContracts"]),
        .testTarget(name: "MimicCLITests", dependencies: ["MimicCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
