import Foundation
import Testing
@testable import RundingKit

@Suite struct ReportWriterTests {
    typealias F = ReportFixtures

    static func team() throws -> (TeamFolder, TeamReport) {
        let folder = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul")),
                                     "carmen.jsonl": []])
        return (folder, try folder.report())
    }

    @Test func tableWhenPiped() throws {
        let (_, report) = try Self.team()
        #expect(ReportTableWriter(language: .en, width: 200).render(report) == """
            Team progress: 3 learners
            Generated 2026-12-01 12:00 (UTC+08:00)

            Learner  Mastered  Weakest skill          Accuracy  Answers    Time  Last active  Streak  Due/overdue  Quizzes passed  Role-plays passed (best)  Attention
            ───────  ────────  ─────────────────────  ────────  ───────  ──────  ───────────  ──────  ───────────  ──────────────  ────────────────────────  ───────────────────────────────────────────────
            carmen        0/2  —                             —        0   0 min  —                 0          0/0             0/0                       0/0  no activity
            badrul        0/2  Employee feedback 51%       25%       12  40 min  2026-11-10        0          1/1             0/0                 1/1 (60%)  inactive 7+ days, overdue reviews, low accuracy
            aisyah        2/2  —                          100%       11  11 min  2026-11-30        2          0/0             0/0                 1/1 (90%)

            Mastery heatmap (P(known) per skill)

                       1  2
            carmen     .  .
            badrul     .  5
            aisyah     M  M

            Legend: . no evidence, 0–9 = P(known) in tenths, M = mastered (≥ 95%, 3+ items, retained on a later day)
            Skills: 1 Active listening · 2 Employee feedback

            Skills across the team (learners at each level)

            Skill              Mastered  Proficient  Familiar  Attempted  Not started  Mean P(known)  Answers  Accuracy
            ─────────────────  ────────  ──────────  ────────  ─────────  ───────────  ─────────────  ───────  ────────
            Active listening          1           0         0          0            2            99%       11      100%
            Employee feedback         1           0         1          0            1            75%       23       61%
            Mean P(known) over the learners with evidence; answers and accuracy: answers that bore on the skill in the report's period.

            """)
    }

    @Test func malayHeadingsAndColourOnlyWhenAllowed() throws {
        let (_, report) = try Self.team()
        let plain = ReportTableWriter(language: .ms, width: 250).render(report)
        #expect(plain.hasPrefix("Kemajuan pasukan: 3 pelajar\nDijana 2026-12-01 12:00 (UTC+08:00)\n"))
        #expect(plain.contains("Pelajar  Dikuasai  Kemahiran terlemah"))
        #expect(plain.contains("tidak aktif 7+ hari, ulang kaji tertunggak, ketepatan rendah"))
        #expect(!plain.contains("\u{1B}"))
        let coloured = ReportTableWriter(language: .en, colour: true, terminal: true).render(report)
        #expect(coloured.contains("\u{1B}[1;38;5;27m M\u{1B}[0m"))  // mastered: dark blue, with its letter
        #expect(coloured.contains("Legend: · no evidence, low → high:"))
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("with, comma", "\"with, comma\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1+1", "'-1+1"),
        ("@cmd", "'@cmd"),
        ("=a,\"b\"", "\"'=a,\"\"b\"\"\""),
        (" padded ", "\" padded \""),
        ("line\nbreak", "line\u{FFFD}break"),
        ("esc\u{1B}[31m", "esc\u{FFFD}[31m"),
        ("tab\tx", "tab x"),
    ])
    func csvCells(input: String, expected: String) {
        #expect(ReportCSVWriter.cell(input) == expected)
    }

    @Test func csvByLearnerAndBySkill() throws {
        let (_, report) = try Self.team()
        let byLearner = ReportCSVWriter().render(report)
        let lines = byLearner.components(separatedBy: "\r\n")
        #expect(lines.count == 5 && lines[4] == "")
        #expect(lines[0] == "learner,skills_mastered,skills_total,weakest_skill,weakest_p_known,accuracy,answers,correct,time_practised_minutes,last_active,streak_days,due,overdue,roleplays_completed,roleplay_best_score,roleplays_passed,quizzes_completed,quizzes_passed,attention,warnings,learner_guarded,team,manager")
        #expect(lines[2] == "badrul,0,2,employee-feedback,0.5186,0.25,12,3,40,2026-11-10T03:40:00.000Z,0,1,1,1,0.6,1,0,0,inactive overdue low_accuracy,0,false,,")
        #expect(lines[1] == "carmen,0,2,,,,0,0,0,,0,0,0,0,,0,0,0,no_activity,0,false,,")
        let bySkill = ReportCSVWriter(rows: .skill).render(report).components(separatedBy: "\r\n")
        #expect(bySkill[0] == "learner,skill,skill_name,p_known,mastered,observations,first_week_p_known")
        #expect(bySkill.count == 1 + 3 * 2 + 1)
        #expect(bySkill[3] == "badrul,active-listening,Active listening,0.1,false,0,")
        #expect(Array(byLearner.utf8).split(separator: 0x0A).allSatisfy { $0.last == 0x0D })
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let (_, report) = try Self.team()
        let text = ReportJSONWriter(language: .en).render(report)
        #expect(text.hasSuffix("}\n") && !text.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["generated_at", "time_zone", "since", "skills", "skill_summary", "learners", "warnings", "warning_count"])
        #expect(object["generated_at"] as? String == "2026-12-01T04:00:00.000Z")
        #expect(object["time_zone"] as? String == "Asia/Kuala_Lumpur")
        let learners = try #require(object["learners"] as? [[String: Any]])
        #expect(learners.map { $0["learner"] as? String } == ["carmen", "badrul", "aisyah"])
        let aisyah = learners[2]
        #expect(Set(aisyah.keys) == ["learner", "file", "team", "manager", "answers", "correct", "accuracy", "answers_in_log",
                                     "time_practised_seconds", "last_active", "streak_days", "skills_mastered",
                                     "skills_total", "weakest_skill", "skills", "due", "overdue",
                                     "roleplays_completed", "roleplay_best_score", "roleplays_passed",
                                     "quizzes_completed", "quizzes_passed", "dialogues", "leeches",
                                     "activity_by_day", "attention", "warnings"])
        #expect(aisyah["answers"] as? Int == 11)
        #expect(aisyah["roleplays_passed"] as? Int == 1)
        let dialogue = try #require((aisyah["dialogues"] as? [String: [String: Any]])?["rp-quiet-buyer"])
        #expect(dialogue["passes"] as? Int == 1 && dialogue["last_success"] as? Bool == true)
        #expect(aisyah["accuracy"] as? Double == 1)
        #expect(aisyah["last_active"] as? String == "2026-11-30T02:11:00.000Z")
        let skill = try #require((aisyah["skills"] as? [String: [String: Any]])?["employee-feedback"])
        #expect(skill["mastered"] as? Bool == true)
        #expect(skill["level"] as? String == "mastered")
        #expect(Set(skill.keys) == ["p_known", "level", "mastered", "observations", "first_week_p_known"])
        #expect((aisyah["activity_by_day"] as? [Any])?.count == 56)
        #expect(learners[0]["accuracy"] is NSNull)
        #expect(learners[1]["attention"] as? [String] == ["inactive", "overdue", "low_accuracy"])
        let leeches = try #require(learners[1]["leeches"] as? [[String: Any]])
        #expect(leeches.first?["item"] as? String == "quiz-enps/q2")
        #expect(leeches.first?["failures"] as? Int == 5)
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let (folder, report) = try Self.team()
        let html = ReportHTMLWriter(language: .en).render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.lowercased().contains("<script"))
        for reference in ["src=", "url(", "@import"] { #expect(!html.lowercased().contains(reference)) }
        // Links only within the page: the team table to each learner's section.
        #expect(html.components(separatedBy: "href=").dropFirst().allSatisfy { $0.hasPrefix("\"#learner-") })
        #expect(html.contains("<td data-label=\"Learner\"><a href=\"#learner-aisyah\">aisyah</a></td>"))
        #expect(html.contains("<section class=\"learner\" id=\"learner-aisyah\">"))
        #expect(html.contains("<td style=\"background: rgb(86, 180, 233)\">99% ✔</td>"))
        #expect(html.contains("@media print"))

        try folder.directory.write(F.log([F.answer("2026-11-30T02:00:00.000Z", learner: "x")]), to: "<b>&'\".jsonl")
        let hostile = ReportHTMLWriter(language: .en).render(try folder.report())
        #expect(hostile.contains("&lt;b&gt;&amp;&#39;&quot;"))
        #expect(!hostile.contains("<b>"))
    }

    @Test func learnerViewAsText() throws {
        let (folder, _) = try Self.team()
        let text = ReportTableWriter(language: .en).render(try folder.report(learner: "badrul"))
        #expect(text.hasPrefix("Learner progress: badrul (badrul.jsonl)\nGenerated 2026-12-01 12:00 (UTC+08:00)\n"))
        #expect(text.contains("""
            Mastery (first week → latest)
              Active listening  ---------- — not started
              Employee feedback #####----- 51% familiar  (51% → 51% =)
            """))
        #expect(text.contains("""
              Dialogue                          First  Best  Attempts  Passed
              ────────────────────────────────  ─────  ────  ────────  ──────
              rp-quiet-buyer (The quiet buyer)    20%   60%         2     1/2
            """))
        #expect(text.contains("""
            Leeches (failed 4 times or more)
              quiz-enps/q2   5 failures
            """))
        #expect(text.contains("\n  glossary:enps  4 failures\n    eNPS"))
        #expect(text.contains("  2026-11-04 … 2026-11-10    0   0   0   0   0   0  12\n"))
        let terminal = ReportTableWriter(language: .ms, colour: true, terminal: true).render(try folder.report(learner: "aisyah"))
        #expect(terminal.contains("\u{1B}[32m█████████░\u{1B}[0m 99% dikuasai ✔"))
        #expect(terminal.contains("Penguasaan (minggu pertama → terkini)"))
    }

    @Test(arguments: [
        (0.0, "0"), (0.05, "0"), (0.1, "1"), (0.949, "9"), (0.99, "9"),
    ])
    func heatmapCharacters(value: Double, expected: String) {
        #expect(MasteryHeatmap.character(.known(value, mastered: false)) == expected)
        #expect(MasteryHeatmap.character(.known(value, mastered: true)) == "M")
        #expect(MasteryHeatmap.character(.noEvidence) == ".")
    }

    @Test func emptyDirectory() throws {
        let report = try TeamFolder().report()
        #expect(ReportTableWriter(language: .en).render(report).contains("No progress files (*.jsonl) in this directory."))
        #expect(ReportCSVWriter().render(report).components(separatedBy: "\r\n").count == 2)
    }
}
