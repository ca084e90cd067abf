import Foundation
import Testing
@testable import RundingKit

/// When a learner needs attention, as a manager reads it.
@Suite struct AttentionTests {
    typealias F = ReportFixtures

    static func learner(answers: Int = 20, correct: Int = 20, overdue: Int = 0, scheduled: Int = 0,
                        warnings: Int = 0, repaired: Int = 0) -> LearnerReport {
        LearnerReport(learner: "aisyah", fileName: "aisyah.jsonl", answers: answers, correct: correct,
                      answersInLog: answers, lastActive: F.now, overdueItems: overdue, scheduledItems: scheduled,
                      warningCount: warnings, repairedLines: repaired)
    }

    @Test(arguments: [
        (1, 20, false),   // one overdue item of twenty is not a problem
        (4, 100, false),
        (5, 100, true),   // five items
        (2, 10, true),    // 20% of the scheduled items
        (1, 6, false),
        (0, 0, false),
    ])
    func overdueNeedsFiveItemsOrAFifth(overdue: Int, scheduled: Int, expected: Bool) {
        let reasons = AttentionReason.reasons(for: Self.learner(overdue: overdue, scheduled: scheduled), now: F.now)
        #expect(reasons.contains(.overdue) == expected)
    }

    @Test(arguments: [
        ("5", 5, 1.01), ("20%", Int.max, 0.2), ("3,50%", 3, 0.5), ("50%,3", 3, 0.5), (" 7 ", 7, 1.01),
    ])
    func overdueThresholdOption(text: String, items: Int, share: Double) throws {
        let thresholds = try #require(AttentionThresholds.standard.settingOverdue(text))
        #expect(thresholds.overdueItems == items)
        #expect(thresholds.overdueShare == share)
    }

    @Test(arguments: ["", "x", "0", "5,6", "20%,30%", "101%", "-1", "5,20%,1", "%"])
    func badOverdueThresholds(text: String) {
        #expect(AttentionThresholds.standard.settingOverdue(text) == nil)
    }

    @Test func describedInBothLanguages() {
        #expect(AttentionThresholds.standard.overdueDescription(.en) == "≥ 5 overdue items or ≥ 20% of scheduled items")
        #expect(AttentionThresholds.standard.overdueDescription(.ms) == "≥ 5 item tertunggak atau ≥ 20% item berjadual")
    }

    /// 59.6% shows as 60%: not low. 59.4% shows as 59%: low.
    @Test(arguments: [(596, false), (594, true), (600, false)])
    func accuracyIsComparedAtThePrecisionShown(correct: Int, low: Bool) {
        let learner = Self.learner(answers: 1000, correct: correct)
        #expect(AttentionReason.reasons(for: learner, now: F.now).contains(.lowAccuracy) == low)
        #expect(ReportFigures.percent(learner.accuracy) == (low ? "59%" : "60%"))
    }

    @Test func weakestSkillIsTheLowestUnmastered() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul"))])
        let report = try folder.report(sort: .name)
        #expect(report.learners[0].masteredCount(of: report.skills) == 2)
        #expect(report.learners[0].weakestSkill(of: report.skills) == nil)
        let table = ReportTableWriter(language: .en, width: 300).render(report)
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("aisyah") })
        #expect(row.contains("2/2  —"))
        #expect(!table.contains("Communication 100%"))
        #expect(ReportCSVWriter().render(report).contains("aisyah,2,2,,,1,"))
    }

    @Test func neverStartedComesFirst() throws {
        var files: [String: [UInt8]] = ["zed.jsonl": []]
        for name in ["badrul", "carmen", "dina"] { files["\(name).jsonl"] = F.log(F.struggling(name)) }
        let report = try TeamFolder(files).report()
        #expect(report.learners.first?.learner == "zed")
        #expect(report.attention(report.learners[0]) == [.noActivity])
    }

    @Test func aTornLineFollowedByGoodEventsIsANoteNotAProblem() throws {
        let torn = Array(#"{"v":1,"at":"2026-11-30T02:00:00.000Z","learner":"aisyah","sess"#.utf8) + [0x0A]
        let bytes = F.log([F.answer("2026-11-29T02:00:00.000Z")]) + torn + F.log([F.answer("2026-11-30T03:00:00.000Z")])
        let folder = try TeamFolder(["aisyah.jsonl": bytes, "badrul.jsonl": F.log([F.answer("2026-11-30T03:00:00.000Z", learner: "badrul")]) + torn.dropLast()])
        let report = try folder.report(sort: .name)
        let aisyah = report.learners[0], badrul = report.learners[1]
        #expect(aisyah.warningCount == 1 && aisyah.repairedLines == 1 && aisyah.fileProblems == 0)
        #expect(!report.attention(aisyah).contains(.fileProblems))
        #expect(badrul.fileProblems == 1)
        #expect(report.attention(badrul).contains(.fileProblems))
        let note = try #require(report.warnings.first { $0.file == "aisyah.jsonl" })
        #expect(note.line == 2)
        #expect(note.message.en == "note: an incomplete line (an interrupted write) was skipped; the next session carried on normally (not valid JSON: unterminated string at column 64; line skipped)")
        #expect(note.message.ms.hasPrefix("nota: baris tidak lengkap (tulisan terganggu) dilangkau"))
    }

    @Test func garbageBeforeGoodEventsStillCounts() throws {
        let bytes = F.log([F.answer("2026-11-29T02:00:00.000Z")]) + Array("not json\n".utf8) + F.log([F.answer("2026-11-30T03:00:00.000Z")])
        let report = try TeamFolder(["aisyah.jsonl": bytes]).report()
        #expect(report.learners[0].fileProblems == 1)
        #expect(report.learners[0].repairedLines == 0)
        #expect(report.attention(report.learners[0]).contains(.fileProblems))
    }

    @Test func htmlNamesFilesRelativeToTheFolder() throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul")) + Array("oops\n".utf8)])
        let report = try folder.report()
        let html = ReportHTMLWriter(language: .en).render(report)
        #expect(html.contains("badrul.jsonl:15: not valid JSON"))
        #expect(!html.contains(folder.path))
    }
}
