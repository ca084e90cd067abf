/// Writes a report as text for a terminal or a pipe: the learner table and the heatmap, or
/// the learner view for `--learner`.
public struct ReportTableWriter: Sendable {
    public var language: Language
    /// ANSI colours (a terminal, no `NO_COLOR`, no `--no-color`).
    public var colour: Bool
    /// Bars drawn with block characters for a person at a terminal; `#` when piped.
    public var terminal: Bool
    public var width: Int

    public init(language: Language, colour: Bool = false, terminal: Bool = false, width: Int = 80) {
        self.language = language
        self.colour = colour
        self.terminal = terminal
        self.width = max(40, width)
    }

    /// The whole report, ending with a newline.
    public func render(_ report: TeamReport) -> String {
        if report.isLearnerView, let learner = report.learners.first {
            return LearnerViewWriter(language: language, colour: colour, terminal: terminal)
                .render(learner, report: report)
        }
        let configuration = report.configuration
        var lines = [bold("\(ReportStrings.teamTitle[language]): \(report.learners.count) \(ReportStrings.learners[language])")]
        lines.append(Self.periodLine(configuration, language: language))
        lines.append("")
        guard !report.learners.isEmpty else {
            lines.append(ReportStrings.noLearners[language])
            return lines.joined(separator: "\n") + "\n"
        }
        lines += table(report).lines(bold: colour)
        lines.append("")
        lines += MasteryHeatmap(report: report).lines(language: language, colour: colour, width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Generated 2026-12-01 18:00 (UTC+08:00) · Activity since 2026-11-01`.
    static func periodLine(_ configuration: ReportConfiguration, language: Language) -> String {
        var line = "\(ReportStrings.generated[language]) \(ReportFigures.dateTime(configuration.now, timeZone: configuration.timeZone))"
        if let since = configuration.since {
            line += " · \(ReportStrings.activitySince[language]) \(ReportFigures.dateTime(since, timeZone: configuration.timeZone))"
        }
        return line
    }

    func table(_ report: TeamReport) -> TextTable {
        var table = TextTable(
            headers: [ReportStrings.columnLearner, ReportStrings.columnMastered, ReportStrings.columnWeakest,
                      ReportStrings.columnAccuracy, ReportStrings.columnAnswers, ReportStrings.columnTime,
                      ReportStrings.columnLastActive, ReportStrings.columnStreak, ReportStrings.columnDue,
                      ReportStrings.columnQuizzes, ReportStrings.columnRoleplays,
                      ReportStrings.columnAttention].map { $0[language] },
            alignments: [.left, .right, .left, .right, .right, .right, .left, .right, .right, .right, .right, .left])
        let timeZone = report.configuration.timeZone
        for learner in report.learners {
            let weakest = learner.weakestSkill(of: report.skills).map {
                "\(ReportText.safe($0.skill.name[language], limit: 24)) \(ReportFigures.knowledgePercent($0.pKnown))"
            } ?? "—"
            // Passed of completed, each dialogue counted once: "1/2 (60%)".
            let roleplays = "\(learner.roleplaysPassed)/\(learner.roleplaysCompleted)"
                + (learner.roleplayBestScore.map { " (\(ReportFigures.percent($0)))" } ?? "")
            table.rows.append([
                learner.learner,
                "\(learner.masteredCount(of: report.skills))/\(report.skills.count)",
                weakest,
                ReportFigures.percent(learner.accuracy),
                ReportFigures.count(learner.answers),
                ReportFigures.duration(learner.timePractised, language: language),
                learner.lastActive.map { ReportFigures.day($0, timeZone: timeZone) } ?? "—",
                "\(learner.streakDays)",
                "\(learner.dueItems)/\(learner.overdueItems)",
                "\(learner.quizzesPassed)/\(learner.quizzesCompleted)",
                roleplays,
                report.attention(learner).map { $0.label[language] }.joined(separator: ", "),
            ])
        }
        return table
    }

    private func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
