import Foundation

/// `/review`: the glossary items that are due, one question each, graded and rated for the
/// scheduler, with when each comes back.
final class ReviewActivity: ChatActivity {
    let context: ChatContext
    /// The question being asked.
    private(set) var question: GlossaryQuestion
    private var queue: [GlossaryEntry]
    private var shownAt: Date
    private var hintUsed = false
    private var asked = 0
    private var right = 0

    init(context: ChatContext, first: GlossaryEntry, then queue: [GlossaryEntry]) {
        self.context = context
        self.queue = queue
        question = GlossaryQuestion.make(for: first, in: context.pack, using: &context.environment.random)
        shownAt = context.now
    }

    /// Starts a review of what is due, or says there is nothing to review.
    static func start(context: ChatContext) -> ChatStep {
        let language = context.language
        var queue = ReviewQueue.items(progress: context.progress(), pack: context.pack)
        guard !queue.isEmpty else {
            return .stay(.text(language == .ms ? "Tiada apa untuk diulang kaji sekarang. Cuba /kuiz."
                                               : "Nothing to review right now. Try /quiz."))
        }
        let first = queue.removeFirst()
        let review = ReviewActivity(context: context, first: first, then: queue)
        let reply = ChatReply([.title(language == .ms ? "Ulang kaji" : "Review"),
                               .text(language == .ms ? "\(queue.count + 1) soalan. /berhenti untuk keluar."
                                                     : "\(queue.count + 1) questions. /stop to leave.")])
        return ChatStep(reply + review.presentAgain(), next: .start(review))
    }

    var isExercise: Bool { true }

    private var language: Language { context.language }

    func perform(_ command: ChatCommand, argument: String) -> ChatStep? {
        guard command == .hint, case .typeTheTerm = question.form else { return nil }
        hintUsed = true
        return .stay(.text((language == .ms ? "Petunjuk: " : "Hint: ") + question.hint(language)))
    }

    func leave() -> ChatReply {
        ChatReply([.text(language == .ms ? "Ulang kaji dihentikan." : "Review stopped.")])
    }

    /// The current question with its number, in its form.
    func presentAgain() -> ChatReply {
        let counter = "(\(asked + 1)/\(asked + 1 + queue.count))"
        switch question.form {
        case .typeTheTerm:
            return ChatReply([
                .speech(speaker: nil, text: (language == .ms ? "\(counter) Istilah apakah ini? " : "\(counter) Which term is this? ")
                    + question.maskedDefinition(language)),
                .text(language == .ms ? "(Taip istilahnya. /petunjuk untuk petunjuk.)" : "(Type the term. /hint for a hint.)"),
            ])
        case .pickTheDefinition(let options, _):
            let term = question.entry.term[language]
            return ChatReply([
                .speech(speaker: nil, text: (language == .ms ? "\(counter) Apakah maksud \"\(term)\"?"
                                                             : "\(counter) What does \"\(term)\" mean?")),
                .choices(options.map { context.pack.entry($0)?.definition[language] ?? $0 }),
            ])
        }
    }

    func respond(to line: String) -> ChatStep {
        let grade = question.grade(line, pack: context.pack, understander: context.understander)
        if case .pickTheDefinition(let options, _) = question.form, grade.pickedIndex == nil {
            return .stay(.text(language == .ms ? "Taip nombor 1–\(options.count)." : "Type a number 1–\(options.count)."))
        }
        let now = context.now
        let milliseconds = ChatFormat.milliseconds(from: shownAt, to: now)
        let fastWithin: Int
        if case .typeTheTerm = question.form { fastWithin = 10_000 } else { fastWithin = 6_000 }
        let rating = ReviewQueue.rating(correct: grade.correct, viaTypo: grade.viaTypo, hintUsed: hintUsed,
                                        milliseconds: milliseconds, fastWithin: fastWithin)
        let answer = ProgressEvent.Answer(
            item: question.entry.itemID, correct: grade.correct,
            evidence: question.entry.skills.map { SkillEvidence(skill: $0, shown: grade.correct) },
            rating: rating, milliseconds: milliseconds, response: line)
        var reply = context.record(.answer(answer))
        asked += 1
        if grade.correct { right += 1 }
        reply.blocks.append(.feedback(correct: grade.correct, text: feedback(grade)))
        if let due = context.progress().items[question.entry.itemID]?.due {
            reply.blocks.append(.text(Self.nextReviewText(due: due, now: now, language: language)))
        }
        guard !queue.isEmpty else {
            reply.blocks.append(.text(language == .ms ? "Ulang kaji selesai: \(right)/\(asked) betul."
                                                      : "Review done: \(right)/\(asked) right."))
            return ChatStep(reply, next: .conversation)
        }
        let next = queue.removeFirst()
        question = GlossaryQuestion.make(for: next, in: context.pack, using: &context.environment.random)
        shownAt = now
        hintUsed = false
        return ChatStep(reply + presentAgain())
    }

    private func feedback(_ grade: GlossaryQuestion.Grade) -> String {
        let term = question.entry.term[language]
        guard grade.correct else {
            return language == .ms ? "Belum tepat. \(term): \(question.entry.definition[language])"
                                   : "Not quite. \(term): \(question.entry.definition[language])"
        }
        return grade.viaTypo
            ? (language == .ms ? "Betul, walaupun ejaannya sedikit lain: \(term)." : "Right, though the spelling differs a little: \(term).")
            : (language == .ms ? "Betul: \(term)." : "Right: \(term).")
    }

    static func nextReviewText(due: Date, now: Date, language: Language) -> String {
        let days = Int((due.timeIntervalSince(now) / 86_400).rounded())
        if days <= 0 { return language == .ms ? "Ulang kaji lagi hari ini." : "Review again today." }
        return language == .ms ? "Ulang kaji seterusnya: dalam \(days) hari." : "Next review: in \(days) day\(days == 1 ? "" : "s")."
    }
}
