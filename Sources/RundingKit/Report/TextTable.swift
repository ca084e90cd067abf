/// Columns of text aligned with spaces, for a terminal or a pipe.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    /// The lines of the table: header, a rule, the rows; no trailing spaces.
    func lines(bold: Bool = false) -> [String] {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() where index < widths.count {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(alignments[index] == .right ? padding + cell : cell + padding)
            }
            return String(parts.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        let header = line(headers)
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return [bold ? "\u{1B}[1m\(header)\u{1B}[0m" : header, rule] + rows.map(line)
    }
}
