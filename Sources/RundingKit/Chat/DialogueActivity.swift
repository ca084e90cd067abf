import Foundation

/// A quiz or a role-play in progress: shows each node, reads what the learner types as one of its
/// choices, records the answer, gives the choice's feedback and moves on, to the ending.
final class DialogueActivity: ChatActivity {
    /// Where the learner is within the current node.
    ///
    /// Each way of answering a node is a case here, with its own handling in `respond(to:)`, while
    /// `take(_:response:fromWords:)` stays the one way to move on.
    enum Phase: Equatable {
        /// The node is shown; a line is an answer to it. In a typed-first role-play the options
        /// stay hidden until asked for, or until an answer is not understood.
        case answering(optionsShown: Bool)
        /// A typed answer was probably this choice (authored index): yes, no, a number, or a new answer.
        case confirming(choice: Int, answer: String, optionsShown: Bool)
    }

    let context: ChatContext
    private(set) var run: DialogueRun
    private(set) var phase: Phase
    /// The order the current node's options are shown in (shuffled for each node shown).
    private(set) var order: OptionOrder
    /// When the current node was shown, for the answer's response time.
    private var shownAt: Date
    private var hintUsed = false

    init(context: ChatContext, run: DialogueRun) {
        self.context = context
        self.run = run
        shownAt = context.now
        phase = .answering(optionsShown: run.dialogue.inputMode == .choices)
        order = Self.order(for: run.node, context: context)
    }

    /// Starts `dialogue`: its title, intro and how to answer, then its first node. A dialogue whose
    /// start node is missing gets a notice and does not start.
    static func start(_ dialogue: Dialogue, context: ChatContext) -> ChatStep {
        let language = context.language
        guard let run = DialogueRun(dialogue, understander: context.understander) else {
            return .stay(.notice(language == .ms ? "Dialog '\(dialogue.id)' rosak: nod mula tiada."
                                                 : "Dialogue '\(dialogue.id)' is broken: its start node is missing."))
        }
        let activity = DialogueActivity(context: context, run: run)
        var blocks: [ChatBlock] = [.title(dialogue.title[language])]
        if let intro = dialogue.intro { blocks.append(.text(intro[language])) }
        blocks.append(.text(DialogueStrings.howToAnswer(dialogue, language: language)))
        return ChatStep(ChatReply(blocks) + activity.presentAgain(), next: .start(activity))
    }

    var isExercise: Bool { true }

    private var language: Language { context.language }

    private var optionsShown: Bool {
        switch phase {
        case .answering(let shown), .confirming(_, _, let shown): shown
        }
    }

    func respond(to line: String) -> ChatStep {
        switch phase {
        case .answering:
            return answer(line)
        case .confirming(let choice, let answer, let shown):
            switch ConfirmationReply(line) {
            case .yes:
                return take(choice, response: answer, fromWords: true, confirmed: true)
            case .no:
                phase = .answering(optionsShown: true)
                return .stay(.text(DialogueStrings.pickAnother[language]), options())
            case .number(let number):
                guard let index = order.authoredIndex(ofNumber: number), run.node.mode == .choose else {
                    phase = .answering(optionsShown: true)
                    return .stay(.text(DialogueStrings.noSuchNumber(order.count, language: language)), options())
                }
                return take(index, response: line, fromWords: false)
            case .newAnswer:
                phase = .answering(optionsShown: shown)
                return self.answer(line)
            }
        }
    }

    func perform(_ command: ChatCommand, argument: String) -> ChatStep? {
        switch command {
        case .hint:
            guard let hint = run.node.hint else { return nil }
            hintUsed = true
            return .stay(.text((language == .ms ? "Petunjuk: " : "Hint: ") + hint[language]))
        case .options:
            guard run.node.mode == .choose else {
                return .stay(.text(DialogueStrings.typeYourAnswer[language]))
            }
            phase = .answering(optionsShown: true)
            return .stay(options())
        default:
            return nil
        }
    }

    /// The current node: what is said, then how to answer it.
    func presentAgain() -> ChatReply {
        let node = run.node
        var blocks: [ChatBlock] = [.speech(speaker: run.dialogue.character?[language], text: node.say[language])]
        switch node.mode {
        case .choose where optionsShown:
            blocks.append(options())
        case .choose:
            blocks.append(.text(DialogueStrings.sayIt[language]))
        case .type:
            blocks.append(.text(DialogueStrings.typeYourAnswer[language]))
        }
        if node.hint != nil {
            blocks.append(.text(language == .ms ? "(/petunjuk untuk petunjuk)" : "(/hint for a hint)"))
        }
        return ChatReply(blocks)
    }

