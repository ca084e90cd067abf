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
}
