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
