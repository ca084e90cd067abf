/// One walk through a dialogue: where the learner is, what they chose, and how well it went.
public struct DialogueRun: Sendable {
    /// A skill observation made by a choice, with the feedback that explains it.
    public struct Observation: Sendable, Equatable {
        public var skill: String
        public var shown: Bool
        public var feedback: LocalizedText
    }

    public let dialogue: Dialogue
    public private(set) var node: DialogueNode
    /// Node ids visited, in order, the current one last.
    public private(set) var path: [String]
    /// Choice numbers (1-based) taken, in order.
    public private(set) var choicesTaken: [Int] = []
    public private(set) var observations: [Observation] = []
    /// Choices taken that were right or wrong (neither do not count).
    public private(set) var scored = 0
    public private(set) var correct = 0

    /// The matcher of typed answers: the same one for the chat, `runding play` and the tests.
    public let understander: AnswerUnderstander

    /// Starts at `dialogue.start` (or `from`); nil when that node does not exist.
    public init?(_ dialogue: Dialogue, from start: String? = nil, understander: AnswerUnderstander) {
        guard let first = dialogue.node(start ?? dialogue.start) else { return nil }
        self.dialogue = dialogue
        self.understander = understander
        node = first
        path = [first.id]
    }

    public var isFinished: Bool { node.ending != nil }

    /// What `answer` means at the current node, without moving; a number is an option's number
    /// in `order` (the order shown; authored when nil).
    public func interpret(_ answer: String, order: OptionOrder? = nil) -> Understanding {
        understander.understand(answer, in: node, of: dialogue.id, order: order)
    }

    /// Takes choice `index` of the current node and moves to where it goes.
    /// Returns false (and stays) when the target node does not exist.
    @discardableResult
    public mutating func take(_ index: Int) -> Bool {
        guard node.choices.indices.contains(index), let next = dialogue.node(node.choices[index].goto) else {
            return false
        }
        let choice = node.choices[index]
        choicesTaken.append(index + 1)
        for (skill, shown) in choice.orderedEvidence {
            observations.append(Observation(skill: skill, shown: shown, feedback: choice.feedback))
        }
        if let isCorrect = choice.isCorrect {
            scored += 1
            if isCorrect { correct += 1 }
        }
        node = next
        path.append(next.id)
        return true
    }

    /// Whether the run passed, once it has reached an ending (`PassRules`): a quiz when its score
    /// reaches the pass mark at a successful ending, a role-play at a successful ending.
    public var passed: Bool? {
        node.ending.map { PassRules.passed(dialogue, ending: $0, score: score) }
    }

    /// The share of scored choices that were right; for a run without any, 1 or 0 by the ending's success.
    public var score: Double {
        if scored > 0 { return Double(correct) / Double(scored) }
        return node.ending?.success == false ? 0 : 1
    }

    /// Per skill, in the order first observed: how often it was shown and missed.
    public var skillTally: [(skill: String, shown: Int, missed: Int)] {
        var order: [String] = []
        var counts: [String: (Int, Int)] = [:]
        for observation in observations {
            if counts[observation.skill] == nil { order.append(observation.skill) }
            var count = counts[observation.skill] ?? (0, 0)
            if observation.shown { count.0 += 1 } else { count.1 += 1 }
            counts[observation.skill] = count
        }
        return order.map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1 ?? 0) }
    }
}
