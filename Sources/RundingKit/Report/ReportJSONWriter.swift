import Foundation

/// Writes a report as one JSON document (schema in the README, "How managers read progress").
///
/// `{"generated_at","time_zone","since","skills":[{"id","name":{"ms","en"}}],"skill_summary":[{"skill",
/// "levels":{level id: learners},"mean_p_known","answers","correct","accuracy"}],"learners":[{"learner",
/// "file","team","manager","answers","correct","accuracy","answers_in_log","time_practised_seconds","last_active",
/// "streak_days","skills_mastered","skills_total","weakest_skill","skills":{id:{"p_known","mastered",
/// "observations","first_week_p_known"}},"due","overdue","roleplays_completed","roleplay_best_score",
/// "dialogues":{id:{"first_score","best_score","attempts","last_outcome","passes","last_success"}},"leeches":[{"item","failures","title","question"}],
/// "activity_by_day":[{"day","answers"}],"attention":[…],"warnings"}],"warnings":[{"path","line","message"}] (path: the file name within the folder, never the full path),
/// "warning_count"}`. Times are RFC 3339 UTC with milliseconds; probabilities have 4 decimals.
public struct ReportJSONWriter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The document on one line, with a trailing newline.
    public func render(_ report: TeamReport) -> String {
        let configuration = report.configuration
        let document = JSONValue.object([
            ("generated_at", .string(RFC3339Timestamp.string(from: configuration.now))),
            ("time_zone", .string(configuration.timeZone.identifier)),
            ("since", configuration.since.map { .string(RFC3339Timestamp.string(from: $0)) } ?? .null),
            ("skills", .array(report.skills.map { skill in
                .object([("id", .string(ReportText.safe(skill.id))),
                         ("name", .object([("ms", .string(ReportText.safe(skill.name.ms))),
                                           ("en", .string(ReportText.safe(skill.name.en)))]))])
            })),
            ("skill_summary", .array(TeamSkillSummary.summaries(report).map(Self.skillSummary))),
            ("learners", .array(report.learners.map { learner(  $0, report: report) })),
            ("warnings", .array(report.warnings.map { warning in
                .object([("path", .string(warning.file)),
                         ("line", warning.line.map(JSONValue.int) ?? .null),
                         ("message", .string(warning.message[language]))])
            })),
            ("warning_count", .int(report.warningCount)),
        ])
        return document.serialized() + "\n"
    }

    private func learner(_ learner: LearnerReport, report: TeamReport) -> JSONValue {
        let configuration = report.configuration
        let weakest = learner.weakestSkill(of: report.skills)
        var skills: [(String, JSONValue)] = []
        for skill in report.skills {
            guard let summary = learner.skills[skill.id] else { continue }
            skills.append((skill.id, .object([
                ("p_known", Self.probability(summary.pKnown)),
                ("level", .string(summary.level.id)),
                ("mastered", .bool(summary.mastered)),
                ("observations", .int(summary.observations)),
                ("first_week_p_known", Self.probability(summary.firstWeekPKnown)),
            ])))
        }
        let dialogues: [(String, JSONValue)] = learner.dialogues.keys.sorted().compactMap { id in
            guard let record = learner.dialogues[id] else { return nil }
            return (id, .object([
                ("first_score", Self.probability(record.firstScore)),
                ("best_score", Self.probability(record.bestScore)),
                ("attempts", .int(record.attempts)),
                ("last_outcome", .string(record.lastOutcome)),
                ("passes", .int(record.passes)),
                ("last_success", .bool(record.lastPassed)),
            ]))
        }
        let days: [JSONValue] = learner.answersByDay.enumerated().map { index, count in
            .object([("day", .string(ReportFigures.activityDay(index, now: configuration.now,
                                                               timeZone: configuration.timeZone))),
                     ("answers", .int(count))])
        }
        return .object([
            ("learner", .string(learner.learner)),
            ("file", .string(learner.fileName)),
            ("team", report.team(of: learner).map { .string($0.team) } ?? .null),
            ("manager", report.team(of: learner)?.manager.map(JSONValue.string) ?? .null),
            ("answers", .int(learner.answers)),
            ("correct", .int(learner.correct)),
            ("accuracy", learner.accuracy.map(Self.probability) ?? .null),
            ("answers_in_log", .int(learner.answersInLog)),
            ("time_practised_seconds", .int(Int(learner.timePractised.rounded()))),
            ("last_active", learner.lastActive.map { .string(RFC3339Timestamp.string(from: $0)) } ?? .null),
            ("streak_days", .int(learner.streakDays)),
            ("skills_mastered", .int(learner.masteredCount(of: report.skills))),
            ("skills_total", .int(report.skills.count)),
            ("weakest_skill", weakest.map { .string($0.skill.id) } ?? .null),
            ("skills", .object(skills)),
            ("due", .int(learner.dueItems)),
            ("overdue", .int(learner.overdueItems)),
            ("roleplays_completed", .int(learner.roleplaysCompleted)),
            ("roleplay_best_score", learner.roleplayBestScore.map(Self.probability) ?? .null),
            ("roleplays_passed", .int(learner.roleplaysPassed)),
            ("quizzes_completed", .int(learner.quizzesCompleted)),
            ("quizzes_passed", .int(learner.quizzesPassed)),
            ("dialogues", .object(dialogues)),
            ("leeches", .array(learner.leeches.map { leech in
                let parts = configuration.itemParts(leech.item, language: language, limit: 200)
                return .object([("item", .string(leech.item)), ("failures", .int(leech.failures)),
                                ("title", parts.title.map(JSONValue.string) ?? .null),
                                ("question", parts.question.map(JSONValue.string) ?? .null)])
            })),
            ("activity_by_day", .array(days)),
            ("attention", .array(report.attention(learner).map { .string($0.rawValue) })),
            ("warnings", .int(learner.warningCount)),
        ])
    }

    private static func skillSummary(_ summary: TeamSkillSummary) -> JSONValue {
        .object([
            ("skill", .string(ReportText.safe(summary.skill.id))),
            ("levels", .object(TeamSkillSummary.levelOrder.map { ($0.id, .int(summary.count($0))) })),
            ("mean_p_known", summary.meanPKnown.map(probability) ?? .null),
            ("answers", .int(summary.answers)),
            ("correct", .int(summary.correct)),
            ("accuracy", summary.accuracy.map(probability) ?? .null),
        ])
    }

    /// A probability rounded to 4 decimals.
    private static func probability(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        return .double((min(max(value, 0), 1) * 10_000).rounded() / 10_000)
    }
}
