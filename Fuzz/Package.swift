// swift-tools-version:5.4
// libFuzzer targets for RundingKit. Not part of the root package: build and run them with
// `scripts/fuzz.sh TARGET SECONDS`, which passes `-sanitize=fuzzer,address -parse-as-library`.
//
// Tools version 5.4 on purpose: from 5.5 SwiftPM renames an executable's entry point to
// `<module>_main` and links `main` to it, but here `main` is libFuzzer's and the module has none.
import Foundation
import PackageDescription

// A path dependency is named after its directory (the clone's name), not its manifest.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rundingKit = Target.Dependency.product(name: "RundingKit", package: root.lastPathComponent.lowercased())

let package = Package(
    name: "RundingFuzz",
    platforms: [.macOS("13.0")],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(name: "fuzz-content", dependencies: [rundingKit], path: "Targets/content"),
        .executableTarget(name: "fuzz-answer", dependencies: [rundingKit], path: "Targets/answer"),
        .executableTarget(name: "fuzz-progress", dependencies: [rundingKit], path: "Targets/progress"),
    ]
)
