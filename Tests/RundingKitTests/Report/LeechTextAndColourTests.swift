import Foundation
import Testing
@testable import RundingKit

/// Leeches a trainer can read, and colours a red-green colour-blind manager can read.
@Suite struct LeechTextAndColourTests {
    typealias F = ReportFixtures

    @Test(arguments: [Language.en, .ms])
    func leechesShowTheQuestionAndTheDialogueTitle(language: Language) throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let report = try folder.report(learner: "badrul")
        let quiz = try #require(F.pack.dialogues.first { $0.id == "quiz-enps" })
        let node = try #require(quiz.nodes.first { $0.id == "q2" })
        let description = try #require(report.configuration.itemDescription("quiz-enps/q2", language: language))
        #expect(description.hasPrefix(quiz.title[language] + " — "))
        #expect(description.contains(String(node.say[language].prefix(20))))
        let text = ReportTableWriter(language: language).render(report)
        #expect(text.contains("    " + description))
        let html = ReportHTMLWriter(language: language).render(report)
        #expect(html.contains(ReportHTMLWriter.escape(quiz.title[language])))
        #expect(report.configuration.itemDescription("quiz-enps/none", language: language) == nil)
    }

    @Test func noRedGreenScale() {
        // Low is orange, high is blue: the red and green channels never carry the scale alone.
        #expect(MasteryHeatmap.htmlColour(0) == "rgb(230, 159, 0)")
        #expect(MasteryHeatmap.htmlColour(1) == "rgb(86, 180, 233)")
        #expect(!(0...10).map { MasteryHeatmap.htmlColour(Double($0) / 10) }.contains { $0.hasPrefix("hsl") })
    }

    @Test func colouredHeatmapCellsKeepTheirDigits() throws {
        let report = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))]).report()
        let coloured = ReportTableWriter(language: .en, colour: true, terminal: true).render(report)
        #expect(coloured.contains("badrul    \u{1B}[2m ·\u{1B}[0m \u{1B}[1;38;5;117m 5\u{1B}[0m"))
    }
}

/// The HTML page on a narrow screen, checked in its markup (no browser here).
@Suite struct ReportHTMLLayoutTests {
    typealias F = ReportFixtures

    @Test(arguments: [Language.en, .ms])
    func tablesScrollInTheirBoxAndDatesNeverWrap(language: Language) throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let team = ReportHTMLWriter(language: language).render(try folder.report())
        #expect(team.contains(".scroll { overflow-x: auto; max-width: 100%; }"))
        #expect(team.contains("position: sticky; left: 0"))
        #expect(team.contains("<div class=\"scroll\"><table class=\"cards\">"))
        #expect(team.contains("<td class=\"d\" data-label=\"\(ReportHTMLWriter.escape(ReportStrings.columnLastActive[language]))\">2026-11-10</td>"))
        #expect(team.contains("td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }"))
        let learner = ReportHTMLWriter(language: language).render(try folder.report(learner: "badrul"))
        #expect(learner.contains(language == .en ? "<th>First week</th><th>Latest</th><th>Level</th>"
                                                 : "<th>Minggu pertama</th><th>Terkini</th><th>Tahap</th>"))
        #expect(learner.contains("51% =</td>"))
        #expect(learner.components(separatedBy: "<div class=\"scroll\">").count == learner.components(separatedBy: "</table></div>").count)
    }
}
