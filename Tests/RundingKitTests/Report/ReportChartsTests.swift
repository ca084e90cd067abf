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
        // Two team charts, then per learner mastery over time and an activity strip.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        #expect(html.contains("<title>aisyah: \(ReportHTMLWriter.escape(ReportStrings.chartMasteryOverTime[language]))</title>"))
        #expect(html.components(separatedBy: "<svg ").dropFirst().allSatisfy { $0.contains("role=\"img\"") && $0.contains("><title>") })
        // Employee feedback: aisyah mastered (blue, count 1), badrul familiar (yellow, count 1).
        #expect(html.contains("fill=\"#0072B2\"><title>\(SkillLevel.mastered.name[language]): 1</title></rect>"))
        #expect(html.contains("fill=\"#F0E442\"><title>\(SkillLevel.familiar.name[language]): 1</title></rect>"))
        #expect(!html.contains("#FF0000") && !html.contains("#00FF00"))
        // The team's 56 days: 10 answers on 30 November (aisyah), labelled on its bar.
        #expect(html.contains("<title>2026-11-30: 10</title></rect>"))
        #expect(html.contains("<section class=\"learner\" id=\"learner-badrul\">"))
    }

    @Test func learnerPageDrawsActivityInsteadOfATableOfNumbers() throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let html = ReportHTMLWriter(language: .en).render(try folder.report(learner: "badrul"))
        #expect(html.contains("<title>Answers per day, last 8 weeks</title>"))
        #expect(!html.contains("<tr><td class=\"d\">2026-11-04</td>"))
        #expect(!html.contains("section class=\"learner\""))
    }

    @Test(arguments: [Language.en, .ms])
    func learnerPageDrawsMasteryOverTime(language: Language) throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul") + F.steady("badrul"))])
        let report = try folder.report(learner: "badrul")
        let html = ReportHTMLWriter(language: language).render(report)
        let skill = try #require(report.learners.first?.skills["employee-feedback"])
        let chart = try #require(html.components(separatedBy: "<svg ").first {
            $0.contains("<title>\(ReportHTMLWriter.escape(ReportStrings.chartMasteryOverTime[language]))</title>")
        })
        // One row per skill with evidence (employee feedback, active listening), named.
        #expect(chart.components(separatedBy: "<polyline ").count - 1 == 1)
        #expect(chart.contains(ReportHTMLWriter.escape(F.pack.skills.first { $0.id == "employee-feedback" }!.name[language])))
        // A dot per week from 10 November, each with its date and value; the latest printed with its trend.
        #expect(chart.components(separatedBy: "<circle ").count - 1 == 4 + 1)
        #expect(chart.contains("<title>2026-11-10: \(ReportFigures.knowledgePercent(skill.weekly[4]))</title></circle>"))
        #expect(chart.contains("<title>2026-12-01: \(ReportFigures.knowledgePercent(skill.pKnown))</title></circle>"))
        #expect(chart.contains(">\(ReportFigures.knowledgePercent(skill.pKnown)) ↑"))
    }

    @Test func anchorsAreUnique() throws {
        let folder = try TeamFolder(["a.b.jsonl": F.log(F.steady("a.b")), "a-b.jsonl": F.log(F.steady("a-b"))])
        let anchors = ReportHTMLWriter.learnerAnchors(try folder.report(sort: .name))
        #expect(Set(anchors.values) == ["learner-a-b", "learner-a-b-2"])
    }
}
