// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Mimic",
    products: [
        .executable(name: "mimic", targets: ["MimicCLI"]),
        .library(name: "MimicContracts", targets: ["MimicContracts"]),
        .library(name: "MimicYAML", targets: ["MimicYAML"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "MimicYAML"),
        .target(name: "MimicContracts", dependencies: ["MimicYAML"]),
        .target(name: "MimicHTTP"),
        .target(name: "MimicEngine", dependencies: ["MimicContracts", "MimicHTTP"]),
        .executableTarget(name: "MimicCLI", dependencies: ["MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicYAMLTests", dependencies: ["MimicYAML"]),
        .testTarget(name: "MimicContractsTests", dependencies: ["MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicEngineTests", dependencies: ["MimicEngine", "MimicContracts", "MimicHTTP"]),
        .testTarget(name: "MimicHTTPTests", dependencies: ["MimicHTTP"]),
        .testTarget(name: "MimicCLITests", dependencies: ["MimicCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
