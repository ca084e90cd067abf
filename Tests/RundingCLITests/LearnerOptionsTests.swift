import Foundation
import Testing

/// `--learner` and `--progress-dir` as a new hire first meets them.
@Suite struct LearnerOptionsTests {
    @Test func capitalsAreFoldedAndSaidOnceAndAMissingFolderIsCreated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let progress = directory.path + "/new/p"
        let result = try BinaryRunner.run(
            ["--learner", "Aina", "--progress-dir", progress, "--content", Repository.starterPack, "--lang", "en"],
            stdin: "/quit\n")
        #expect(result.status == 0)
        #expect(result.stderr.components(separatedBy: "folded to lower case").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("'aina'"))
        #expect(FileManager.default.fileExists(atPath: progress + "/aina.jsonl"))
        #expect(!result.stdout.contains("NOT be saved"))
    }

    @Test func theLanguageChosenInTheChatIsKeptForTheNextRunUnlessLangSaysOtherwise() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let base = ["--learner", "aina", "--progress-dir", directory.path, "--content", Repository.starterPack]
        let first = try BinaryRunner.run(base, stdin: "/bahasa en\n", environment: ["RUNDING_LANG": ""])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Selamat datang"))
        let second = try BinaryRunner.run(base, stdin: "", environment: ["RUNDING_LANG": ""])
        #expect(second.stdout.hasPrefix("Welcome to Runding"), "\(second.stdout)")
        let forced = try BinaryRunner.run(base + ["--lang", "ms"], stdin: "")
        #expect(forced.stdout.hasPrefix("Selamat datang"))
        let byEnvironment = try BinaryRunner.run(base, stdin: "", environment: ["RUNDING_LANG": "ms"])
        #expect(byEnvironment.stdout.hasPrefix("Selamat datang"))
    }

    @Test func otherInvalidNamesAreStillRefused() throws {
        let result = try BinaryRunner.run(["--learner", "a b", "--content", Repository.starterPack], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("nama pelajar 'a b' tidak sah"))
    }

    @Test func progressThatCannotBeSavedIsAlsoOnStandardErrorWhenPiped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("file", "x")
        let result = try BinaryRunner.run(
            ["--learner", "aina", "--progress-dir", directory.path + "/file/p", "--content", Repository.starterPack,
             "--lang", "en"], stdin: "/quit\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Progress will NOT be saved"))
        #expect(result.stderr.contains("Progress will NOT be saved"))
    }
}
