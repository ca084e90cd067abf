/// Writes a report as one self-contained HTML page: styles inline, no script, no network.
///
/// Every text is HTML-escaped after control characters are removed, so a progress file can
/// neither inject markup nor escape sequences. The page prints with its colours.
public struct ReportHTMLWriter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: TeamReport) -> String {
        let configuration = report.configuration
        let title = report.isLearnerView
            ? "\(ReportStrings.learnerTitle[language]): \(report.learners.first?.learner ?? "")"
            : "\(ReportStrings.teamTitle[language]): \(report.learners.count) \(ReportStrings.learners[language])"
        var html = "<h1>\(Self.escape(title))</h1>\n"
            + "<p>\(Self.escape(ReportTableWriter.periodLine(configuration, language: language)))</p>\n"
        if report.learners.isEmpty {
            html += "<p>\(Self.escape(ReportStrings.noLearners[language]))</p>\n"
        } else {
            for group in report.groups {
                var part = report
                part.learners = group.learners
                if report.roster != nil {
                    html += "<h2 id=\"\(group.anchor)\">\(Self.escape(group.heading(language)))</h2>\n"
                }
                html += learnerTable(part)
            }
            html += heatmap(report)
            if !report.isLearnerView { html += skillSummary(report) + teamCharts(report) + learnerSections(report) }
            if report.isLearnerView, let learner = report.learners.first {
                html += details(learner, report: report)
            }
        }
        if !report.warnings.isEmpty {
            html += "<h2>\(Self.escape(ReportStrings.warningsTitle[language]))</h2>\n<ul>\n"
            for warning in report.warnings { html += "<li>\(Self.escape(warning.text(language, relative: true)))</li>\n" }
            if report.warningCount > report.warnings.count {
                html += "<li>\(Self.escape(ReportStrings.moreWarnings(report.warningCount - report.warnings.count)[language]))</li>\n"
            }
            html += "</ul>\n"
        }
        return page(title: title, body: html)
    }

    /// A whole page: `body` under the shared head and styles.
    func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private func learnerTable(_ report: TeamReport) -> String {
        let table = ReportTableWriter(language: language).table(report)
        let numeric = table.alignments.map { $0 == .right }
        // The last-active column holds dates: never wrapped.
        let dates: Set<Int> = [6]
        // On a phone each row becomes a card, each cell labelled with its header (`data-label`).
        var html = "<div class=\"scroll\"><table class=\"cards\">\n<thead><tr>"
            + table.headers.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let anchors = report.isLearnerView ? [:] : Self.learnerAnchors(report)
        for row in table.rows {
            html += "<tr>" + row.enumerated().map { index, cell in
                let label = table.headers.indices.contains(index) ? " data-label=\"\(Self.escape(table.headers[index]))\"" : ""
                if index == 0, let anchor = anchors[cell] {
                    return "<td\(label)><a href=\"#\(anchor)\">\(Self.escape(cell))</a></td>"
                }
                let kind = numeric[index] ? " class=\"n\"" : dates.contains(index) ? " class=\"d\"" : ""
                return "<td\(kind)\(label)>\(Self.escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func heatmap(_ report: TeamReport) -> String {
        let map = MasteryHeatmap(report: report)
        var html = "<h2>\(Self.escape(ReportStrings.heatmapTitle[language]))</h2>\n<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th></th>"
        for skill in report.skills {
            html += "<th class=\"skill\" title=\"\(Self.escape(skill.id))\">\(Self.escape(ReportText.safe(skill.name[language], limit: 40)))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for learner in report.learners {
            html += "<tr><th>\(Self.escape(learner.learner))</th>"
            for skill in report.skills {
                switch map.cell(learner, skill) {
                case .noEvidence:
                    html += "<td class=\"none\">·</td>"
                case .known(let value, let mastered):
                    html += "<td style=\"background: \(MasteryHeatmap.htmlColour(value))\">"
                        + "\(ReportFigures.knowledgePercent(value))\(mastered ? " ✔" : "")</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n<p class=\"legend\">"
        html += Self.escape(ReportStrings.heatmapLegendColour[language]) + " "
        for value in [0.0, 0.25, 0.5, 0.75, 1.0] {
            html += "<span style=\"background: \(MasteryHeatmap.htmlColour(value))\">\(ReportFigures.percent(value))</span>"
        }
        html += " ✔ = " + Self.escape(ReportStrings.masteredLegend[language]) + "</p>\n"
        return html
    }

    private func skillSummary(_ report: TeamReport) -> String {
        let summary = SkillSummaryTable(report: report, language: language)
        let table = summary.table()
        var html = "<h2>\(Self.escape(ReportStrings.skillSummaryTitle[language]))</h2>\n<div class=\"scroll\"><table class=\"skills\">\n<thead><tr>"
            + table.headers.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr><th>\(Self.escape(row[0]))</th>" + row.dropFirst().map { "<td class=\"n\">\(Self.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n<p>\(Self.escape(ReportStrings.skillSummaryNote[language]))</p>\n"
    }

    private func details(_ learner: LearnerReport, report: TeamReport) -> String {
        let configuration = report.configuration
        var html = "<h2>\(Self.escape(ReportStrings.masteryTrend[language]))</h2>\n<div class=\"scroll\"><table>\n<tr>"
        html += [ReportStrings.skillsKey, ReportStrings.columnFirstWeek, ReportStrings.columnLatest, ReportStrings.columnLevel]
            .map { "<th>\(Self.escape($0[language]))</th>" }.joined() + "</tr>\n"
        for skill in report.skills {
            let summary = learner.skills[skill.id]
            let arrow = summary.map { $0.pKnown > $0.firstWeekPKnown + 0.005 ? " ↑" : $0.pKnown < $0.firstWeekPKnown - 0.005 ? " ↓" : " =" } ?? ""
            html += "<tr><th>\(Self.escape(ReportText.safe(skill.name[language], limit: 40)))</th>"
                + "<td class=\"n\">\(ReportFigures.knowledgePercent(summary?.firstWeekPKnown))</td>"
                + "<td class=\"n\">\(ReportFigures.knowledgePercent(summary?.pKnown))\(arrow)\(summary?.mastered == true ? " ✔" : "")</td>"
                + "<td>\(Self.escape((summary?.level ?? .notStarted).name[language]))</td></tr>\n"
        }
        html += "</table></div>\n<h2>\(Self.escape(ReportStrings.dialoguesTitle[language]))</h2>\n<div class=\"scroll\"><table>\n<tr>"
        html += [ReportStrings.columnDialogue, ReportStrings.columnFirst, ReportStrings.columnBest, ReportStrings.columnAttempts,
                 ReportStrings.columnPassed]
            .map { "<th>\(Self.escape($0[language]))</th>" }.joined() + "</tr>\n"
        for id in learner.dialogues.keys.sorted() {
            guard let record = learner.dialogues[id] else { continue }
            let title = configuration.dialogueTitles[id].map { " (\($0[language]))" } ?? ""
            html += "<tr><td>\(Self.escape(id + title))</td><td class=\"n\">\(ReportFigures.percent(record.firstScore))</td>"
                + "<td class=\"n\">\(ReportFigures.percent(record.bestScore))</td><td class=\"n\">\(record.attempts)</td>"
                + "<td class=\"n\">\(record.passes)/\(record.attempts)</td></tr>\n"
        }
        html += "</table></div>\n<h2>\(Self.escape(ReportStrings.leechesTitle[language]))</h2>\n<ul>\n"
        for leech in learner.leeches {
            let text = configuration.itemDescription(leech.item, language: language).map { " — " + $0 } ?? ""
            html += "<li>\(Self.escape(leech.item))\(Self.escape(text)): \(Self.escape(ReportStrings.failures(leech.failures)[language]))</li>\n"
        }
        html += "</ul>\n<h2>\(Self.escape(ReportStrings.chartMasteryOverTime[language]))</h2>\n"
            + masteryOverTime(learner, report: report, title: ReportStrings.chartMasteryOverTime[language])
        html += "<h2>\(Self.escape(ReportStrings.activityTitle[language]))</h2>\n"
        return html + ReportCharts.answersPerDay(learner.answersByDay, days: days(configuration),
                                                 title: ReportStrings.chartLearnerAnswers[language])
    }

    /// The mastery-over-time chart of `learner`'s skills with evidence, in catalogue order.
    private func masteryOverTime(_ learner: LearnerReport, report: TeamReport, title: String) -> String {
        let rows = report.skills.compactMap { skill in learner.skills[skill.id].map { (name: skill.name[language], summary: $0) } }
        guard !rows.isEmpty else { return "<p>\(Self.escape(ReportStrings.chartNoSkillEvidence[language]))</p>\n" }
        let weekEnds = (1...LearnerReport.activityWeeks).map {
            ReportFigures.activityDay($0 * 7 - 1, now: report.configuration.now, timeZone: report.configuration.timeZone)
        }
        return ReportCharts.masteryOverTime(rows, weekEnds: weekEnds, title: title)
    }

    private func days(_ configuration: ReportConfiguration) -> [String] {
        (0..<LearnerReport.activityDays).map {
            ReportFigures.activityDay($0, now: configuration.now, timeZone: configuration.timeZone)
        }
    }

    /// The team's charts: mastery per skill and answers per day.
    private func teamCharts(_ report: TeamReport) -> String {
        var totals = [Int](repeating: 0, count: LearnerReport.activityDays)
        for learner in report.learners {
            for (index, count) in learner.answersByDay.enumerated() where index < totals.count { totals[index] += count }
        }
        return "<h2>\(Self.escape(ReportStrings.chartTeamMastery[language]))</h2>\n"
            + ReportCharts.teamMastery(TeamSkillSummary.summaries(report), learners: report.learners.count, language: language)
            + "<h2>\(Self.escape(ReportStrings.chartTeamAnswers[language]))</h2>\n"
            + ReportCharts.answersPerDay(totals, days: days(report.configuration), title: ReportStrings.chartTeamAnswers[language])
    }

    /// One section per learner, reached from the team table's links: summary, mastery over time, activity.
    private func learnerSections(_ report: TeamReport) -> String {
        let configuration = report.configuration
        var html = "<h2>\(Self.escape(ReportStrings.learnersTitle[language]))</h2>\n"
        let anchors = Self.learnerAnchors(report)
        for learner in report.learners {
            let reasons = report.attention(learner).map { $0.label[language] }.joined(separator: ", ")
            html += "<section class=\"learner\" id=\"\(anchors[learner.learner] ?? "")\">\n<h3>\(Self.escape(learner.learner))</h3>\n"
                + "<p>\(Self.escape(ReportStrings.columnMastered[language])) \(learner.masteredCount(of: report.skills))/\(report.skills.count)"
                + " · \(Self.escape(ReportStrings.columnAccuracy[language])) \(ReportFigures.percent(learner.accuracy))"
                + " · \(Self.escape(ReportStrings.columnAnswers[language])) \(ReportFigures.count(learner.answers))"
                + " · \(Self.escape(ReportStrings.columnLastActive[language])) <span class=\"d\">"
                + "\(learner.lastActive.map { ReportFigures.day($0, timeZone: configuration.timeZone) } ?? "—")</span>"
                + (reasons.isEmpty ? "" : " · \(Self.escape(reasons))") + "</p>\n"
                + masteryOverTime(learner, report: report,
                                  title: "\(learner.learner): \(ReportStrings.chartMasteryOverTime[language])")
                + ReportCharts.answersPerDay(learner.answersByDay, days: days(configuration),
                                             title: "\(learner.learner): \(ReportStrings.chartLearnerAnswers[language])")
                + "</section>\n"
        }
        return html
    }

    /// A unique HTML id per learner: `learner-` and the name's slug, numbered on a clash.
    static func learnerAnchors(_ report: TeamReport) -> [String: String] {
        var anchors: [String: String] = [:]
        var used: Set<String> = []
        for learner in report.learners {
            var anchor = "learner-" + HTMLAnchor.slug(learner.learner)
            var number = 2
            while used.contains(anchor) {
                anchor = "learner-" + HTMLAnchor.slug(learner.learner) + "-\(number)"
                number += 1
            }
            used.insert(anchor)
            anchors[learner.learner] = anchor
        }
        return anchors
    }

    /// The page's styles: no network, no script.
    static let style = """
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.d { white-space: nowrap; }
        .scroll { overflow-x: auto; max-width: 100%; }
        .scroll table { margin: 0; }
        .scroll tr > :first-child { position: sticky; left: 0; background: #fff; }
        @media (max-width: 600px) { body { margin: 0.5em; } table { font-size: 0.8em; } }
        table.heat td { width: 2.6em; text-align: center; font-size: 0.8em; }
        table.heat th.skill { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
        .none { color: #999; }
        svg.chart { max-width: 640px; display: block; margin: 0.5em 0; }
        section.learner { border-top: 1px solid #ccc; margin-top: 1em; }
        .d { white-space: nowrap; }
        @media (max-width: 600px) { h1 { font-size: 1.3em; } h2 { font-size: 1.1em; } }
        @media (max-width: 600px) {
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; }
          table.cards thead { display: none; }
          table.cards tr { border: 1px solid #ccc; border-radius: 6px; margin: 0 0 0.6em; padding: 0.3em 0.5em; }
          table.cards td { border: 0; padding: 0.15em 0; display: flex; justify-content: space-between; gap: 1em;
                           text-align: right; white-space: normal; }
          table.cards td::before { content: attr(data-label); font-weight: bold; text-align: left; }
          table.cards td:first-child { position: static; font-size: 1.1em; font-weight: bold; }
          table.cards td:first-child::before { content: none; }
          .scroll:has(> table.cards) { overflow-x: visible; }
        }
        .legend span { display: inline-block; padding: 0.1em 0.6em; margin-right: 0.2em; }
        @media print { body { margin: 0; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """

    /// `text` without control characters, with `& < > " '` as entities.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalSafeText.clean(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
