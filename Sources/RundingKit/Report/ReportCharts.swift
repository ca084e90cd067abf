/// Inline SVG charts for the HTML report: no script, each with a `<title>`, every bar labelled
/// with its number, colours from the Okabe–Ito palette (safe for red-green colour blindness).
enum ReportCharts {
    /// Mastered, proficient, familiar, attempted: blue, sky blue, yellow, orange.
    static let levelColours: [(SkillLevel, String)] = [(.mastered, "#0072B2"), (.proficient, "#56B4E9"),
                                                       (.familiar, "#F0E442"), (.attempted, "#E69F00")]

    /// One stacked bar per skill: learners at each level, the count printed in each part.
    static func teamMastery(_ summaries: [TeamSkillSummary], learners: Int, language: Language) -> String {
        let escape = ReportHTMLWriter.escape
        let rowHeight = 22, labelWidth = 180, barWidth = 400
        let height = rowHeight * summaries.count + 30
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(labelWidth + barWidth + 10) \(height)\" width=\"100%\">"
            + "<title>\(escape(ReportStrings.chartTeamMastery[language]))</title>\n"
        for (row, summary) in summaries.enumerated() {
            let y = row * rowHeight
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" font-size=\"12\">"
                + "\(escape(ReportText.safe(summary.skill.name[language], limit: 28)))</text>"
            var x = labelWidth
            for (level, colour) in levelColours {
                let count = summary.count(level)
                guard count > 0, learners > 0 else { continue }
                let width = max(1, barWidth * count / learners)
                svg += "<rect x=\"\(x)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 4)\" fill=\"\(colour)\">"
                    + "<title>\(escape(level.name[language])): \(count)</title></rect>"
                svg += "<text x=\"\(x + width / 2)\" y=\"\(y + 15)\" text-anchor=\"middle\" font-size=\"11\""
                    + "\(level == .mastered ? " fill=\"#fff\"" : "")>\(count)</text>"
                x += width
            }
            svg += "\n"
        }
        var x = labelWidth
        let legendY = rowHeight * summaries.count + 18
        for (level, colour) in levelColours {
            svg += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"\(colour)\"></rect>"
                + "<text x=\"\(x + 14)\" y=\"\(legendY)\" font-size=\"11\">\(escape(level.name[language]))</text>"
            x += 95
        }
        return svg + "</svg>\n"
    }

    /// One bar per day, the day's count over each bar that has answers (turned upright, so that
    /// eight weeks fit a phone), the first and last day named.
    static func answersPerDay(_ counts: [Int], days: [String], title: String) -> String {
        let escape = ReportHTMLWriter.escape
        let barWidth = 12, chartHeight = 100, top = 26
        let highest = max(1, counts.max() ?? 1)
        let width = barWidth * counts.count
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(chartHeight + top + 18)\" width=\"100%\">"
            + "<title>\(escape(title))</title>\n"
        for (index, count) in counts.enumerated() {
            let height = chartHeight * count / highest
            let x = index * barWidth
            svg += "<rect x=\"\(x + 1)\" y=\"\(chartHeight - height + top)\" width=\"\(barWidth - 2)\" height=\"\(height)\" fill=\"#0072B2\">"
                + "<title>\(escape(days.indices.contains(index) ? days[index] : "")): \(count)</title></rect>"
            if count > 0 {
                let labelX = x + barWidth / 2 + 3, labelY = chartHeight - height + top - 2
                svg += "<text x=\"\(labelX)\" y=\"\(labelY)\" transform=\"rotate(-90 \(labelX) \(labelY))\" font-size=\"9\">\(count)</text>"
            }
        }
        if let first = days.first, let last = days.last {
            svg += "\n<text x=\"0\" y=\"\(chartHeight + top + 14)\" font-size=\"10\">\(escape(first))</text>"
                + "<text x=\"\(width)\" y=\"\(chartHeight + top + 14)\" text-anchor=\"end\" font-size=\"10\">\(escape(last))</text>"
        }
        return svg + "</svg>\n"
    }

    /// A learner's mastery over time: one row per skill with evidence, a line through its P(L) at
    /// the end of each week (`SkillSummary.weekly`), a dot per week with its value as a tooltip,
    /// the latest value printed with its trend (↑ ↓ =) and ✔ when mastered.
    static func masteryOverTime(_ rows: [(name: String, summary: SkillSummary)], weekEnds: [String], title: String) -> String {
        let escape = ReportHTMLWriter.escape
        let rowHeight = 26, labelWidth = 170, step = 36, valueWidth = 80, header = 16
        let weeks = max(1, weekEnds.count)
        let lineWidth = step * (weeks - 1)
        let width = labelWidth + 10 + lineWidth + 10 + valueWidth
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(header + rowHeight * rows.count + 4)\" width=\"100%\">"
            + "<title>\(escape(title))</title>\n"
        let left = labelWidth + 10
        if let first = weekEnds.first, let last = weekEnds.last {
            svg += "<text x=\"\(left)\" y=\"11\" font-size=\"10\">\(escape(first))</text>"
                + "<text x=\"\(left + lineWidth)\" y=\"11\" text-anchor=\"end\" font-size=\"10\">\(escape(last))</text>\n"
        }
        for (row, entry) in rows.enumerated() {
            let top = header + row * rowHeight, bandHeight = rowHeight - 6
            let y: (Double) -> Int = { top + 3 + Int((Double(bandHeight) * (1 - min(max($0, 0), 1))).rounded()) }
            svg += "<text x=\"\(labelWidth)\" y=\"\(top + 17)\" text-anchor=\"end\" font-size=\"12\">"
                + "\(escape(ReportText.safe(entry.name, limit: 26)))</text>"
                + "<rect x=\"\(left)\" y=\"\(top + 3)\" width=\"\(lineWidth)\" height=\"\(bandHeight)\" fill=\"#f0f0f0\"></rect>"
            let points = entry.summary.weekly.enumerated().compactMap { week, value in value.map { (left + week * step, y($0), week, $0) } }
            if points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\" points=\""
                    + points.map { "\($0.0),\($0.1)" }.joined(separator: " ") + "\"></polyline>"
            }
            for (x, pointY, week, value) in points {
                let day = weekEnds.indices.contains(week) ? weekEnds[week] : ""
                svg += "<circle cx=\"\(x)\" cy=\"\(pointY)\" r=\"3\" fill=\"#0072B2\">"
                    + "<title>\(escape(day)): \(ReportFigures.knowledgePercent(value))</title></circle>"
            }
            let summary = entry.summary
            let trend = summary.pKnown > summary.firstWeekPKnown + 0.005 ? " ↑" : summary.pKnown < summary.firstWeekPKnown - 0.005 ? " ↓" : " ="
            svg += "<text x=\"\(left + lineWidth + 10)\" y=\"\(top + 17)\" font-size=\"12\">"
                + "\(ReportFigures.knowledgePercent(summary.pKnown))\(trend)\(summary.mastered ? " ✔" : "")</text>\n"
        }
        return svg + "</svg>\n"
    }
}
