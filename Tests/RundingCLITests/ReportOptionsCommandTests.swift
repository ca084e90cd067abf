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

    @Test func rosterGroupsFiltersAndReportsBadRows() throws {
        let directory = try R.team()
        defer { directory.remove() }
        let roster = directory.path + "/roster.csv"
        try "learner,team,manager\naisyah,North,Siti\nfarid,North\nbad row\n".write(toFile: roster, atomically: true, encoding: .utf8)
        let grouped = try R.report(directory, ["--roster", roster, "--width", "120"])
        #expect(grouped.status == 0)
        #expect(grouped.stdout.contains("\n▸ Team North · manager Siti · 2 learners\nfarid "))
        #expect(grouped.stdout.contains("\n▸ Unassigned (not in the roster) · 1 learner\nbadrul "))
        #expect(grouped.stderr.contains("runding: \(roster):4: roster row has 1 cell, expected learner,team[,manager]; skipped\n"))
        let north = try R.report(directory, ["--roster", roster, "--team", "North", "--format", "csv"])
        #expect(north.status == 0)
        #expect(north.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.prefix { $0 != "," } } == ["farid", "aisyah"])
        let malay = try BinaryRunner.run(["report", "--content", Repository.starterPack, "--progress-dir", directory.path + "/progress",
                                          "--now", "2026-12-01T04:00:00Z", "--lang", "ms", "--roster", roster, "--team", "Tiada"])
        #expect(malay.status == 1)
        #expect(malay.stderr.contains("runding: tiada pelajar dalam pasukan 'Tiada' dalam senarai nama.\n"))
        #expect(malay.stderr.contains("roster.csv:4: baris senarai nama mempunyai 1 sel"))
    }

    @Test(arguments: [
        (["--team", "North"], Int32(64), "--team: needs --roster FILE / perlu --roster FAIL"),
        (["--roster", "/nonexistent/roster.csv"], 74, "runding: cannot read roster '/nonexistent/roster.csv': no such file or directory"),
        (["--roster", "/"], 74, "runding: cannot read roster '/': "),
        (["--roster", "/dev/null", "--team", "x", "--learner", "aisyah"], 64, "--team: not with --learner"),
    ])
    func rosterErrors(arguments: [String], status: Int32, message: String) throws {
        let directory = try R.team()
        defer { directory.remove() }
        let result = try R.report(directory, arguments)
        #expect(result.status == status)
        #expect(result.stdout == "")
        #expect(result.stderr.contains(message))
    }

    @Test func helpDescribesRosterAndTeamInBothLanguages() throws {
        let help = try BinaryRunner.run(["report", "--help"])
        #expect(help.stdout.contains("--roster <file>") && help.stdout.contains("--team <name>"))
        #expect(help.stdout.contains("pelajar,pasukan[,pengurus]: paparan pasukan"))
        #expect(help.stdout.contains("Hanya pasukan ini dalam senarai nama"))
    }

    @Test func itemStatisticsInEveryFormat() throws {
        let fixture = Repository.root + "/Tests/RundingKitTests/Fixtures/items/team"
        let base = ["report", "--content", Repository.starterPack, "--progress-dir", fixture, "--now", "2026-12-01T04:00:00Z", "--items"]
        let table = try BinaryRunner.run(base + ["--lang", "ms"], environment: R.environment)
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("Statistik soalan\n"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let csv = try BinaryRunner.run(base + ["--lang", "en", "--format", "csv"], environment: R.environment)
        #expect(csv.stdout.contains("\r\nquiz-enps/q2,quiz-enps,"))
        let json = try BinaryRunner.run(base + ["--lang", "en", "--format", "json"], environment: R.environment)
        #expect(json.stdout.contains(#""item":"quiz-enps/q1","dialogue":"quiz-enps","title":"eNPS quiz""#))
        let html = try BinaryRunner.run(base + ["--lang", "en", "--format", "html"], environment: R.environment)
        #expect(html.stdout.contains("<h1>Question statistics</h1>"))
        let bad = try BinaryRunner.run(base + ["--format", "csv", "--by", "skill"], environment: R.environment)
        #expect(bad.status == 64 && bad.stderr.contains("--by: not with --items / tidak boleh bersama --items"))
        let help = try BinaryRunner.run(["report", "--help"])
        #expect(help.stdout.contains("--items") && help.stdout.contains("Statistik soalan: cubaan, kemudahan"))
    }
}
