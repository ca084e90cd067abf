/// Reads CSV (RFC 4180) into rows of cells, each with the line it starts on.
///
/// Quoted cells may hold commas, doubled quotes and line breaks; CRLF and LF both end a row; a
/// byte-order mark is dropped.
enum CSVRows {
    static func parse(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if characters.last != "\n" { characters.append("\n") }
        var position = 0
        while position < characters.count {
            let character = characters[position]
            position += 1
            if quoted {
                if character == "\"" {
                    if position < characters.count, characters[position] == "\"" {
                        cell.append("\"")
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty:
                quoted = true
            case ",":
                cells.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                cells.append(cell)
                rows.append((rowLine, cells))
                cells = []
                cell = ""
                line += 1
                rowLine = line
            default:
                cell.append(character)
            }
        }
        return rows
    }
}
