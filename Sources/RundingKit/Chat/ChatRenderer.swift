/// Lays a reply out as text: wrapped to a width, with colours and bars only on a terminal.
public struct ChatRenderer: Sendable {
    public var width: Int
    /// ANSI colours (a terminal, no `NO_COLOR`, no `--no-color`).
    public var color: Bool
    /// Bars and symbols drawn for a person at a terminal; plain figures when piped.
    public var terminal: Bool

    public init(width: Int = 80, color: Bool = false, terminal: Bool = false) {
        self.width = max(20, width)
        self.color = color
        self.terminal = terminal
    }

    public func render(_ reply: ChatReply) -> String {
        var lines: [String] = []
        for block in reply.blocks {
            // A new speaker's line or a heading starts a new paragraph.
            switch block {
            case .speech, .title:
                if !lines.isEmpty && lines.last != "" { lines.append("") }
            default:
                break
            }
            lines += render(block)
        }
        return lines.map { TerminalSafeText.cleanKeepingEscapes($0, allowEscapes: color) }
            .joined(separator: "\n")
    }

    private func render(_ block: ChatBlock) -> [String] {
        switch block {
        case .text(let text):
            return wrap(text)
        case .title(let text):
            return wrap(text).map { paint($0, "1") }
        case .speech(let speaker, let text):
            guard let speaker else { return wrap(text) }
            return wrap("\(speaker): “\(text)”").enumerated().map { index, line in
                index == 0 ? paint(String(line.prefix(speaker.count + 1)), "1;36") + String(line.dropFirst(speaker.count + 1))
                           : line
            }
        case .choices(let options):
            // Numbers right-aligned, so that 10–13 line up with 1–9.
            let width = String(options.count).count
            return options.enumerated().flatMap { index, option in
                let number = String(index + 1)
                let prefix = "  " + String(repeating: " ", count: width - number.count) + number + ". "
                return wrap(option, firstPrefix: prefix, restPrefix: String(repeating: " ", count: prefix.count))
            }
        case .bullets(let items):
            return items.flatMap { wrap($0, firstPrefix: "  • ", restPrefix: "    ") }
        case .feedback(let correct, let text):
            let mark: String
            switch correct {
            case true?: mark = paint("✔", "32") + " "
            case false?: mark = paint("✘", "31") + " "
            case nil: mark = "→ "
            }
            let lines = wrap(text, firstPrefix: "  ", restPrefix: "  ")
            guard let first = lines.first else { return [] }
            return [mark + first.dropFirst(2)] + lines.dropFirst()
        case .bar(let label, let value, let level, let levelName):
            let name = label.count < 28 ? label + String(repeating: " ", count: 28 - label.count) : label
            guard let value else {
                return ["  \(name) " + (terminal ? paint("·········· ", "2") : "") + "— " + levelName]
            }
            let mastered = level == .mastered
            // Floored, so that 0.949 shows as 94%, never as the 95% of proficiency.
            let percent = "\(Self.flooredPercent(value))%"
            let note = " " + levelName + (mastered ? " ✔" : "")
            guard terminal else { return ["  \(name) \(percent)\(note)"] }
            let filled = Int(min(max(value, 0), 1) * 10)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
            return ["  \(name) " + paint(bar, mastered ? "32" : "33") + " \(percent)\(note)"]
        case .notice(let text):
            return wrap("! " + text).map { paint($0, "33") }
        }
    }

    /// A probability as a whole percentage, rounded down: 0.9499 → 94.
    static func flooredPercent(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((min(max(value, 0), 1) * 100 + 1e-9).rounded(.down))
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Greedy word wrap; words longer than the line are cut.
    func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = lines.isEmpty ? firstPrefix : restPrefix
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                let available = width - line.count - (lineHasWord ? 1 : 0)
                if word.count > available && lineHasWord {
                    lines.append(line)
                    line = restPrefix
                    lineHasWord = false
                }
                while word.count > width - line.count, width - line.count > 0 {
                    let cut = width - line.count
                    lines.append(line + word.prefix(cut))
                    word = word.dropFirst(cut)
                    line = restPrefix
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }
}
