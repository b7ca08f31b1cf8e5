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
        .executableTarget(name: "MimicCLI", dependencies: ["MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicYAMLTests", dependencies: ["MimicYAML"]),
        .testTarget(name: "MimicContractsTests", dependencies: ["MimicContracts", "MimicYAML"]),
        .testTarget(name: "MimicCLITests", dependencies: ["MimicCLI"]),
        .testTarget(name: "MimicHTTPTests", dependencies: ["MimicHTTP"]),
    ],
    swiftLanguageModes: [.v6]
)
