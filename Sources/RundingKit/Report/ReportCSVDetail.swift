/// The rows of one learner's detail as CSV (`--learner NAME --format csv`), one table in long
/// form: `learner,section,id,name,value,detail,count`.
///
/// Sections: `summary` (id: answers, correct, accuracy, time_practised_minutes, last_active,
/// streak_days, due, overdue; value), `skill` (value P(known), detail level, count observations),
/// `dialogue` (name the title, value best score, detail last outcome, count attempts), `leech`
/// (count failures) and `activity` (id the local day, count answers).
struct ReportCSVDetail {
    var language: Language

    func rows(_ learner: LearnerReport, report: TeamReport) -> [[ReportCSVWriter.Field]] {
        typealias Field = ReportCSVWriter.Field
        let configuration = report.configuration
        var rows: [[Field]] = [["learner", "section", "id", "name", "value", "detail", "count"].map(Field.text)]
        func add(_ section: String, _ id: String, name: String = "", value: Field = .number(""),
                 detail: String = "", count: String = "") {
            rows.append([.text(learner.learner), .text(section), .text(id), .text(name), value, .text(detail), .number(count)])
        }
        let summary: [(String, Field)] = [
            ("answers", .number(String(learner.answers))), ("correct", .number(String(learner.correct))),
            ("accuracy", .number(learner.accuracy.map(ReportCSVWriter.decimal) ?? "")),
            ("time_practised_minutes", .number(String(Int(learner.timePractised / 60)))),
            ("last_active", .text(learner.lastActive.map { RFC3339Timestamp.string(from: $0) } ?? "")),
            ("streak_days", .number(String(learner.streakDays))),
            ("due", .number(String(learner.dueItems))), ("overdue", .number(String(learner.overdueItems))),
        ]
        for (id, value) in summary { add("summary", id, value: value) }
        for skill in report.skills {
            let entry = learner.skills[skill.id]
            add("skill", skill.id, name: ReportText.safe(skill.name[language]),
                value: .number(ReportCSVWriter.decimal(learner.pKnown(skill, configuration: configuration))),
                detail: (entry?.level ?? .notStarted).id, count: String(entry?.observations ?? 0))
        }
        for id in learner.dialogues.keys.sorted() {
            guard let record = learner.dialogues[id] else { continue }
            add("dialogue", id, name: configuration.dialogueTitles[id].map { ReportText.safe($0[language]) } ?? "",
                value: .number(ReportCSVWriter.decimal(record.bestScore)), detail: record.lastOutcome,
                count: String(record.attempts))
        }
        for leech in learner.leeches { add("leech", leech.item, count: String(leech.failures)) }
        for (index, count) in learner.answersByDay.enumerated() {
            add("activity", ReportFigures.activityDay(index, now: configuration.now, timeZone: configuration.timeZone),
                count: String(count))
        }
        return rows
    }
}
