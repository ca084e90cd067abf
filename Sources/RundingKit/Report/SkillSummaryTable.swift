/// The per-skill team summary as a table: the same cells in text and HTML.
struct SkillSummaryTable {
    let summaries: [TeamSkillSummary]
    let language: Language

    init(report: TeamReport, language: Language) {
        summaries = TeamSkillSummary.summaries(report)
        self.language = language
    }

    /// Skill, one column per level from mastered down, mean P(known), answers, accuracy.
    func table() -> TextTable {
        var table = TextTable(
            headers: [ReportStrings.columnSkill[language]]
                + TeamSkillSummary.levelOrder.map { $0.name[language].capitalizedFirst }
                + [ReportStrings.columnMeanPKnown[language], ReportStrings.columnAnswers[language],
                   ReportStrings.columnAccuracy[language]],
            alignments: [.left] + Array(repeating: .right, count: TeamSkillSummary.levelOrder.count + 3))
        for summary in summaries {
            table.rows.append([ReportText.safe(summary.skill.name[language], limit: 40)]
                              + TeamSkillSummary.levelOrder.map { String(summary.count($0)) }
                              + [ReportFigures.knowledgePercent(summary.meanPKnown), ReportFigures.count(summary.answers),
                                 ReportFigures.percent(summary.accuracy)])
        }
        return table
    }

    /// Short headers and priorities for a narrow terminal: the skill is never dropped, "not
    /// started" goes first (the other levels say it).
    func columns() -> [TableFitter.Column] {
        let ms = language == .ms
        let spec: [(String, String, Int, Bool)] = [
            ("Kemahiran", "Skill", 0, true), ("Kuasai", "Mast.", 6, false), ("Mahir", "Prof.", 5, false),
            ("Biasa", "Fam.", 5, false), ("Cuba", "Att.", 5, false), ("Belum", "None", 1, false),
            ("P(tahu)", "P(k)", 4, false), ("Jwp.", "Ans.", 3, false), ("Tepat", "Acc.", 4, false),
        ]
        return spec.map { TableFitter.Column(shortHeader: ms ? $0.0 : $0.1, priority: $0.2, wraps: $0.3, comfortableWidth: $0.3 ? 14 : 0) }
    }

    /// The section as text lines within `width`: title, table, what the figures mean.
    func lines(width: Int, bold: Bool) -> [String] {
        guard !summaries.isEmpty else { return [] }
        let title = bold ? "\u{1B}[1m\(ReportStrings.skillSummaryTitle[language])\u{1B}[0m" : ReportStrings.skillSummaryTitle[language]
        let fitted = TableFitter(table: table(), columns: columns(), width: width).lines(bold: bold)
        var lines = [title, ""] + fitted.lines
        if !fitted.dropped.isEmpty {
            lines += TableFitter.wrap(ReportStrings.columnsLeftOut(fitted.dropped, width: width)[language], width: width)
        }
        return lines + TableFitter.wrap(ReportStrings.skillSummaryNote[language], width: width)
    }
}

extension String {
    /// The string with its first character in upper case: `mastered` → `Mastered`.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
