/// The main path through a dialogue: the fewest choices from the start to an ending that counts
/// as passed, taking only right answers (or neutral ones) where it can, as a learner would type
/// it in the chat: a sample or example answer that the understander takes as the choice, else
/// the option's text (never its number, which the shuffled order changes). Transcript tests record it once; trainers may then edit the inputs.
public struct DialogueMainPath: Sendable {
    /// One step: the node, the choice taken (0-based) and what the learner types for it.
    public struct Step: Sendable, Equatable {
        public var node: String
        public var choice: Int
        public var input: String
    }

    public let dialogue: Dialogue
    /// The steps, or nil when no ending can be reached at all.
    public let steps: [Step]?

    public init(_ dialogue: Dialogue, language: Language = .ms,
                understander: AnswerUnderstander = AnswerUnderstander()) {
        self.dialogue = dialogue
        /// What to type for choice `index` of `node` so that the matcher takes it, if anything.
        func input(_ node: DialogueNode, _ index: Int) -> String? {
            let choice = node.choices[index]
            if choice.isFallback { return node.mode == .type ? nil : String(index + 1) }
            // Numbers change with the shuffled order, and a typed-first role-play shows none.
            let answers = choice.samples + choice.examples[language] + [choice.text[language]]
            for answer in answers where !answer.isEmpty {
                if case .take(let picked, _) = understander.understand(answer, in: node, of: dialogue.id),
                   picked == index { return answer }
            }
            return node.mode == .choose ? String(index + 1) : nil
        }
        func search(rightOnly: Bool, passedOnly: Bool) -> [Step]? {
            guard dialogue.node(dialogue.start) != nil else { return nil }
            var previous: [String: (from: String, step: Step)] = [:]
            var seen: Set<String> = [dialogue.start]
            var queue = [dialogue.start]
            var head = 0
            while head < queue.count {
                let id = queue[head]
                head += 1
                guard let node = dialogue.node(id) else { continue }
                if let ending = node.ending, ending.success || !passedOnly {
                    var steps: [Step] = []
                    var current = id
                    while let link = previous[current] {
                        steps.insert(link.step, at: 0)
                        current = link.from
                    }
                    return steps
                }
                for (index, choice) in node.choices.enumerated() {
                    guard !seen.contains(choice.goto), dialogue.node(choice.goto) != nil,
                          !(rightOnly && choice.isCorrect == false), let typed = input(node, index) else { continue }
                    seen.insert(choice.goto)
                    previous[choice.goto] = (id, Step(node: id, choice: index, input: typed))
                    queue.append(choice.goto)
                }
            }
            return nil
        }
        steps = search(rightOnly: true, passedOnly: true) ?? search(rightOnly: false, passedOnly: true)
            ?? search(rightOnly: false, passedOnly: false)
    }

    /// What a learner types in the chat: the command that starts the dialogue, then each answer.
    public func chatInputs(language: Language = .ms) -> [String]? {
        guard let steps else { return nil }
        let command = dialogue.kind == .quiz ? ChatCommand.quiz : ChatCommand.roleplay
        return ["/\(command.name(in: language)) \(dialogue.id)"] + steps.map(\.input)
    }
}
