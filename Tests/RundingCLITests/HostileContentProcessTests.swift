import Foundation
import Testing

/// The built binary on hostile content folders (hardening, second pass): a diagnostic, never a
/// signal death.
@Suite struct HostileContentProcessTests {
    /// A copy of the starter pack in a fresh folder, with `replace` applied to one file.
    static func starterCopy(_ directory: TemporaryDirectory, file: String, replace: String, with: String) throws -> String {
        let content = directory.path + "/content"
        try FileManager.default.copyItem(atPath: Repository.starterPack, toPath: content)
        let path = content + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(replace))
        try Data(text.replacingOccurrences(of: replace, with: with).utf8).write(to: URL(fileURLWithPath: path))
        return content
    }

    /// Issue 16, item 1: 30,000 nested brackets in a pattern crashed (exit 139) everything that
    /// loads content.
    @Test func deeplyNestedPatternIsReportedAndNothingCrashes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let deep = String(repeating: "(", count: 30_000) + "a" + String(repeating: ")", count: 30_000)
        let content = try Self.starterCopy(directory, file: "Dialogues/quiz-enps.yaml",
                                           replace: "[\"(promoter|promoters)\"]", with: "[\"\(deep)\"]")
        let progress = directory.path + "/progress"
        let common = ["--content", content, "--lang", "en"]
        let check = try BinaryRunner.run(["check"] + common)
        HostileInputTests.expectSurvived(check, status: 1)
        #expect(check.stdout.contains("error[D009]: invalid pattern '((((") || check.stderr.contains("error[D009]: invalid pattern '(((("))
        #expect((check.stdout + check.stderr).contains("brackets nested more than 32 levels deep"))
        for arguments in [["glossary"], ["progress", "--learner", "ana", "--progress-dir", progress],
                          ["report", "--progress-dir", progress],
                          ["--learner", "ana", "--progress-dir", progress, "--seed", "1"]] {
            try FileManager.default.createDirectory(atPath: progress, withIntermediateDirectories: true)
            let result = try BinaryRunner.run(arguments + common, stdin: "/kuiz\n1\n/quit\n")
            HostileInputTests.expectSurvived(result)
        }
    }
}
