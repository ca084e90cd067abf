import Foundation
import Testing
@testable import RundingKit

/// Progress files are untrusted: a learner can edit theirs. None of this may stop a report or
/// reach the manager's terminal raw.
@Suite struct HostileFileTests {
    typealias F = ReportFixtures

    static let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"

    /// A log whose learner, item, response, skill, dialogue and outcome all hold escape sequences.
    static var hostileLog: [UInt8] {
        F.log([
            F.answer("2026-11-30T02:00:00.000Z", learner: "mallory" + escape, item: "=HYPERLINK(\"x\")" + escape,
                     skills: ["employee-feedback", "evil" + escape], response: "@SUM(1)" + escape),
            F.dialogueEnd("2026-11-30T02:01:00.000Z", learner: "eve", dialogue: "rp" + escape,
                          outcome: "deal" + escape, score: 0.5),
        ] + (0..<4).map { _ in F.answer("2026-11-30T02:02:00.000Z", learner: "eve", item: "-1+1" + escape, correct: false) })
    }

    static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || ($0.value < 0x20 && $0 != "\n" && $0 != "\r") }
    }

    @Test func symlinksDirectoriesAndPipesAreSkippedWithWarnings() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), ".hidden.jsonl": [], "notes.txt": []])
        try FileManager.default.createSymbolicLink(atPath: folder.directory.file("link.jsonl"), withDestinationPath: folder.directory.file("aisyah.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder.directory.file("passwd.jsonl"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createDirectory(atPath: folder.directory.file("x.jsonl"), withIntermediateDirectories: false)
        #expect(mkfifo(folder.directory.file("pipe.jsonl"), 0o600) == 0)
        let report = try folder.report()
        #expect(report.learners.map(\.learner) == ["aisyah"])
        let warnings = report.warnings.map { $0.text(.en).replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(warnings == [
            "link.jsonl: symbolic link skipped (not followed)",
            "passwd.jsonl: symbolic link skipped (not followed)",
            "pipe.jsonl: not a regular file (pipe, socket or device); skipped",
            "x.jsonl: directory skipped (not a regular file)",
        ])
        #expect(report.warnings[0].text(.ms).hasSuffix("pautan simbolik dilangkau (tidak diikut)"))
    }

    @Test func aSymlinkSwappedInAfterListingIsNotFollowed() throws {
        let folder = try TeamFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.directory.file("late.jsonl"), withDestinationPath: "/etc/passwd")
        let result = LearnerSummarizer(configuration: F.configuration())
            .summarize(ProgressFile(path: folder.directory.file("late.jsonl"), stem: "late"))
        guard case .failure(let failure) = result else {
            Issue.record("a symbolic link was read")
            return
        }
        #expect(failure.warning.message.en == "symbolic link skipped (not followed)")
    }

    @Test func malformedLinesAreReportedAsFileAndLine() throws {
        var bytes = F.log([F.answer("2026-11-30T02:00:00.000Z")])
        bytes += Array("not json\n{\"v\":1}\n".utf8)
        bytes += [0xFF, 0xFE, 0x0A]  // invalid UTF-8
        bytes += Array(repeating: UInt8(ascii: "x"), count: ProgressLogReader.maximumLineLength + 10) + [0x0A]
        bytes += F.log([F.answer("2026-11-30T02:01:00.000Z")])
        let folder = try TeamFolder(["aisyah.jsonl": bytes])
        let report = try folder.report()
        let learner = try #require(report.learners.first)
        #expect(learner.answers == 2)
        #expect(learner.warningCount == 4)
        #expect(report.warnings.map(\.line) == [2, 3, 4, 5])
        #expect(report.warnings.allSatisfy { $0.path == folder.directory.file("aisyah.jsonl") })
        #expect(report.warnings[3].message.en == "line longer than 1 MiB skipped")
        #expect(report.attention(learner).contains(.fileProblems))
    }

    @Test func oneBadFileNeverStopsTheOthers() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "broken.jsonl": Array("{{{{\n\u{0}\u{0}".utf8),
                                     "locked.jsonl": F.log(F.steady("locked"))])
        #expect(chmod(folder.directory.file("locked.jsonl"), 0) == 0)
        let report = try folder.report(sort: .name)
        let readable = getuid() == 0  // root reads a file of mode 0
        #expect(report.learners.map(\.learner) == (readable ? ["aisyah", "broken", "locked"] : ["aisyah", "broken"]))
        #expect(report.learners[1].answers == 0)
        #expect(report.learners[1].warningCount == 2)
    }

    @Test func theNameShownIsTheFileNameAndAMismatchIsReported() throws {
        let events = F.steady("aisyah") + [F.answer("2026-11-30T03:00:00.000Z", learner: "mallory" + Self.escape)]
        let folder = try TeamFolder(["aisyah.jsonl": F.log(events)])
        let report = try folder.report()
        #expect(report.learners.map(\.learner) == ["aisyah"])
        #expect(report.learners[0].answers == 12)
        let warning = try #require(report.warnings.first)
        #expect(warning.line == 15)
        #expect(warning.message.en == "event for learner '\(TerminalSafeText.clean("mallory" + Self.escape))' in the file of 'aisyah' (1 event); counted as 'aisyah'")
        #expect(!Self.containsControl(warning.text(.en)))
    }

    @Test func absurdValuesAreClamped() throws {
        let line = #"{"v":1,"at":"9999-12-31T23:59:59.999Z","learner":"aisyah","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"dialogue_end","dialogue":"rp-quiet-buyer","outcome":"deal","score":1e308}"#
        let answer = #"{"v":1,"at":"2026-11-30T02:00:00.000Z","learner":"aisyah","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"x","correct":true,"evidence":{},"ms":-99999999999,"response":""}"#
        let folder = try TeamFolder(["aisyah.jsonl": Array((answer + "\n" + line + "\n").utf8)])
        let report = try folder.report()
        let learner = try #require(report.learners.first)
        #expect(learner.lastActive == F.now)
        #expect(learner.roleplayBestScore == 1)
        #expect(report.warnings.contains { $0.message.en == "1 event dated in the future; 'last active' capped at now" })
        for format in Self.allFormats(report) { #expect(!format.contains("9999-12-31")) }
    }

    @Test func tooManySkillsAreCappedWithAWarning() throws {
        let events = (0..<100).map { F.answer("2026-11-30T02:00:00.000Z", skills: ["s\($0)"]) }
        let folder = try TeamFolder(["aisyah.jsonl": F.log(events)])
        let report = try folder.report()
        #expect(report.skills.count == 2 + LearnerSummarizer.maximumExtraSkills)
        #expect(report.warnings.contains { $0.message.en == "68 more skills not in the catalogue ignored" })
    }

    static func allFormats(_ report: TeamReport) -> [String] {
        [ReportTableWriter(language: .en).render(report),
         ReportTableWriter(language: .en, colour: true, terminal: true).render(report),
         ReportCSVWriter().render(report), ReportCSVWriter(rows: .skill).render(report),
         ReportJSONWriter(language: .en).render(report), ReportHTMLWriter(language: .ms).render(report)]
    }

    @Test func noEscapeSequenceFromAFileReachesAnyFormat() throws {
        let folder = try TeamFolder(["eve\u{1B}[31m.jsonl": Self.hostileLog, "aisyah.jsonl": F.log(F.steady("aisyah"))])
        for learner in [nil, "eve\u{1B}[31m"] {
            let report = try folder.report(learner: learner)
            #expect(report.learners.contains { $0.learner == "eve\u{FFFD}[31m" })
            for (index, text) in Self.allFormats(report).enumerated() {
                let withoutOwnColours = index == 1
                    ? text.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression) : text
                #expect(!Self.containsControl(withoutOwnColours), "format \(index)")
                #expect(!text.contains("pwned\u{07}"))
            }
            for warning in report.warnings { #expect(!Self.containsControl(warning.text(.en))) }
        }
        let statements = try #require(try XAPIExporter(configuration: F.configuration(), homepage: "https://lms.example.com")?
            .statements(for: ProgressFile(path: folder.directory.file("eve\u{1B}[31m.jsonl"), stem: "eve\u{1B}[31m")).get())
        #expect(!Self.containsControl(statements.text.replacingOccurrences(of: "\n", with: "")))
        #expect(!statements.text.contains("\\u001b"))
    }
}