    func leave() -> ChatReply {
        ChatReply([.text(language == .ms ? "Aktiviti ditinggalkan. Jawapan anda setakat ini sudah disimpan."
                                         : "Activity left. Your answers so far are saved.")])
    }

    /// The current node's options, numbered in the order shown.
    private func options() -> ChatBlock {
        .choices(order.options(of: run.node).map { $0.choice.text[language] })
    }

    /// A line read as an answer to the current node.
    private func answer(_ line: String) -> ChatStep {
        let node = run.node
        if node.mode == .choose, let number = Int(line.trimmingCharacters(in: .whitespaces)) {
            // A number picks among options shown; before they are, it cannot mean one of them.
            guard optionsShown else {
                phase = .answering(optionsShown: true)
                return .stay(.text(DialogueStrings.numberBeforeOptions[language]), options())
            }
            if order.authoredIndex(ofNumber: number) == nil {
                return .stay(.text(DialogueStrings.noSuchNumber(order.count, language: language)), options())
            }
        }
        switch run.interpret(line, order: order) {
        case .askAgain:
            guard node.mode == .choose else { return .stay(.text(DialogueStrings.typeYourAnswer[language])) }
            phase = .answering(optionsShown: true)
            return .stay(.text(DialogueStrings.notUnderstood(order.count, language: language)), options())
        case .confirm(let index, _):
            phase = .confirming(choice: index, answer: line, optionsShown: optionsShown)
            let number = order.number(ofAuthoredIndex: index) ?? index + 1
            return .stay(.text(DialogueStrings.confirm(number: number, text: node.choices[index].text[language],
                                                       language: language)))
        case .take(let index, let evidence):
            // Says which option it understood, unless the learner gave its number or its very text.
            let isOptionText = node.choices[index].compiled.textWords.contains(context.understander.analyzer.words(line))
            return take(index, response: line, fromWords: evidence != .number && !isOptionText)
        }
    }

    /// Takes choice `index` of the current node: records the answer (when the choice is scored),
    /// says which option it understood when it came from typed words, shows its feedback and the
    /// next node, or the ending.
    private func take(_ index: Int, response: String, fromWords: Bool, confirmed: Bool = false) -> ChatStep {
        let node = run.node
        let choice = node.choices[index]
        let now = context.now
        var reply = ChatReply()
        if let correct = choice.isCorrect {
            let answer = ProgressEvent.Answer(
                item: node.itemID(in: run.dialogue.id), correct: correct,
                evidence: choice.orderedEvidence.map { SkillEvidence(skill: $0.skill, shown: $0.value) },
                milliseconds: ChatFormat.milliseconds(from: shownAt, to: now), response: response,
                choice: node.choiceID(at: index),
                // How it was given, for the evidence it is worth (README, "evidence by how it was given").
                conditions: AnswerConditions(optionsShown: node.mode == .choose && optionsShown ? order.count : nil,
                                             afterHint: hintUsed, isRetry: node.isRemediation, wasConfirmed: confirmed))
            reply += context.record(.answer(answer))
        }
        guard run.take(index) else {
            return ChatStep(reply + ChatReply([.notice(language == .ms
                ? "Pilihan ini menuju ke nod yang tiada ('\(choice.goto)'); dialog dihentikan. Sila laporkan kepada jurulatih."
                : "This choice leads to a missing node ('\(choice.goto)'); the dialogue stopped. Please tell a trainer.")]),
                next: .conversation)
        }
        if fromWords && !choice.isFallback {
            reply.blocks.append(.text(DialogueStrings.understood(choice.text[language], language: language)))
        }
        reply.blocks.append(.feedback(correct: choice.isCorrect, text: choice.feedback[language]))
        shownAt = now
        hintUsed = false
        phase = .answering(optionsShown: run.dialogue.inputMode == .choices)
        order = Self.order(for: run.node, context: context)
        if let ending = run.node.ending {
            return ChatStep(reply + DialogueEndReport(context: context).finish(run, ending: ending), next: .conversation)
        }
        return ChatStep(reply + presentAgain())
    }

    /// A fresh shuffled order of `node`'s options, from the session's seeded random source.
    private static func order(for node: DialogueNode, context: ChatContext) -> OptionOrder {
        OptionOrder.shuffled(node, using: &context.environment.random)
    }
}
