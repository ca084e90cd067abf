import Foundation
import Testing
@testable import RundingKit

/// Rosters: parsing with bad rows, and the team view grouped by team.
@Suite struct RosterTests {
    typealias F = ReportFixtures

    @Test func readsRowsAndReportsBadOnesByLine() {
        let text = "\u{FEFF}learner,team,manager\r\naisyah,North,Siti\r\n\r\nbadrul,\"South, East\",\"Raj \"\"R\"\"\"\r\n"
            + "lonely\r\n,North\r\ncarmen,\r\naisyah,South\r\nx,y,z,w\r\nsl/ash,North\r\n\"multi\nline\",North\r\ndina , North \r\n"
        let roster = Roster.parse(text, path: "team/roster.csv")
        #expect(roster.entries == [
            Roster.Entry(learner: "aisyah", team: "North", manager: "Siti"),
            Roster.Entry(learner: "badrul", team: "South, East", manager: "Raj \"R\""),
            Roster.Entry(learner: ReportText.safe("multi\nline", limit: 64), team: "North"),
            Roster.Entry(learner: "dina", team: "North"),
        ])
        #expect(!roster.entries[2].learner.contains("\n"))
        #expect(roster.entry("badrul")?.manager == "Raj \"R\"")
        #expect(roster.entry("dina") == Roster.Entry(learner: "dina", team: "North"))
        #expect(roster.warnings.map { $0.text(.en) } == [
            "team/roster.csv:5: roster row has 1 cell, expected learner,team[,manager]; skipped",
            "team/roster.csv:6: learner name is empty or contains '/'; row skipped",
            "team/roster.csv:7: no team for 'carmen'; row skipped",
            "team/roster.csv:8: 'aisyah' already on line 2; this row skipped",
            "team/roster.csv:9: roster row has 4 cells, expected learner,team[,manager]; skipped",
            "team/roster.csv:10: learner name is empty or contains '/'; row skipped",
        ])
        #expect(roster.warnings[0].text(.ms) == "team/roster.csv:5: baris senarai nama mempunyai 1 sel, perlu pelajar,pasukan[,pengurus]; dilangkau")
        // A row after a quoted line break keeps its own line number.
        #expect(Roster.parse("a,T\n\"b\nc\",T\nd\n", path: "r").warnings.map(\.line) == [4])
    }

    @Test(arguments: ["learner,team\n", "Pelajar,Pasukan,Pengurus\n", ""])
    func aHeaderRowIsOptional(header: String) {
        let roster = Roster.parse(header + "aisyah,North\n", path: "r.csv")
        #expect(roster.entries == [Roster.Entry(learner: "aisyah", team: "North")])
        #expect(roster.warnings.isEmpty)
    }

    static func report(team: String? = nil) throws -> TeamReport {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul")),
                                     "ezra.jsonl": F.log(F.steady("ezra"))])
        let roster = Roster.parse("aisyah,North,Siti\nbadrul,South\nfarid,North\n", path: "roster.csv")
        return try folder.report().applying(roster, team: team, sort: .attention)
    }

    @Test func groupsByTeamWithMissingLogsAndUnassigned() throws {
        let report = try Self.report()
        let groups = report.groups
        #expect(groups.map(\.team) == ["North", "South", nil])
        #expect(groups.map { $0.learners.map(\.learner) } == [["farid", "aisyah"], ["badrul"], ["ezra"]])
        #expect(groups[0].manager == "Siti" && groups[1].manager == nil)
        // farid is in the roster without a log: no activity, first of his team.
        let farid = try #require(report.learners.first { $0.learner == "farid" })
        #expect(report.attention(farid) == [.noActivity])
        #expect(report.learners.map(\.learner) == ["farid", "aisyah", "badrul", "ezra"])
        #expect(groups[0].heading(.en) == "Team North · manager Siti · 2 learners")
        #expect(groups[0].heading(.ms) == "Pasukan North · pengurus Siti · 2 pelajar")
        #expect(groups[2].heading(.en) == "Unassigned (not in the roster) · 1 learner")
        #expect(groups[2].heading(.ms) == "Tanpa pasukan (tiada dalam senarai nama) · 1 pelajar")
        #expect(groups.map(\.anchor) == ["team-north", "team-south", "team-unassigned"])
    }

    @Test func teamKeepsOnlyItsLearners() throws {
        let report = try Self.report(team: "North")
        #expect(report.learners.map(\.learner) == ["farid", "aisyah"])
        #expect(report.groups.count == 1)
        #expect(try Self.report(team: "Nowhere").learners.isEmpty)
    }

    @Test(arguments: [Language.en, .ms])
    func everyFormatNamesTheTeam(language: Language) throws {
        let report = try Self.report()
        for width in [80, 100, 160] {
            let text = ReportTableWriter(language: language, width: width).render(report)
            let lines = text.split(separator: "\n").map(String.init)
            for line in lines { #expect(line.count <= width) }
            let north = try #require(lines.firstIndex { $0.hasPrefix("▸ " + report.groups[0].heading(language)) })
            let south = try #require(lines.firstIndex { $0.hasPrefix("▸ " + report.groups[1].heading(language)) })
            let unassigned = try #require(lines.firstIndex { $0.hasPrefix("▸ " + report.groups[2].heading(language)) })
            #expect(north < south && south < unassigned)
            #expect(lines[north + 1].hasPrefix("farid ") && lines[south + 1].hasPrefix("badrul ") && lines[unassigned + 1].hasPrefix("ezra "))
        }
        let html = ReportHTMLWriter(language: language).render(report)
        #expect(html.contains("<h2 id=\"team-north\">\(ReportHTMLWriter.escape(report.groups[0].heading(language)))</h2>"))
        #expect(html.contains("<h2 id=\"team-unassigned\">"))
        #expect(html.components(separatedBy: "<div class=\"scroll\"><table class=\"cards\">").count == 4)
    }

    @Test func jsonAndCSVCarryTeamAndManager() throws {
        let report = try Self.report()
        let json = ReportJSONWriter(language: .en).render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let learners = try #require(object["learners"] as? [[String: Any]])
        #expect(learners.map { $0["team"] as? String } == ["North", "North", "South", nil])
        #expect(learners[1]["manager"] as? String == "Siti" && learners[2]["manager"] is NSNull)
        let csv = ReportCSVWriter().render(report).components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",learner_guarded,team,manager"))
        #expect(csv[2].hasPrefix("aisyah,") && csv[2].hasSuffix(",false,North,Siti"))
        #expect(csv[4].hasPrefix("ezra,") && csv[4].hasSuffix(",false,,"))
    }

    @Test func rosterWarningsComeFirstAndAreCounted() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah"))])
        let report = try folder.report().applying(Roster.parse("aisyah\n", path: "r.csv"), sort: .name)
        #expect(report.warnings.first?.text(.en) == "r.csv:1: roster row has 1 cell, expected learner,team[,manager]; skipped")
        #expect(report.warningCount == 1)
        #expect(report.groups.map(\.team) == [nil])
    }

    @Test func unreadableRosterThrows() {
        #expect(throws: ProgressFileError.self) { try Roster.read(path: "/nonexistent/roster.csv") }
        #expect(throws: ProgressFileError.self) { try Roster.read(path: "/") }
    }
}
