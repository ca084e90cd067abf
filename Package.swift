// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Runding",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "runding", targets: ["runding"]),
        .library(name: "RundingKit", targets: ["RundingKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "RundingKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CReadline",
            linkerSettings: [.linkedLibrary("readline")]
        ),
        .executableTarget(
            name: "runding",
            dependencies: [
                "RundingKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "runding-bench",
            dependencies: ["RundingKit"],
            path: "Sources/RundingBenchmarks"
        ),
        .testTarget(
            name: "RundingKitTests",
            dependencies: ["RundingKit"],
            exclude: ["Transcripts"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RundingCLITests",
            dependencies: ["RundingKit"],
            resources: [.copy("Golden")]
        ),
    ]
)
