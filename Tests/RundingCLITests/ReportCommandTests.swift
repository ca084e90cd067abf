import Foundation
import Testing

/// `runding report` and `runding export xapi`, run as a manager would.
@Suite struct ReportCommandTests {
    static let session = "3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d"
    static let environment = ["TZ": "Asia/Kuala_Lumpur"]

    static func answer(_ learner: String, _ at: String, correct: Bool = true, item: String = "quiz-enps/q1") -> String {
        #"{"v":1,"at":"\#(at)","learner":"\#(learner)","session":"\#(session)","type":"answer","item":"\#(item)","correct":\#(correct),"evidence":{"employee-feedback":\#(correct)},"ms":5400,"response":"promoter"}"#
    }

    /// Two learners, a malformed line and a symbolic link.
    static func team() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("progress/aisyah.jsonl", (0..<8).map { answer("aisyah", "2026-11-30T02:0\($0):00.000Z") }.joined(separator: "\n") + "\n")
        try directory.write("progress/badrul.jsonl", answer("badrul", "2026-11-10T02:00:00.000Z", correct: false) + "\nnot json\n")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/progress/link.jsonl", withDestinationPath: "/etc/passwd")
        return directory
    }

    static func report(_ directory: TemporaryDirectory, _ arguments: [String]) throws -> BinaryRunner.Output {
        try BinaryRunner.run(["report", "--content", Repository.starterPack, "--progress-dir", directory.path + "/progress",
                              "--now", "2026-12-01T04:00:00Z", "--lang", "en"] + arguments, environment: environment)
    }

    @Test func tableWithWarningsOnStandardError() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let piped = try Self.report(directory, [])
        #expect(piped.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let result = try Self.report(directory, ["--width", "200"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Team progress: 2 learners\nGenerated 2026-12-01 12:00 (UTC+08:00)\n"))
        #expect(result.stdout.contains("badrul        0/2  Employee feedback 17%        0%        1  0 min  2026-11-10"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stderr == """
            runding: \(directory.path)/progress/link.jsonl: symbolic link skipped (not followed)
            runding: \(directory.path)/progress/badrul.jsonl:2: not valid JSON: unexpected character at column 1; line skipped

            """)
    }

    @Test(arguments: [("csv", "learner,skills_mastered"), ("json", "{\"generated_at\":\"2026-12-01T04:00:00.000Z\""),
                      ("html", "<!DOCTYPE html>")])
    func formats(format: String, prefix: String) throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let result = try Self.report(directory, ["--format", format, "--sort", "name"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(prefix))
        #expect(result.stdout.contains("aisyah"))
    }

    @Test func learnerViewAndMissingLearner() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let view = try Self.report(directory, ["--learner", "aisyah", "--since", "2026-11-30"])
        #expect(view.status == 0)
        #expect(view.stdout.hasPrefix("Learner progress: aisyah (aisyah.jsonl)\n"))
        #expect(view.stdout.contains("Activity since 2026-11-30 00:00 (UTC+08:00)"))
        #expect(view.stderr == "")
        let missing = try Self.report(directory, ["--learner", "nobody"])
        #expect(missing.status == 1)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "runding: no progress file 'nobody.jsonl' in '\(directory.path)/progress'.\n")
    }

    @Test func outputFileIsWrittenWhole() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let path = directory.path + "/team.csv"
        let result = try Self.report(directory, ["--format", "csv", "--by", "skill", "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("learner,skill,skill_name,p_known"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["progress", "team.csv"])
    }

    @Test(arguments: [
        (["--output", "/nonexistent/runding/report.html"], Int32(73), "runding: cannot write output file '/nonexistent/runding/report.html': no such file or directory\n"),
        (["--output", "/"], 73, "runding: cannot write output file '/': is a directory\n"),
        (["--since", "yesterday"], 64, "--since: 'yesterday'"),
        (["--format", "json", "--by", "skill"], 64, "--by skill: only with --format csv"),
        (["--sort", "height"], 64, "height"),
        (["--learner", "../etc/passwd"], 64, "--learner"),
        (["--width", "20"], 64, "--width: '20' — use 40 to 1000 / gunakan 40 hingga 1000"),
        (["--overdue-threshold", "lots"], 64, "--overdue-threshold: 'lots' — use N, P% or N,P% (e.g. 5,20%) / gunakan N, P% atau N,P% (cth. 5,20%)"),
    ])
    func usageAndOutputErrors(arguments: [String], status: Int32, message: String) throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let result = try Self.report(directory, arguments)
        #expect(result.status == status)
        #expect(result.stdout == "")
        #expect(result.stderr.contains(message))
    }

    @Test func unreadableDirectoryExits74InMalay() throws {
        let result = try BinaryRunner.run(["report", "--content", Repository.starterPack, "--progress-dir", "/nonexistent/team"])
        #expect(result.status == 74)
        #expect(result.stderr == "runding: direktori kemajuan '/nonexistent/team' tidak ditemui atau bukan direktori.\n")
    }

    @Test func xapiExportIsRepeatable() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let arguments = ["export", "xapi", "--content", Repository.starterPack, "--progress-dir", directory.path + "/progress",
                         "--homepage", "https://lms.example.com", "--lang", "en"]
        let first = try BinaryRunner.run(arguments, environment: Self.environment)
        #expect(first.status == 0)
        let lines = first.stdout.split(separator: "\n")
        // aisyah: 8 answered (one sitting, one item: proficient, never mastered); badrul: 1 answered.
        #expect(lines.count == 9)
        #expect(!first.stdout.contains("verbs/mastered"))
        for line in lines {
            let statement = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(statement["version"] as? String == "1.0.3")
        }
        #expect(first.stderr.contains("link.jsonl: symbolic link skipped (not followed)"))
        let path = directory.path + "/statements.jsonl"
        let second = try BinaryRunner.run(arguments + ["--output", path], environment: Self.environment)
        #expect(second.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first.stdout)
        let one = try BinaryRunner.run(arguments + ["--learner", "aisyah"], environment: Self.environment)
        #expect(one.stdout.split(separator: "\n").count == 8)
        #expect(one.stderr == "")
    }

    @Test func xapiErrors() throws {
        let directory = try Self.team()
        defer { directory.remove() }
        let base = ["export", "xapi", "--content", Repository.starterPack, "--progress-dir", directory.path + "/progress", "--lang", "en"]
        let badHomepage = try BinaryRunner.run(base + ["--homepage", "lms.example.com"])
        #expect(badHomepage.status == 64)
        #expect(badHomepage.stderr.contains("--homepage: 'lms.example.com' — use an http:// or https:// address"))
        let unwritable = try BinaryRunner.run(base + ["--output", "/nonexistent/x.jsonl"])
        #expect(unwritable.status == 73)
        let missing = try BinaryRunner.run(base + ["--learner", "nobody"])
        #expect(missing.status == 1)
    }

    @Test func helpListsTheNewCommands() throws {
        let help = try BinaryRunner.run(["--help"])
        #expect(help.stdout.contains("report"))
        #expect(help.stdout.contains("export"))
        #expect(help.stdout.contains("73  output file cannot be written (--output)"))
        let report = try BinaryRunner.run(["report", "--help"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("--sort <order>"))
        #expect(report.stdout.contains("--overdue-threshold <N,P%>"))
    }
}
