import Foundation

/// Writes a report as CSV (RFC 4180) for spreadsheets: a header row, then one row per learner,
/// or per learner and skill, or per skill for the team; for a learner view (`--learner`), the learner's detail.
///
/// Lines end with CRLF; a field holding a comma, quote or space at either end is quoted, with
/// quotes doubled. A text field starting with `=`, `+`, `-` or `@` gets a leading `'` so a
/// spreadsheet never runs it as a formula; the `learner_guarded` column says when the learner's
/// name got one (drop it to match the file; JSON keeps the raw name). Skill and dialogue names
/// are in `language`.
public struct ReportCSVWriter: Sendable {
    /// Rows per learner, or per learner × skill.
    public enum Rows: String, Sendable, CaseIterable {
        case learner
        case skill
        /// One row per skill for the whole team: learners at each level, mean P(known), answers.
        case skillSummary = "skill-summary"
    }

    public var rows: Rows
    public var language: Language

    public init(rows: Rows = .learner, language: Language = .en) {
        self.rows = rows
        self.language = language
    }

    public func render(_ report: TeamReport) -> String {
        var lines: [String] = []
        if report.isLearnerView, rows == .learner, let learner = report.learners.first {
            return ReportCSVDetail(language: language).rows(learner, report: report).map { Self.row($0) + "\r\n" }.joined()
        }
        switch rows {
        case .learner:
            lines.append(Self.row(["learner", "skills_mastered", "skills_total", "weakest_skill", "weakest_p_known",
                                   "accuracy", "answers", "correct", "time_practised_minutes", "last_active",
                                   "streak_days", "due", "overdue", "roleplays_completed", "roleplay_best_score",
                                   "roleplays_passed", "quizzes_completed", "quizzes_passed",
                                   "attention", "warnings", "learner_guarded", "team", "manager"].map(Field.text)))
            for learner in report.learners {
                let weakest = learner.weakestSkill(of: report.skills)
                lines.append(Self.row([
                    .text(learner.learner),
                    .number(String(learner.masteredCount(of: report.skills))),
                    .number(String(report.skills.count)),
                    .text(weakest?.skill.id ?? ""),
                    .number(weakest.map { Self.decimal($0.pKnown) } ?? ""),
                    .number(learner.accuracy.map(Self.decimal) ?? ""),
                    .number(String(learner.answers)),
                    .number(String(learner.correct)),
                    .number(String(Int(learner.timePractised / 60))),
                    .text(learner.lastActive.map { RFC3339Timestamp.string(from: $0) } ?? ""),
                    .number(String(learner.streakDays)),
                    .number(String(learner.dueItems)),
                    .number(String(learner.overdueItems)),
                    .number(String(learner.roleplaysCompleted)),
                    .number(learner.roleplayBestScore.map(Self.decimal) ?? ""),
                    .number(String(learner.roleplaysPassed)),
                    .number(String(learner.quizzesCompleted)),
                    .number(String(learner.quizzesPassed)),
                    .text(report.attention(learner).map(\.rawValue).joined(separator: " ")),
                    .number(String(learner.warningCount)),
                    .text(Self.isGuarded(learner.learner) ? "true" : "false"),
                    .text(report.team(of: learner)?.team ?? ""),
                    .text(report.team(of: learner)?.manager ?? ""),
                ]))
            }
        case .skill:
            lines.append(Self.row(["learner", "skill", "skill_name", "p_known", "mastered", "observations",
                                   "first_week_p_known"].map(Field.text)))
            for learner in report.learners {
                for skill in report.skills {
                    let summary = learner.skills[skill.id]
                    lines.append(Self.row([
                        .text(learner.learner),
                        .text(skill.id),
                        .text(ReportText.safe(skill.name[language])),
                        .number(Self.decimal(learner.pKnown(skill, configuration: report.configuration))),
                        .text(summary?.mastered == true ? "true" : "false"),
                        .number(String(summary?.observations ?? 0)),
                        .number(summary.map { Self.decimal($0.firstWeekPKnown) } ?? ""),
                    ]))
                }
            }
        case .skillSummary:
            lines.append(Self.row((["skill", "skill_name"] + TeamSkillSummary.levelOrder.map(\.id)
                                   + ["mean_p_known", "answers", "correct", "accuracy"]).map(Field.text)))
            for summary in TeamSkillSummary.summaries(report) {
                lines.append(Self.row([.text(summary.skill.id), .text(ReportText.safe(summary.skill.name[language]))]
                                      + TeamSkillSummary.levelOrder.map { .number(String(summary.count($0))) }
                                      + [.number(summary.meanPKnown.map(Self.decimal) ?? ""), .number(String(summary.answers)),
                                         .number(String(summary.correct)), .number(summary.accuracy.map(Self.decimal) ?? "")]))
            }
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// A cell: numbers are written as they are, text is guarded and quoted.
    enum Field {
        case text(String)
        case number(String)
    }

    static func row(_ fields: [Field]) -> String {
        fields.map { field in
            switch field {
            case .number(let value): return value
            case .text(let value): return cell(value)
            }
        }.joined(separator: ",")
    }

    /// Whether `cell` puts a `'` before `text`.
    static func isGuarded(_ text: String) -> Bool {
        TerminalSafeText.clean(text).unicodeScalars.first.map { "=+-@".unicodeScalars.contains($0) } ?? false
    }

    /// One text field, safe for a terminal and a spreadsheet, quoted when RFC 4180 needs it.
    static func cell(_ text: String) -> String {
        var value = TerminalSafeText.clean(text)
        if isGuarded(value) { value = "'" + value }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `0.7312`: four decimals at most, no trailing zeros.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = (min(max(value, -1e9), 1e9) * 10_000).rounded()
        var text = String(Int(scaled) / 10_000) + "." + zeroPadded(abs(Int(scaled)) % 10_000)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return (scaled < 0 && !text.hasPrefix("-")) ? "-" + text : text
    }

    private static func zeroPadded(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}
