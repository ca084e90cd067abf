/// Writes one learner's view as text: mastery bars with their trend, dialogues, leeches and
/// the last eight weeks of activity.
struct LearnerViewWriter {
    var language: Language
    var colour: Bool
    var terminal: Bool

    func render(_ learner: LearnerReport, report: TeamReport) -> String {
        let configuration = report.configuration
        let ms = language == .ms
        var lines = [bold("\(ReportStrings.learnerTitle[language]): \(learner.learner) (\(learner.fileName))")]
        lines.append(ReportTableWriter.periodLine(configuration, language: language))
        lines.append("")

        lines.append(bold(ReportStrings.summaryTitle[language]))
        let lastActive = learner.lastActive.map { ReportFigures.dateTime($0, timeZone: configuration.timeZone) } ?? "—"
        lines += [
            (ms ? "  Jawapan: " : "  Answers: ") + "\(ReportFigures.count(learner.answers)), "
                + (ms ? "ketepatan " : "accuracy ") + ReportFigures.percent(learner.accuracy),
            (ms ? "  Masa berlatih: " : "  Time practised: ") + ReportFigures.duration(learner.timePractised, language: language),
            (ms ? "  Aktif terakhir: " : "  Last active: ") + lastActive,
            (ms ? "  Hari berturut-turut: " : "  Streak: ") + "\(learner.streakDays)",
            (ms ? "  Ulang kaji: \(learner.dueItems) perlu, \(learner.overdueItems) tertunggak"
                : "  Reviews: \(learner.dueItems) due, \(learner.overdueItems) overdue"),
        ]
        let reasons = report.attention(learner)
        if !reasons.isEmpty {
            lines.append("  \(ReportStrings.columnAttention[language]): " + reasons.map { $0.label[language] }.joined(separator: ", "))
        }
        lines.append("")

        lines.append(bold(ReportStrings.masteryTrend[language]))
        let nameWidth = min(28, report.skills.map { ReportText.safe($0.name[language], limit: 28).count }.max() ?? 10)
        for skill in report.skills {
            let name = ReportText.safe(skill.name[language], limit: 28)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - name.count))
            guard let summary = learner.skills[skill.id] else {
                lines.append("  \(padded) \(bar(nil)) — " + SkillLevel.notStarted.name[language])
                continue
            }
            let arrow = summary.pKnown > summary.firstWeekPKnown + 0.005 ? "↑"
                : summary.pKnown < summary.firstWeekPKnown - 0.005 ? "↓" : "="
            let tick = summary.mastered ? " ✔" : ""
            lines.append("  \(padded) \(bar(summary)) \(ReportFigures.knowledgePercent(summary.pKnown)) "
                         + summary.level.name[language] + "\(tick)  "
                         + "(\(ReportFigures.knowledgePercent(summary.firstWeekPKnown)) → "
                         + "\(ReportFigures.knowledgePercent(summary.pKnown)) \(arrow))")
        }
        lines.append("")

        lines.append(bold(ReportStrings.dialoguesTitle[language]))
        if learner.dialogues.isEmpty {
            lines.append("  " + ReportStrings.none[language])
        } else {
            var table = TextTable(headers: [ReportStrings.columnDialogue[language], ReportStrings.columnFirst[language],
                                            ReportStrings.columnBest[language], ReportStrings.columnAttempts[language],
                                            ReportStrings.columnPassed[language]],
                                  alignments: [.left, .right, .right, .right, .right])
            for id in learner.dialogues.keys.sorted() {
                guard let record = learner.dialogues[id] else { continue }
                let title = configuration.dialogueTitles[id].map { " (\(ReportText.safe($0[language], limit: 40)))" } ?? ""
                table.rows.append([id + title, ReportFigures.percent(record.firstScore),
                                   ReportFigures.percent(record.bestScore), "\(record.attempts)",
                                   "\(record.passes)/\(record.attempts)"])
            }
            lines += table.lines().map { "  " + $0 }
        }
        lines.append("")

        lines.append(bold(ReportStrings.leechesTitle[language]))
        if learner.leeches.isEmpty {
            lines.append("  " + ReportStrings.none[language])
        } else {
            let width = learner.leeches.map(\.item.count).max() ?? 0
            for leech in learner.leeches {
                lines.append("  " + leech.item + String(repeating: " ", count: width - leech.item.count)
                             + "  " + ReportStrings.failures(leech.failures)[language])
                if let text = configuration.itemDescription(leech.item, language: language) {
                    lines.append("    " + text)
                }
            }
        }
        lines.append("")

        lines.append(bold(ReportStrings.activityTitle[language]))
        let counts = learner.answersByDay
        for week in 0..<(counts.count / 7) {
            let first = ReportFigures.activityDay(week * 7, now: configuration.now, timeZone: configuration.timeZone)
            let last = ReportFigures.activityDay(week * 7 + 6, now: configuration.now, timeZone: configuration.timeZone)
            let days = counts[(week * 7)..<(week * 7 + 7)].map { count in
                let text = String(count)
                return String(repeating: " ", count: max(0, 4 - text.count)) + text
            }
            lines.append("  \(first) … \(last) " + days.joined())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Ten cells: blocks on a terminal (coloured when allowed), `#` and `-` when piped.
    private func bar(_ summary: SkillSummary?) -> String {
        guard let summary else { return terminal ? "··········" : "----------" }
        let filled = Int(min(max(summary.pKnown, 0), 1) * 10)
        guard terminal else {
            return String(repeating: "#", count: filled) + String(repeating: "-", count: 10 - filled)
        }
        let text = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
        return colour ? "\u{1B}[\(summary.mastered ? "32" : "33")m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
