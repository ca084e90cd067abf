import Foundation
import Testing

/// Issue 16, item 5 with a real second user: in a shared folder, a squatter's `carol.jsonl`
/// is refused by carol's chat and warned about (and read) by the manager's report. Needs root
/// to create the users; skipped otherwise.
@Suite(.serialized) struct SecondUserProcessTests {
    static func run(_ command: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func userID(_ name: String) -> uid_t? {
        getpwnam(name).map { $0.pointee.pw_uid }
    }

    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
                   "needs root and useradd to create a second user: skipped"))
    func aLogPlantedByAnotherUserIsRefusedByTheChatAndWarnedAboutByTheReport() throws {
        let suffix = String(UInt32.random(in: 0..<1_000_000))
        let learner = "rdcarol" + suffix
        let squatter = "rdsquat" + suffix
        for name in [learner, squatter] {
            #expect(Self.run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", name]) == 0)
        }
        defer { for name in [learner, squatter] { _ = Self.run("/usr/sbin/userdel", [name]) } }
        let uid = try #require(Self.userID(squatter))

        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.path + "/\(learner).jsonl"
        try directory.write("\(learner).jsonl",
            #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"\#(learner)","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"glossary:enps","correct":true,"evidence":{"active-listening":true},"ms":5400,"response":"x"}"# + "\n")
        #expect(chown(log, uid, getegid()) == 0 && chmod(log, 0o666) == 0)

        let report = try BinaryRunner.run(["report", "--progress-dir", directory.path, "--content", Repository.starterPack,
                                           "--lang", "en", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("\(log): owned by another user (\(squatter), uid \(uid)), not \(learner): someone else may have written or cut this log; read all the same"), "\(report.stderr)")
        #expect(report.stderr.contains("\(log): can be written by other users (mode 666)"), "\(report.stderr)")
        #expect(report.stdout.contains(#""answers_in_log":1"#), "\(report.stdout.prefix(400))")

        // Here the chat runs as root, the learner's owner being the squatter: refused, not written.
        let chat = try BinaryRunner.run(["--learner", learner, "--progress-dir", directory.path, "--content", Repository.starterPack,
                                         "--lang", "en"], stdin: "/quit\n")
        #expect(chat.status == 0)
        #expect((chat.stdout + chat.stderr).contains("belongs to another user (uid \(uid))"), "\(chat.stdout)\n\(chat.stderr)")
        let after = try String(contentsOfFile: log, encoding: .utf8)
        #expect(after.split(separator: "\n").count == 1)
    }
}
