import Foundation
import Testing

/// The newer `runding report` options, run as a manager would: width from `COLUMNS`,
/// rosters and teams, item statistics.
@Suite struct ReportOptionsCommandTests {
    typealias R = ReportCommandTests

    @Test func pipedTableFollowsColumns() throws {
        let directory = try R.team()
        defer { directory.remove() }
        let arguments = ["report", "--content", Repository.starterPack, "--progress-dir", directory.path + "/progress",
                         "--now", "2026-12-01T04:00:00Z", "--lang", "en"]
        let wide = try BinaryRunner.run(arguments, environment: R.environment.merging(["COLUMNS": "200"]) { $1 })
        let lines = wide.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 200 })
        #expect(lines.contains { $0.count > 80 })
        #expect(!wide.stdout.contains("Columns left out"))
        let narrow = try BinaryRunner.run(arguments, environment: R.environment)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(narrow.stdout.contains("Columns left out to fit 80 characters"))
        let option = try BinaryRunner.run(arguments + ["--width", "100"], environment: R.environment.merging(["COLUMNS": "200"]) { $1 })
        #expect(option.stdout.contains("Columns left out to fit 100 characters"))
    }

    @Test func skillSummaryAsCSVOnlyAndInTheHelp() throws {
        let directory = try R.team()
        defer { directory.remove() }
        let csv = try R.report(directory, ["--format", "csv", "--by", "skill-summary"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("skill,skill_name,mastered,proficient,familiar,attempted,not_started,mean_p_known,answers,correct,accuracy\r\n"))
        // aisyah: 8 right on one item in one sitting (proficient); badrul: 1 wrong (attempted).
        #expect(csv.stdout.contains("\r\nemployee-feedback,Employee feedback,0,1,0,1,0,0.5887,9,8,0.8889\r\n"))
        let json = try R.report(directory, ["--format", "json", "--by", "skill-summary"])
        #expect(json.status == 64)
        #expect(json.stderr.contains("--by skill-summary: only with --format csv / hanya dengan --format csv"))
        let help = try BinaryRunner.run(["report", "--help"])
        #expect(help.stdout.contains("per skill for the team"))
        #expect(help.stdout.contains("setiap kemahiran bagi pasukan"))
    }
}
