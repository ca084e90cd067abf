import Foundation

/// `runding check --understanding`: how well each node will understand learners, as the
/// leave-one-out accuracy of its examples (`LeaveOneOut`): each example decided by a model built
/// without it, and counted when it reaches its own choice, directly or through a confirmation.
/// A node under `warningAccuracy` gets a U004 warning.
public struct UnderstandingReport: Sendable {
    /// Examples tested and reached: of a node, a dialogue or the pack.
    public struct Figure: Sendable, Equatable {
        public var examples = 0
        public var reached = 0
        /// Taken as its own choice without a confirmation.
        public var direct = 0

        public var accuracy: Double? { examples == 0 ? nil : Double(reached) / Double(examples) }

        static func + (lhs: Figure, rhs: Figure) -> Figure {
            Figure(examples: lhs.examples + rhs.examples, reached: lhs.reached + rhs.reached,
                   direct: lhs.direct + rhs.direct)
        }
    }

    public struct NodeFigure: Sendable, Equatable {
        public var node: String
        public var figure: Figure
    }

    public struct DialogueFigure: Sendable, Equatable {
        public var dialogue: String
        /// Nodes with at least one example that could be left out, in authored order.
        public var nodes: [NodeFigure]
        public var figure: Figure { nodes.reduce(Figure()) { $0 + $1.figure } }
    }

    public static let warningAccuracy = 0.9

    public let dialogues: [DialogueFigure]
    public let diagnostics: [Diagnostic]

    public init(pack: ContentPack, understander: AnswerUnderstander) {
        var dialogues: [DialogueFigure] = []
        var diagnostics: [Diagnostic] = []
        for dialogue in pack.dialogues {
            var nodes: [NodeFigure] = []
            for node in dialogue.nodes where node.ending == nil {
                let outcomes = LeaveOneOut(node: node, understander: understander).outcomes
                guard !outcomes.isEmpty else { continue }
                var figure = Figure(examples: outcomes.count)
                figure.reached = outcomes.filter(\.isReached).count
                figure.direct = outcomes.filter { outcome in
                    if case .take(let index, _) = outcome.decision { return index == outcome.choice }
                    return false
                }.count
                nodes.append(NodeFigure(node: node.id, figure: figure))
                if let accuracy = figure.accuracy, accuracy < Self.warningAccuracy {
                    // Rounded down: 89.6% is not shown as the 90% it misses.
                    let percent = "\(Int((accuracy * 100).rounded(.down)))%"
                    diagnostics.append(Diagnostic(
                        "U004", .warning, at: node.location,
                        ms: "nod '\(node.id)' memahami \(percent) contohnya apabila setiap satu diuji tanpanya "
                            + "(\(figure.reached)/\(figure.examples)); sasaran \(ChatFormat.percent(Self.warningAccuracy))",
                        en: "node '\(node.id)' understands \(percent) of its examples when each is tested without it "
                            + "(\(figure.reached)/\(figure.examples)); the target is \(ChatFormat.percent(Self.warningAccuracy))"))
                }
            }
            dialogues.append(DialogueFigure(dialogue: dialogue.id, nodes: nodes))
        }
        self.dialogues = dialogues
        self.diagnostics = diagnostics
    }

    /// All dialogues together.
    public var total: Figure { dialogues.reduce(Figure()) { $0 + $1.figure } }

    /// The table `runding check --understanding` prints.
    public func text(language: Language) -> String {
        func row(_ name: String, _ figure: Figure, indent: Int) -> String {
            let percent = figure.accuracy.map(ChatFormat.percent) ?? "—"
            let label = String(repeating: " ", count: indent) + name
            let padded = label.count < 34 ? label.padding(toLength: 34, withPad: " ", startingAt: 0) : label + " "
            return padded + "\(percent.leftPadded(to: 4)) (\(figure.reached)/\(figure.examples))"
        }
        var lines = [language == .ms
            ? "Ketepatan tinggal-satu: setiap contoh difahami oleh model yang dibina tanpanya."
            : "Leave-one-out accuracy: each example understood by a model built without it."]
        for dialogue in dialogues where !dialogue.nodes.isEmpty {
            lines.append(row(dialogue.dialogue, dialogue.figure, indent: 2))
            for node in dialogue.nodes { lines.append(row(node.node, node.figure, indent: 4)) }
        }
        lines.append(row(language == .ms ? "semua dialog" : "all dialogues", total, indent: 2))
        return lines.joined(separator: "\n")
    }

    /// The `understanding` member of `runding check --format json`.
    public var json: JSONValue {
        func figure(_ figure: Figure) -> [(String, JSONValue)] {
            [("examples", .int(figure.examples)), ("reached", .int(figure.reached)), ("direct", .int(figure.direct)),
             ("accuracy", figure.accuracy.map { .double($0) } ?? .null)]
        }
        return .object(figure(total) + [
            ("dialogues", .array(dialogues.map { dialogue in
                .object([("id", .string(dialogue.dialogue))] + figure(dialogue.figure) + [
                    ("nodes", .array(dialogue.nodes.map { node in
                        .object([("id", .string(node.node))] + figure(node.figure))
                    })),
                ])
            })),
        ])
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
