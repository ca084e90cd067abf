import Foundation
import Testing
@testable import RundingKit

@Suite struct TeamReportTests {
    typealias F = ReportFixtures

    @Test func masteryAndReviewsComeFromTheSharedReplay() throws {
        let events = F.struggling("badrul")
        let folder = try TeamFolder(["badrul.jsonl": F.log(events)])
        let learner = try #require(try folder.report().learners.first)
        var replay = LearnerReplay(learner: "badrul", timeZone: F.kualaLumpur, bktParameters: F.pack.bktParameters(for:))
        replay.apply(contentsOf: events)
        let expected = replay.progress(now: F.now)
        #expect(learner.skills["employee-feedback"]?.pKnown == expected.skills["employee-feedback"]?.knowledge.pKnown)
        #expect(learner.answers == expected.answers)
        #expect(learner.correct == expected.correct)
        #expect(learner.streakDays == expected.streakDays)
        #expect(learner.timePractised == expected.timePractised)
        #expect(learner.dueItems == expected.dueItems.count)
        #expect(learner.overdueItems == expected.overdueItems.count)
        #expect(learner.lastActive == expected.lastActive)
    }

    @Test func learnerFigures() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul"))])
        let report = try folder.report(sort: .name)
        #expect(report.learners.map(\.learner) == ["aisyah", "badrul"])
        let aisyah = report.learners[0]
        #expect(aisyah.answers == 11 && aisyah.correct == 11)
        #expect(aisyah.masteredCount(of: report.skills) == 2)
        #expect(aisyah.roleplaysCompleted == 1 && aisyah.roleplayBestScore == 0.9)
        #expect(aisyah.timePractised == 11 * 60)
        #expect(aisyah.streakDays == 2 || aisyah.streakDays == 1)
        let badrul = report.learners[1]
        #expect(badrul.leeches == [Leech(item: "glossary:enps", failures: 4), Leech(item: "quiz-enps/q2", failures: 5)].sorted { $0.failures > $1.failures })
        // No `success` in these events: the starter pack's endings decide (`deal` is a success).
        #expect(badrul.dialogues["rp-quiet-buyer"] == DialogueRecord(firstScore: 0.2, bestScore: 0.6, attempts: 2,
                                                                     lastOutcome: "deal", passes: 1, lastPassed: true,
                                                                     lastAttempt: badrul.dialogues["rp-quiet-buyer"]?.lastAttempt))
        #expect(badrul.dialogues["rp-quiet-buyer"]?.lastAttempt != nil)
        #expect(badrul.roleplaysPassed == 1 && badrul.roleplaysCompleted == 1)
        #expect(badrul.weakestSkill(of: report.skills)?.skill.id == "employee-feedback")
        #expect(report.attention(badrul) == [.inactive, .overdue, .lowAccuracy])
        #expect(report.attention(aisyah).isEmpty)
    }

    @Test func trendIsFirstWeekAgainstLatest() throws {
        var events = [F.answer("2026-11-01T02:00:00.000Z", correct: false)]
        events += (0..<6).map { F.answer("2026-11-20T02:0\($0):00.000Z") }
        let folder = try TeamFolder(["aisyah.jsonl": F.log(events)])
        let skill = try #require(try folder.report().learners.first?.skills["employee-feedback"])
        #expect(skill.firstWeekPKnown < 0.2)
        #expect(skill.pKnown > 0.9)
    }

    @Test func activityByDayCoversTheLastEightLocalWeeks() throws {
        // 16:30Z on 30 November is 1 December 00:30 in Kuala Lumpur: today, the last day.
        let events = [F.answer("2026-11-30T16:30:00.000Z"), F.answer("2026-11-30T15:30:00.000Z"),
                      F.answer("2026-10-07T00:00:00.000Z"), F.answer("2026-10-06T15:59:00.000Z")]
        let folder = try TeamFolder(["aisyah.jsonl": F.log(events)])
        let days = try #require(try folder.report().learners.first?.answersByDay)
        #expect(days.count == 56)
        #expect(days[55] == 1 && days[54] == 1)
        #expect(days[0] == 1)  // 7 October local; 6 October 23:59 local is before the eight weeks
        #expect(days.reduce(0, +) == 3)
        #expect(ReportFigures.activityDay(0, now: F.now, timeZone: F.kualaLumpur) == "2026-10-07")
    }

    @Test func masteryOverTimeIsPKnownAtTheEndOfEachWeek() throws {
        // Struggling on 10 November, steady on 29-30 November.
        let struggling = F.struggling("badrul")
        let folder = try TeamFolder(["badrul.jsonl": F.log(struggling + F.steady("badrul"))])
        let learner = try #require(try folder.report().learners.first)
        var replay = LearnerReplay(learner: "badrul", timeZone: F.kualaLumpur,
                                   bktParameters: { F.configuration().bktParameters(for: $0) })
        replay.apply(contentsOf: struggling)
        let afterStruggling = try #require(replay.knowledge(ofSkill: "employee-feedback")?.pKnown)
        let weekly = try #require(learner.skills["employee-feedback"]?.weekly)
        // Weeks end 13, 20, 27 October, 3, 10, 17, 24 November and 1 December.
        #expect(weekly.count == 8)
        #expect(weekly[0..<4].allSatisfy { $0 == nil })
        #expect(weekly[4] == afterStruggling && weekly[5] == afterStruggling && weekly[6] == afterStruggling)
        #expect(weekly[7] == learner.skills["employee-feedback"]?.pKnown)
        #expect(afterStruggling < 0.9 && weekly[7]! > afterStruggling)
        // Active listening: only the steady days.
        #expect(learner.skills["active-listening"]?.weekly[0..<7].allSatisfy { $0 == nil } == true)
    }

    @Test func sinceLimitsActivityButNotMastery() throws {
        let events = F.struggling("badrul") + F.steady("badrul")
        let folder = try TeamFolder(["badrul.jsonl": F.log(events)])
        let all = try #require(try folder.report().learners.first)
        let recent = try #require(try folder.report(since: F.time("2026-11-20T00:00:00.000Z")).learners.first)
        #expect(all.answers == 23 && recent.answers == 11)
        #expect(recent.accuracy == 1)
        #expect(recent.answersInLog == 23)
        #expect(recent.skills == all.skills)
        #expect(recent.dialogues == all.dialogues)
        #expect(recent.roleplaysCompleted == 1 && recent.roleplayBestScore == 0.9)
        #expect(recent.timePractised < all.timePractised)
    }

    @Test(arguments: [
        (ReportSort.attention, ["carmen", "badrul", "aisyah"]),
        (.name, ["aisyah", "badrul", "carmen"]),
        (.mastery, ["carmen", "badrul", "aisyah"]),
        (.activity, ["carmen", "aisyah", "badrul"]),
        (.accuracy, ["carmen", "badrul", "aisyah"]),
        (.lastActive, ["carmen", "badrul", "aisyah"]),
        (.overdue, ["badrul", "aisyah", "carmen"]),
    ])
    func sortOrder(sort: ReportSort, expected: [String]) throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul")),
                                     "carmen.jsonl": []])
        #expect(try folder.report(sort: sort).learners.map(\.learner) == expected)
    }

    @Test func learnerViewKeepsOnlyThatFile() throws {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul"))])
        let report = try folder.report(learner: "badrul")
        #expect(report.isLearnerView)
        #expect(report.learners.map(\.learner) == ["badrul"])
        #expect(try folder.report(learner: "nobody").learners.isEmpty)
    }

    @Test func theSameLogsGiveTheSameReportWithOneOrTwoWorkers() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<150 {
            let name = "l\(index)"
            files["\(name).jsonl"] = F.log(index % 2 == 0 ? F.steady(name) : F.struggling(name))
        }
        let folder = try TeamFolder(files)
        let one = try TeamReportBuilder(configuration: F.configuration(), workers: 1).build(directory: folder.path)
        let two = try TeamReportBuilder(configuration: F.configuration(), workers: 2).build(directory: folder.path)
        #expect(one.learners == two.learners)
        #expect(ReportJSONWriter(language: .en).render(one) == ReportJSONWriter(language: .en).render(two))
    }

    @Test func unreadableDirectoryThrows() {
        #expect(throws: ProgressFileError.self) {
            try TeamReportBuilder(configuration: F.configuration()).build(directory: "/nonexistent/runding-team")
        }
    }
}
