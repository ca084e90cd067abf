/// The skill × learner grid of mastery shown under the team table, in text or HTML colours.
///
/// Piped, each cell is a character: `.` no evidence, `0`–`9` P(known) in tenths, `M` mastered.
/// On a terminal that allows colours, each cell is that character coloured orange to blue.
struct MasteryHeatmap {
    enum Cell: Equatable {
        case noEvidence
        case known(Double, mastered: Bool)
    }

    let report: TeamReport

    func cell(_ learner: LearnerReport, _ skill: ReportSkill) -> Cell {
        guard let summary = learner.skills[skill.id] else { return .noEvidence }
        return .known(min(max(summary.pKnown, 0), 1), mastered: summary.mastered)
    }

    /// `.`, `0`…`9` or `M`.
    static func character(_ cell: Cell) -> String {
        switch cell {
        case .noEvidence: return "."
        case .known(_, mastered: true): return "M"
        case .known(let value, mastered: false): return String(min(9, Int(value * 10)))
        }
    }

    /// A 256-colour foreground for P(known), orange to blue (safe for red-green colour
    /// blindness; the digit is printed too): orange, light orange, light blue, blue; dark blue mastered.
    static func terminalColour(_ value: Double, mastered: Bool) -> Int {
        if mastered { return 27 }
        switch value {
        case ..<0.25: return 208
        case ..<0.5: return 215
        case ..<0.75: return 117
        default: return 39
        }
    }

    /// A background colour for P(known) from orange (0) through pale grey to blue (1): safe for
    /// red-green colour blindness, and always printed with the number.
    static func htmlColour(_ value: Double) -> String {
        let v = min(max(value, 0), 1)
        // Orange (230, 159, 0) → light (240, 240, 240) → blue (0, 114, 178), Okabe–Ito colours.
        let (from, to, t) = v < 0.5 ? ((230.0, 159.0, 0.0), (240.0, 240.0, 240.0), v * 2)
                                    : ((240.0, 240.0, 240.0), (86.0, 180.0, 233.0), (v - 0.5) * 2)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return "rgb(\(mix(from.0, to.0)), \(mix(from.1, to.1)), \(mix(from.2, to.2)))"
    }

    /// The heatmap as text lines: header of skill numbers, one row per learner, legend, key.
    func lines(language: Language, colour: Bool, width: Int) -> [String] {
        let skills = report.skills
        guard !skills.isEmpty, !report.learners.isEmpty else { return [] }
        let nameWidth = min(24, max(8, report.learners.map(\.learner.count).max() ?? 8))
        func name(_ text: String) -> String {
            let cut = text.count > nameWidth ? String(text.prefix(nameWidth - 1)) + "…" : text
            return cut + String(repeating: " ", count: nameWidth - cut.count)
        }
        var lines = [paint(ReportStrings.heatmapTitle[language], "1", colour), ""]
        lines.append(name("") + "  " + skills.indices.map { pad(String($0 + 1)) }.joined(separator: " "))
        for learner in report.learners {
            let cells = skills.map { skill -> String in
                let cell = cell(learner, skill)
                guard colour else { return pad(Self.character(cell)) }
                switch cell {
                case .noEvidence: return paint(" ·", "2", true)
                case .known(let value, let mastered):
                    return paint(pad(Self.character(cell)), "1;38;5;\(Self.terminalColour(value, mastered: mastered))", true)
                }
            }
            lines.append(name(learner.learner) + "  " + cells.joined(separator: " "))
        }
        lines.append("")
        if colour {
            let ramp = [(0.1, false), (0.4, false), (0.6, false), (0.9, false), (1.0, true)].map { value, mastered in
                paint("██", "38;5;\(Self.terminalColour(value, mastered: mastered))", true)
            }
            lines.append(ReportStrings.heatmapLegendColour[language] + " " + ramp.joined(separator: " ")
                         + " " + (language == .ms ? "(0–9 = P(tahu) dalam persepuluh, M = dikuasai)" : "(0–9 = P(known) in tenths, M = mastered)"))
        } else {
            lines += TableFitter.wrap(ReportStrings.heatmapLegendDigits[language], width: width)
        }
        let key = skills.enumerated().map { "\($0.offset + 1) \(ReportText.safe($0.element.name[language], limit: 40))" }
        lines += wrap(ReportStrings.skillsKey[language] + ": ", key, width: width)
        return lines
    }

    private func pad(_ text: String) -> String {
        String(repeating: " ", count: max(0, 2 - text.count)) + text
    }

    private func paint(_ text: String, _ code: String, _ enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `prefix` then the items separated by ` · `, wrapped to `width`.
    private func wrap(_ prefix: String, _ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = prefix
        for (index, item) in items.enumerated() {
            let separator = index == 0 ? "" : " · "
            // Room is kept for the " ·" that ends a line before the next.
            let last = index == items.count - 1
            if line.count + separator.count + item.count + (last ? 0 : 2) > width, index > 0 {
                lines.append(line + " ·")
                line = "  " + item
            } else {
                line += separator + item
            }
        }
        lines.append(line)
        return lines
    }
}
