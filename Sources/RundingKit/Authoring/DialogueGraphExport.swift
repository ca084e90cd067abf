/// A dialogue drawn as a graph (`runding graph`): Graphviz DOT or a Mermaid flowchart, text
/// that both tools render as it is.
///
/// Each node shows its id and the first words of its line; edges carry the choice numbers
/// (choices with the same target share one edge: `1, 3`); endings are filled green when they
/// count as passed, red otherwise; edges into a remediation node and the node itself are dashed;
/// the start node has a thick border and an arrow from a dot.
public struct DialogueGraphExport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case dot
        case mermaid
    }

    /// One arrow: from a node to another, with the numbers (1-based) of the choices it stands for.
    struct Edge: Equatable {
        var from: String
        var to: String
        var choices: [Int]
        var isRemediation: Bool
    }

    public let dialogue: Dialogue
    public let language: Language
    /// How many words of a node's line its label shows.
    public let words: Int

    public init(_ dialogue: Dialogue, language: Language, words: Int = 6) {
        self.dialogue = dialogue
        self.language = language
        self.words = max(1, words)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .dot: return dot()
        case .mermaid: return mermaid()
        }
    }

    // MARK: Graphviz

    public func dot() -> String {
        var lines = ["digraph \(Self.dotString(dialogue.id)) {"]
        lines.append("  graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=\(Self.dotString(dialogue.title[language]))];")
        lines.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];")
        lines.append("  edge [fontname=\"Helvetica\"];")
        lines.append("  \"_start\" [shape=point, width=0.15];")
        for node in dialogue.nodes {
            var attributes = ["label=" + Self.dotString(labelLines(node).joined(separator: "\n"))]
            if let ending = node.ending {
                attributes += ["shape=doubleoctagon", "style=filled",
                               "fillcolor=\"\(ending.success ? Self.successFill : Self.failureFill)\""]
            } else if node.isRemediation {
                attributes.append("style=\"rounded,dashed\"")
            }
            if node.id == dialogue.start { attributes.append("penwidth=2.5") }
            lines.append("  \(Self.dotString(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        if dialogue.node(dialogue.start) != nil {
            lines.append("  \"_start\" -> \(Self.dotString(dialogue.start));")
        }
        for edge in edges() {
            var attributes = ["label=" + Self.dotString(edge.choices.map(String.init).joined(separator: ", "))]
            if edge.isRemediation { attributes.append("style=dashed") }
            lines.append("  \(Self.dotString(edge.from)) -> \(Self.dotString(edge.to)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string; `\n` inside becomes a centred line break.
    static func dotString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: Mermaid

    public func mermaid() -> String {
        let names = Dictionary(uniqueKeysWithValues: dialogue.nodes.enumerated().map { ($1.id, "n\($0 + 1)") })
        var lines = ["flowchart TD", "  %% \(dialogue.id)"]
        lines.append("  start_((\" \")) --> \(names[dialogue.start] ?? "start_")")
        for node in dialogue.nodes {
            let label = "\"" + labelLines(node).map(Self.mermaidText).joined(separator: "<br/>") + "\""
            let name = names[node.id]!
            if let ending = node.ending {
                lines.append("  \(name)([\(label)]):::\(ending.success ? "success" : "failure")")
            } else {
                var classes = node.isRemediation ? ":::remediation" : ""
                if node.id == dialogue.start { classes = node.isRemediation ? ":::remediation" : ":::entry" }
                lines.append("  \(name)[\(label)]\(classes)")
            }
        }
        for edge in edges() {
            guard let from = names[edge.from], let to = names[edge.to] else { continue }
            let label = edge.choices.map(String.init).joined(separator: ", ")
            lines.append("  \(from) \(edge.isRemediation ? "-.->" : "-->")|\(label)| \(to)")
        }
        lines.append("  classDef success fill:\(Self.successFill),stroke:#2e7d32")
        lines.append("  classDef failure fill:\(Self.failureFill),stroke:#c62828")
        lines.append("  classDef remediation stroke-dasharray:5 5")
        lines.append("  classDef entry stroke-width:3px")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for inside a Mermaid `"…"` label: characters Mermaid or HTML would read as syntax
    /// become entity codes (`#34;` for `"`).
    static func mermaidText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "#", "<", ">", "&", "`", "\\": result += "#\(scalar.value);"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: Shared

    static let successFill = "#c8e6c9"
    static let failureFill = "#ffcdd2"

    /// The node id, the first words of its line, and for an ending its outcome.
    func labelLines(_ node: DialogueNode) -> [String] {
        var lines = [node.id, firstWords(node.say[language])]
        if let ending = node.ending {
            lines.append(ending.outcome + (ending.success ? " ✔" : " ✘"))
        }
        return lines
    }

    func firstWords(_ text: String) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        let shown = all.prefix(words).joined(separator: " ")
        return all.count > words ? shown + " …" : shown
    }

    /// One edge per (node, target) pair, in the order the choices were written; targets that do
    /// not exist are left out (`runding check` reports them).
    func edges() -> [Edge] {
        var result: [Edge] = []
        for node in dialogue.nodes {
            for (index, choice) in node.choices.enumerated() {
                guard let target = dialogue.node(choice.goto) else { continue }
                if let existing = result.firstIndex(where: { $0.from == node.id && $0.to == target.id }) {
                    result[existing].choices.append(index + 1)
                } else {
                    result.append(Edge(from: node.id, to: target.id, choices: [index + 1],
                                       isRemediation: target.isRemediation))
                }
            }
        }
        return result
    }
}
