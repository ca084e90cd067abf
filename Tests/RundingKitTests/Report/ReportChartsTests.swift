import Foundation
import Testing
@testable import RundingKit

/// The HTML report's SVG charts: titled, numbers printed, colour-blind-safe colours.
@Suite struct ReportChartsTests {
    typealias F = ReportFixtures

    @Test(arguments: [Language.en, .ms])
    func teamPageHasItsChartsAndLearnerSections(language: Language) throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul"))])
        let html = ReportHTMLWriter(language: language).render(try folder.report())
        #expect(html.contains("<title>\(ReportHTMLWriter.escape(ReportStrings.chartTeamMastery[language]))</title>"))
        #expect(html.contains("<title>\(ReportHTMLWriter.escape(ReportStrings.chartTeamAnswers[language]))</title>"))
        // Two team charts and one strip per learner.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4)
        #expect(html.components(separatedBy: "<svg ").dropFirst().allSatisfy { $0.contains("role=\"img\"") && $0.contains("><title>") })
        // Employee feedback: aisyah mastered (blue, count 1), badrul familiar (yellow, count 1).
        #expect(html.contains("fill=\"#0072B2\"><title>\(SkillLevel.mastered.name[language]): 1</title></rect>"))
        #expect(html.contains("fill=\"#F0E442\"><title>\(SkillLevel.familiar.name[language]): 1</title></rect>"))
        #expect(!html.contains("#FF0000") && !html.contains("#00FF00"))
        // The team's 28 days: 10 answers on 30 November (aisyah), labelled on its bar.
        #expect(html.contains("<title>2026-11-30: 10</title></rect>"))
        #expect(html.contains("<section class=\"learner\" id=\"learner-badrul\">"))
    }

    @Test func learnerPageDrawsActivityInsteadOfATableOfNumbers() throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let html = ReportHTMLWriter(language: .en).render(try folder.report(learner: "badrul"))
        #expect(html.contains("<title>Answers per day, last 4 weeks</title>"))
        #expect(!html.contains("<tr><td class=\"d\">2026-11-04</td>"))
        #expect(!html.contains("section class=\"learner\""))
    }

    @Test func anchorsAreUnique() throws {
        let folder = try TeamFolder(["a.b.jsonl": F.log(F.steady("a.b")), "a-b.jsonl": F.log(F.steady("a-b"))])
        let anchors = ReportHTMLWriter.learnerAnchors(try folder.report(sort: .name))
        #expect(Set(anchors.values) == ["learner-a-b", "learner-a-b-2"])
    }
}
