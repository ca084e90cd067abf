import Foundation
import Testing

/// Pipes each `Golden/NAME.input` into the built binary (starter pack, fixed seed, fresh progress
/// directory) and compares stdout with `Golden/NAME.golden`. `RUNDING_RECORD=1` re-records.
@Suite struct GoldenTranscriptTests {
    static let names = ["questions", "quiz", "roleplay", "review", "commands"]
    static let directory = Repository.root + "/Tests/RundingCLITests/Golden"

    @Test(arguments: names)
    func transcript(_ name: String) throws {
        let input = try String(contentsOfFile: "\(Self.directory)/\(name).input", encoding: .utf8)
        let progress = try TemporaryDirectory()
        defer { progress.remove() }
        let result = try BinaryRunner.run(
            ["--content", Repository.starterPack, "--learner", "golden", "--progress-dir", progress.path, "--seed", "7"],
            stdin: input)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(!result.stdout.contains("\u{1B}"))
        let goldenPath = "\(Self.directory)/\(name).golden"
        if ProcessInfo.processInfo.environment["RUNDING_RECORD"] != nil {
            try result.stdout.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOfFile: goldenPath, encoding: .utf8) else {
            Issue.record("missing golden file \(goldenPath): run with RUNDING_RECORD=1 to record it")
            return
        }
        #expect(result.stdout == golden, "transcript differs from \(name).golden; RUNDING_RECORD=1 re-records")
    }
}
