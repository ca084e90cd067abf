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
        // With a roster, each team's heading comes before its first row; one fit for all rows.
        var breaks: [Int: [String]] = [:]
        if report.roster != nil {
            var row = 0
            for group in report.groups {
                breaks[row] = (row == 0 ? [] : [""]) + TableFitter.wrap("▸ " + group.heading(language), width: width).map(bold)
                row += group.learners.count
            }
        }
        let fitted = TableFitter(table: table(report), columns: Self.columns(language), width: width)
            .lines(bold: colour, breaks: breaks)
        lines += fitted.lines
        if !fitted.dropped.isEmpty {
            lines += TableFitter.wrap(ReportStrings.columnsLeftOut(fitted.dropped, width: width)[language], width: width)
        }
        lines.append("")
        lines += MasteryHeatmap(report: report).lines(language: language, colour: colour, width: width)
        lines.append("")
        lines += SkillSummaryTable(report: report, language: language).lines(width: width, bold: colour)
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

    /// How each column of `table` gives way on a narrow terminal: its short header, its
    /// priority (lowest dropped first; learner and attention never), whether it wraps.
    static func columns(_ language: Language) -> [TableFitter.Column] {
        let ms = language == .ms
        let spec: [(String, String, Int, Bool, Int)] = [
            ("Pelajar", "Learner", 0, false, 0), ("Kuasai", "Mast.", 6, false, 0), ("Terlemah", "Weakest", 5, true, 12),
            ("Tepat", "Acc.", 7, false, 0), ("Jwp.", "Ans.", 3, false, 0), ("Masa", "Time", 2, false, 0),
            ("Terakhir", "Last", 6, false, 0), ("Turut", "Strk", 1, false, 0), ("Perlu/tgk", "Due/od", 4, false, 0),
            ("Kuiz", "Quiz", 2, false, 0), ("Lakonan", "RP", 3, true, 0), ("Perhatian", "Attention", 0, true, 26),
        ]
        return spec.map {
            TableFitter.Column(shortHeader: ms ? $0.0 : $0.1, priority: $0.2, wraps: $0.3, comfortableWidth: $0.4)
        }
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
