/// Fits a `TextTable` to a width: short headers first, then cells of wrappable columns wrapped
/// at word boundaries, then low-priority columns dropped, never a word broken.
struct TableFitter {
    /// One column's fitting rules.
    struct Column {
        /// The header used when the full one does not fit.
        var shortHeader: String
        /// Columns of the lowest priority are dropped first; 0 is never dropped.
        var priority: Int
        /// Whether cells may wrap onto more lines at spaces.
        var wraps: Bool
        /// A wrapping column narrower than this drops other columns first.
        var comfortableWidth: Int = 0
    }

    var table: TextTable
    var columns: [Column]
    var width: Int

    /// The lines of the fitted table and the headers of the columns left out; `breaks` are
    /// lines put before the row of their index (group headings), never fitted.
    func lines(bold: Bool = false, breaks: [Int: [String]] = [:]) -> (lines: [String], dropped: [String]) {
        var kept = Array(table.headers.indices)
        var headers = table.headers
        var dropped: [String] = []
        while true {
            if let widths = widths(kept, headers: headers) {
                return (render(kept, headers: headers, widths: widths, bold: bold, breaks: breaks), dropped)
            }
            if headers != columns.map(\.shortHeader) {
                headers = columns.map(\.shortHeader)
                continue
            }
            guard let victim = kept.filter({ columns[$0].priority > 0 })
                .min(by: { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }) else {
                return (render(kept, headers: headers, widths: widths(kept, headers: headers, force: true)!, bold: bold,
                               breaks: breaks), dropped)
            }
            kept.removeAll { $0 == victim }
            dropped.insert(table.headers[victim], at: 0)
        }
    }

    /// Column widths within `width`, or nil when even the narrowest do not fit.
    private func widths(_ kept: [Int], headers: [String], force: Bool = false) -> [Int: Int]? {
        let droppable = kept.contains { columns[$0].priority > 0 }
        var natural: [Int: Int] = [:], minimum: [Int: Int] = [:]
        for index in kept {
            let cells = [headers[index]] + table.rows.map { index < $0.count ? $0[index] : "" }
            natural[index] = cells.map(\.count).max() ?? 0
            let longestWord = cells.flatMap { $0.split(separator: " ").map(\.count) }.max() ?? 0
            let comfortable = droppable ? min(natural[index]!, columns[index].comfortableWidth) : 0
            minimum[index] = columns[index].wraps ? max(longestWord, comfortable) : natural[index]!
        }
        var result = natural
        let gaps = 2 * max(0, kept.count - 1)
        var excess = kept.reduce(gaps) { $0 + natural[$1]! } - width
        // Shrink the widest wrappable column one character at a time.
        while excess > 0 {
            guard let widest = kept.filter({ result[$0]! > minimum[$0]! }).max(by: { result[$0]! < result[$1]! }) else {
                return force ? result : nil
            }
            result[widest]! -= 1
            excess -= 1
        }
        return result
    }

    private func render(_ kept: [Int], headers: [String], widths: [Int: Int], bold: Bool,
                        breaks: [Int: [String]]) -> [String] {
        func lines(_ cells: [String]) -> [String] {
            let wrapped = kept.map { Self.wrap(cells.indices.contains($0) ? cells[$0] : "", width: widths[$0]!) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                var parts: [String] = []
                for (position, index) in kept.enumerated() {
                    let cell = row < wrapped[position].count ? wrapped[position][row] : ""
                    let padding = String(repeating: " ", count: max(0, widths[index]! - cell.count))
                    parts.append(table.alignments[index] == .right ? padding + cell : cell + padding)
                }
                return String(parts.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
            }
        }
        let header = lines(headers).map { bold ? "\u{1B}[1m\($0)\u{1B}[0m" : $0 }
        let rule = kept.map { String(repeating: "─", count: widths[$0]!) }.joined(separator: "  ")
        return header + [rule] + table.rows.enumerated().flatMap { (breaks[$0.offset] ?? []) + lines($0.element) }
    }

    /// `text` in lines of at most `width` characters, broken at spaces only.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines
    }
}
