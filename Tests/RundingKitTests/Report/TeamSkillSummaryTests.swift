import Foundation
import Testing
@testable import RundingKit

/// The per-skill team summary, counted by hand from the fixtures, in every format.
@Suite struct TeamSkillSummaryTests {
    typealias F = ReportFixtures

    /// aisyah: both skills mastered, 11 right answers on each; badrul: employee feedback only,
    /// 12 answers of which 3 right, familiar; carmen: an empty file.
    static func folder() throws -> TeamFolder {
        try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul")),
                        "carmen.jsonl": []])
    }

    static func summary(_ report: TeamReport, _ id: String) throws -> TeamSkillSummary {
        try #require(TeamSkillSummary.summaries(report).first { $0.skill.id == id })
    }

    @Test func countsLearnersAtEachLevelAndTheirAnswers() throws {
        let report = try Self.folder().report()
        let feedback = try Self.summary(report, "employee-feedback")
        #expect(feedback.count(.mastered) == 1 && feedback.count(.familiar) == 1 && feedback.count(.notStarted) == 1)
        #expect(feedback.count(.proficient) == 0 && feedback.count(.attempted) == 0)
        #expect(feedback.answers == 23 && feedback.correct == 14)
        #expect(abs((feedback.accuracy ?? 0) - 14.0 / 23.0) < 1e-12)
        // Over the two learners with evidence only: carmen's L0 does not pull it down.
        let aisyah = try #require(report.learners.first { $0.learner == "aisyah" }?.skills["employee-feedback"]?.pKnown)
        let badrul = try #require(report.learners.first { $0.learner == "badrul" }?.skills["employee-feedback"]?.pKnown)
        #expect(feedback.meanPKnown == (aisyah + badrul) / 2)
        let listening = try Self.summary(report, "active-listening")
        #expect(listening.count(.mastered) == 1 && listening.count(.notStarted) == 2)
        #expect(listening.answers == 11 && listening.correct == 11)
        #expect(TeamSkillSummary.summaries(report).map(\.skill.id) == report.skills.map(\.id))
    }

    @Test func answersFollowTheReportsPeriod() throws {
        // From 30 November (local): aisyah's ten answers that day count, her one of the 29th and
        // all of badrul's (10 November) do not; levels still replay the whole log.
        let report = try Self.folder().report(since: F.time("2026-11-29T16:00:00.000Z"))
        let feedback = try Self.summary(report, "employee-feedback")
        #expect(feedback.answers == 10 && feedback.correct == 10)
        #expect(feedback.count(.familiar) == 1)
    }

    @Test func aSkillWithoutEvidenceHasNoMean() throws {
        let report = try TeamFolder(["carmen.jsonl": []]).report()
        let summary = try Self.summary(report, "employee-feedback")
        #expect(summary.meanPKnown == nil && summary.accuracy == nil && summary.count(.notStarted) == 1)
    }

    @Test(arguments: [Language.en, .ms])
    func tableShowsTheSummaryWithinTheWidth(language: Language) throws {
        let report = try Self.folder().report()
        for width in [80, 100, 160] {
            let text = ReportTableWriter(language: language, width: width).render(report)
            let section = try #require(text.components(separatedBy: ReportStrings.skillSummaryTitle[language] + "\n").last)
            #expect(text.contains(ReportStrings.skillSummaryTitle[language]))
            let name = try #require(F.pack.skills.first { $0.id == "employee-feedback" }?.name[language])
            // The name may wrap inside its cell: the figures are on its first line.
            let firstWord = String(name.split(separator: " ")[0])
            let row = try #require(section.split(separator: "\n").first { $0.hasPrefix(firstWord + " ") })
            // Mastered, proficient, familiar, attempted, not started, mean, answers, accuracy.
            let figures = row.split(separator: " ").map(String.init).filter { $0.first?.isNumber ?? false }
            #expect(figures == ["1", "0", "1", "0", "1", "75%", "23", "61%"])
            for line in text.split(separator: "\n") { #expect(line.count <= width) }
        }
    }

    @Test func jsonCSVAndHTMLCarryIt() throws {
        let report = try Self.folder().report()
        let json = ReportJSONWriter(language: .en).render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summaries = try #require(object["skill_summary"] as? [[String: Any]])
        let feedback = try #require(summaries.first { $0["skill"] as? String == "employee-feedback" })
        #expect(feedback["levels"] as? [String: Int] == ["mastered": 1, "proficient": 0, "familiar": 1, "attempted": 0, "not_started": 1])
        #expect(feedback["answers"] as? Int == 23 && feedback["correct"] as? Int == 14)
        #expect(feedback["accuracy"] as? Double == 0.6087)
        #expect(Set(feedback.keys) == ["skill", "levels", "mean_p_known", "answers", "correct", "accuracy"])

        for language in [Language.en, .ms] {
            let csv = ReportCSVWriter(rows: .skillSummary, language: language).render(report).components(separatedBy: "\r\n")
            #expect(csv[0] == "skill,skill_name,mastered,proficient,familiar,attempted,not_started,mean_p_known,answers,correct,accuracy")
            let name = try #require(F.pack.skills.first { $0.id == "employee-feedback" }?.name[language])
            let row = try #require(csv.first { $0.hasPrefix("employee-feedback,") })
            #expect(row.hasPrefix("employee-feedback,\(name),1,0,1,0,1,0."))
            #expect(row.hasSuffix(",23,14,0.6087"))
            #expect(csv.count == report.skills.count + 2)

            let html = ReportHTMLWriter(language: language).render(report)
            #expect(html.contains("<h2>\(ReportHTMLWriter.escape(ReportStrings.skillSummaryTitle[language]))</h2>"))
            #expect(html.contains("<tr><th>\(ReportHTMLWriter.escape(name))</th><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">1</td>"))
            #expect(html.contains("<td class=\"n\">23</td><td class=\"n\">61%</td></tr>"))
        }
        // A learner's page has no team summary.
        let learner = ReportHTMLWriter(language: .en).render(try Self.folder().report(learner: "badrul"))
        #expect(!learner.contains(ReportStrings.skillSummaryTitle[.en]))
    }
}
