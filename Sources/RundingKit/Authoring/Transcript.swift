import Foundation

/// A recorded conversation with the chat: what the learner typed and what the bot answered,
/// in a plain text format like Yarn Spinner's test plans (`.transcript` files).
///
/// ```
/// # quiz-enps: main path
/// > /kuiz quiz-enps
/// Kuiz eNPS
/// …
/// > 1
/// ✔ Betul, skor 9–10 ialah promoter.
/// ```
///
/// Lines before the first input are comments and must start with `#` (or be empty). A line
/// starting with `> ` (or a lone `>`, for an empty line typed) is learner input; the lines up to
/// the next input are the reply, with trailing empty lines ignored. A reply line that itself
/// starts with `>` or `\` is written with a `\` in front.
public struct Transcript: Sendable, Equatable {
    /// One line typed and the reply to it, as rendered lines.
    public struct Exchange: Sendable, Equatable {
        public var input: String
        public var output: [String]

        public init(input: String, output: [String]) {
            self.input = input
            self.output = output
        }
    }

    /// Why a transcript cannot be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var text: String
        public var description: String {
            "line \(line): '\(text)' comes before the first input ('> …'); start it with '#' to make it a comment"
        }
    }

    /// Comment lines, with their `#`.
    public var header: [String]
    public var exchanges: [Exchange]

    public init(header: [String] = [], exchanges: [Exchange]) {
        self.header = header
        self.exchanges = exchanges
    }

    public init(parsing text: String) throws(ParseError) {
        var header: [String] = []
        var exchanges: [Exchange] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            if line == ">" || line.hasPrefix("> ") {
                exchanges.append(Exchange(input: String(line.dropFirst(2)), output: []))
            } else if exchanges.isEmpty {
                if line.hasPrefix("#") {
                    header.append(line)
                } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw ParseError(line: index + 1, text: line)
                }
            } else {
                exchanges[exchanges.count - 1].output.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
            }
        }
        for index in exchanges.indices {
            while exchanges[index].output.last?.isEmpty == true { exchanges[index].output.removeLast() }
        }
        self.header = header
        self.exchanges = exchanges
    }

    /// What the learner typed, in order.
    public var inputs: [String] { exchanges.map(\.input) }

    /// The file's text: the header, a blank line, then each input and its reply followed by a blank line.
    public var text: String {
        var lines = header
        if !header.isEmpty { lines.append("") }
        for exchange in exchanges {
            lines.append(exchange.input.isEmpty ? ">" : "> " + exchange.input)
            for line in exchange.output {
                lines.append(line.hasPrefix(">") || line.hasPrefix("\\") ? "\\" + line : line)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
