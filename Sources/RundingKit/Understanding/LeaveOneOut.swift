/// How well a node will understand learners, measured on its own examples: each example scored
/// by a model built without it (leave-one-out), then decided as a learner's answer would be.
public struct LeaveOneOut: Sendable {
    /// One example's fate.
    public struct Outcome: Sendable, Equatable {
        public var choice: Int
        public var text: String
        /// The choice the model without it scored best.
        public var closest: Int
        public var decision: Understanding
        /// Whether it reached its own choice, directly or through one confirmation.
        public var isReached: Bool {
            switch decision {
            case .take(let index, _), .confirm(let index, _): index == choice
            case .askAgain: false
            }
        }
    }

    public let outcomes: [Outcome]

    /// Every example (and option text) of `node`'s choices; nodes with fewer than two choices
    /// with examples have nothing to tell apart and give none.
    public init(node: DialogueNode, understander: AnswerUnderstander) {
        let documents = NodeModel.documents(of: node)
        let analyzer = understander.analyzer
        guard Set(documents.map(\.choice)).count >= 2 else {
            outcomes = []
            return
        }
        let full = NodeModel(documents: documents, analyzer: analyzer)
        var outcomes: [Outcome] = []
        for (left, document) in documents.enumerated() {
            // An example that is its choice's only one cannot be left out: nothing would remain.
            guard documents.indices.contains(where: { $0 != left && documents[$0].choice == document.choice }) else {
                continue
            }
            let scores = full.leavingOut(left)
            let words = analyzer.words(document.text)
            let exact = node.choices.indices.filter {
                !node.choices[$0].isFallback && AnswerUnderstander.isExact(words, for: node.choices[$0])
            }
            let decision = exact.count == 1 ? .take(exact[0], .pattern) : understander.decide(scores, in: node)
            outcomes.append(Outcome(choice: document.choice, text: document.text,
                                    closest: scores.first?.choice ?? document.choice, decision: decision))
        }
        self.outcomes = outcomes
    }

    /// The share of examples that reached their own choice; nil without any.
    public var accuracy: Double? {
        outcomes.isEmpty ? nil : Double(outcomes.filter(\.isReached).count) / Double(outcomes.count)
    }
}
