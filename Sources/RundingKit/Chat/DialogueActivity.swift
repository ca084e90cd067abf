import Foundation

/// A quiz or a role-play in progress: shows each node, reads what the learner types as one of its
/// choices, records the answer, gives the choice's feedback and moves on, to the ending.
final class DialogueActivity: ChatActivity {
    /// Where the learner is within the current node.
    ///
    /// Each way of answering a node is a case here: a step that waits for the learner to confirm
    /// a guessed choice, or a node whose options stay hidden until asked for, becomes a case with
    /// its own handling in `respond(to:)`, while `take(_:response:)` stays the one way to move on.
    enum Phase {
        /// The node and its options are shown; a line is an answer to it.
        case answering
    }

    let context: ChatContext
    private(set) var run: DialogueRun
    private(set) var phase: Phase = .answering
    /// When the current node was shown, for the answer's response time.
    private var shownAt: Date
    private var hintUsed = false

    init(context: ChatContext, run: DialogueRun) {
        self.context = context
        self.run = run
        shownAt = context.now
    }

    /// Starts `dialogue`: its title, intro and how to answer, then its first node. A dialogue whose
    /// start node is missing gets a notice and does not start.
    static func start(_ dialogue: Dialogue, context: ChatContext) -> ChatStep {
        let language = context.language
        guard let run = DialogueRun(dialogue) else {
            return .stay(.notice(language == .ms ? "Dialog '\(dialogue.id)' rosak: nod mula tiada."
                                                 : "Dialogue '\(dialogue.id)' is broken: its start node is missing."))
        }
        let activity = DialogueActivity(context: context, run: run)
        var blocks: [ChatBlock] = [.title(dialogue.title[language])]
        if let intro = dialogue.intro { blocks.append(.text(intro[language])) }
        blocks.append(.text(dialogue.kind == .quiz
            ? (language == .ms ? "Jawab dengan nombor atau kata-kata anda. /berhenti untuk keluar."
                               : "Answer with a number or in your own words. /stop to leave.")
            : (language == .ms ? "Pilih nombor, atau taip apa yang anda akan katakan. /berhenti untuk keluar."
                               : "Pick a number, or type what you would say. /stop to leave.")))
        return ChatStep(ChatReply(blocks) + activity.presentAgain(), next: .start(activity))
    }

    var isExercise: Bool { true }

    private var language: Language { context.language }

    func respond(to line: String) -> ChatStep {
        switch phase {
        case .answering:
            return answer(line)
        }
    }

    func perform(_ command: ChatCommand, argument: String) -> ChatStep? {
        guard command == .hint, let hint = run.node.hint else { return nil }
        hintUsed = true
        return .stay(.text((language == .ms ? "Petunjuk: " : "Hint: ") + hint[language]))
    }

    /// The current node: what is said, then how to answer it.
    func presentAgain() -> ChatReply {
        let node = run.node
        var blocks: [ChatBlock] = [.speech(speaker: run.dialogue.character?[language], text: node.say[language])]
        switch node.mode {
        case .choose:
            blocks.append(.choices(node.choices.map { $0.text[language] }))
        case .type:
            blocks.append(.text(language == .ms ? "(Taip jawapan anda.)" : "(Type your answer.)"))
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

    /// A line read as an answer to the current node.
    private func answer(_ line: String) -> ChatStep {
        let node = run.node
        switch run.interpret(line) {
        case .unrecognised:
            return .stay(.text(language == .ms
                ? "Saya tidak pasti pilihan mana yang anda maksudkan. Taip nombor 1–\(node.choices.count) atau jawab dengan kata-kata lain."
                : "I'm not sure which option you mean. Type a number 1–\(node.choices.count) or say it another way."))
        case .ambiguous(let indices):
            let list = indices.map { String($0 + 1) }.joined(separator: language == .ms ? " atau " : " or ")
            return .stay(.text(language == .ms
                ? "Jawapan anda sesuai dengan pilihan \(list). Yang mana satu? Taip nombornya."
                : "Your answer fits options \(list). Which one? Type its number."))
        case .chose(let index, _):
            return take(index, response: line)
        }
    }

    /// Takes choice `index` of the current node: records the answer (when the choice is scored),
    /// shows its feedback and the next node, or the ending.
    private func take(_ index: Int, response: String) -> ChatStep {
        let node = run.node
        let choice = node.choices[index]
        let now = context.now
        var reply = ChatReply()
        if let correct = choice.isCorrect {
            let answer = ProgressEvent.Answer(
                item: node.itemID(in: run.dialogue.id), correct: correct,
                evidence: choice.orderedEvidence.map { SkillEvidence(skill: $0.skill, shown: $0.value) },
                milliseconds: ChatFormat.milliseconds(from: shownAt, to: now), response: response)
            reply += context.record(.answer(answer))
        }
        guard run.take(index) else {
            return ChatStep(reply + ChatReply([.notice(language == .ms
                ? "Pilihan ini menuju ke nod yang tiada ('\(choice.goto)'); dialog dihentikan. Sila laporkan kepada jurulatih."
                : "This choice leads to a missing node ('\(choice.goto)'); the dialogue stopped. Please tell a trainer.")]),
                next: .conversation)
        }
        reply.blocks.append(.feedback(correct: choice.isCorrect, text: choice.feedback[language]))
        shownAt = now
        hintUsed = false
        phase = .answering
        if let ending = run.node.ending {
            return ChatStep(reply + DialogueEndReport(context: context).finish(run, ending: ending), next: .conversation)
        }
        return ChatStep(reply + presentAgain())
    }
}
