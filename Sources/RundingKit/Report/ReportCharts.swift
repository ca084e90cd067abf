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

    /// One bar per day, the day's count over each bar that has answers, the first and last day named.
    static func answersPerDay(_ counts: [Int], days: [String], title: String) -> String {
        let escape = ReportHTMLWriter.escape
        let barWidth = 20, chartHeight = 100
        let top = max(1, counts.max() ?? 1)
        let width = barWidth * counts.count
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(chartHeight + 36)\" width=\"100%\">"
            + "<title>\(escape(title))</title>\n"
        for (index, count) in counts.enumerated() {
            let height = chartHeight * count / top
            let x = index * barWidth
            svg += "<rect x=\"\(x + 2)\" y=\"\(chartHeight - height + 14)\" width=\"\(barWidth - 4)\" height=\"\(height)\" fill=\"#0072B2\">"
                + "<title>\(escape(days.indices.contains(index) ? days[index] : "")): \(count)</title></rect>"
            if count > 0 {
                svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(chartHeight - height + 11)\" text-anchor=\"middle\" font-size=\"9\">\(count)</text>"
            }
        }
        if let first = days.first, let last = days.last {
            svg += "\n<text x=\"0\" y=\"\(chartHeight + 30)\" font-size=\"10\">\(escape(first))</text>"
                + "<text x=\"\(width)\" y=\"\(chartHeight + 30)\" text-anchor=\"end\" font-size=\"10\">\(escape(last))</text>"
        }
        return svg + "</svg>\n"
    }
}
