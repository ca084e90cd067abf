import Foundation
import Testing

/// Issues 16, items 3 and 12, through the built binary: `--output` never replaces a symbolic
/// link or a device and keeps an existing file's mode; symbolic-link loops, dangling links and
/// folders named `*.yaml` in the content folder each get a warning with their path.
@Suite struct OutputAndContentLinkProcessTests {
    static let line = #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"ana","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"glossary:enps","correct":true,"evidence":{"active-listening":true},"ms":5400,"response":"x"}"# + "\n"

    static func team() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("team/ana.jsonl", line)
        return directory
    }

    static func report(_ directory: TemporaryDirectory, output: String, command: [String] = ["report", "--format", "html"]) throws -> BinaryRunner.Output {
        try BinaryRunner.run(command + ["--progress-dir", directory.path + "/team", "--content", Repository.starterPack,
                                        "--lang", "en", "--output", output])
    }

    static func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test(arguments: [["report", "--format", "html"], ["export", "xapi"]])
    func aSymbolicLinkIsNeitherFollowedNorReplaced(command: [String]) throws {
        let directory = try Self.team()
        defer { directory.remove() }
        try directory.write("secret", "keep me\n")
        let output = directory.path + "/team.html"
        #expect(symlink(directory.path + "/secret", output) == 0)
        let result = try Self.report(directory, output: output, command: command)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("runding: cannot write output file '\(output)': is a symbolic link (not followed)"), "\(result.stderr)")
        #expect(Self.kind(output) == S_IFLNK)
        #expect(try String(contentsOfFile: directory.path + "/secret", encoding: .utf8) == "keep me\n")
    }

    /// As root, `--output /dev/null` would have replaced the system's /dev/null: a device made
    /// in a temporary folder stands in for it.
    @Test(.enabled(if: geteuid() == 0, "needs root to make a character device: skipped"))
    func aDeviceIsNotReplaced() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let device = directory.path + "/null"
        #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let result = try Self.report(directory, output: device)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("not a regular file"), "\(result.stderr)")
        #expect(Self.kind(device) == S_IFCHR)
    }

    @Test func anExistingPrivateFileStaysPrivate() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let output = directory.path + "/team.html"
        try directory.write("team.html", "old")
        #expect(chmod(output, 0o600) == 0)
        let result = try Self.report(directory, output: output)
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat(output, &status) == 0 && status.st_mode & 0o7777 == 0o600)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<html"))
    }

    @Test func contentLinksAndFoldersNamedYAMLAreWarnedAboutWithTheirPaths() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let content = directory.path + "/content"
        try FileManager.default.copyItem(atPath: Repository.starterPack, toPath: content)
        #expect(symlink("loop.yaml", content + "/Glossary/loop.yaml") == 0)
        #expect(symlink("missing.yaml", content + "/Dialogues/gone.yaml") == 0)
        #expect(symlink(".", content + "/Glossary/self") == 0)
        try FileManager.default.createDirectory(atPath: content + "/Dialogues/folder.yaml", withIntermediateDirectories: false)
        let check = try BinaryRunner.run(["check", "--content", content, "--lang", "en"])
        let text = check.stdout + check.stderr
        #expect(check.status == 0, "\(text)")
        for expected in [
            "Glossary/loop.yaml:1:1: warning[F013]: symbolic link loop; skipped",
            "Dialogues/gone.yaml:1:1: warning[F013]: dangling symbolic link (its target does not exist); skipped",
            "Glossary/self:1:1: warning[F013]: symbolic link to a folder that contains it (a loop); skipped",
            "Dialogues/folder.yaml:1:1: warning[F013]: a folder, not a YAML file; the .yaml files inside it are read",
        ] {
            #expect(text.contains(expected), "\(expected)\n\(text)")
        }
        // The chat loads the same content and still starts.
        let chat = try BinaryRunner.run(["--content", content, "--learner", "ana", "--progress-dir", directory.path + "/p",
                                         "--lang", "en"], stdin: "/quit\n")
        #expect(chat.status == 0, "\(chat.stderr)")
    }
}
