import Foundation
@testable import RundingKit

/// A content directory written to a fresh temporary folder, removed by `remove()`.
struct TemporaryContent {
    let root: String

    init(_ files: [String: String]) throws {
        try self.init(bytes: files.mapValues { Array($0.utf8) })
    }

    init(bytes files: [String: [UInt8]]) throws {
        root = NSTemporaryDirectory() + "runding-test-" + UUID().uuidString
        for folder in ContentLoader.folders {
            try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for (path, bytes) in files {
            FileManager.default.createFile(atPath: "\(root)/\(path)", contents: Data(bytes))
        }
    }

    /// Runs the checker (with `coverage`, `runding check --coverage`; with `understanding`, as `runding check` does) and renders each
    /// diagnostic's first line in English.
    func check(coverage: Bool = false, understanding: Bool = false, understandingReport: Bool = false) -> [String] {
        let check = ContentCheck(root: root, loader: ContentLoader(displayBase: root), coverage: coverage,
                                 understanding: understanding, understandingReport: understandingReport)
        return check.diagnostics.map { diagnostic in
            "\(diagnostic.location): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message.en)"
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// Paths of the repository, found from this file.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var starterPack: String { root + "/examples/starter" }
}

/// A valid skills file, for cases that need a skill to refer to.
let skillsYAML = """
skills:
  - id: empathy
    name: {ms: Empati, en: Empathy}
    description: {ms: Memahami pembeli., en: Understanding the buyer.}

"""

/// A valid topics file.
let topicsYAML = """
topics:
  - id: basics
    name: {ms: Asas, en: Basics}

"""
