import Foundation

/// What every activity of one chat shares: the content, the learner, the session's language, the
/// injected environment, the learner's history and this session's counters.
///
/// `ChatSession` owns it and hands it to each activity; tests build one to drive an activity alone.
final class ChatContext {
    let pack: ContentPack
    let learner: String
    let sessionID: UUID
    var language: Language
    var environment: ChatEnvironment
    /// Built at the first question, not at start-up: many sessions go straight to a quiz.
    lazy var index = GlossaryIndex(entries: pack.entries, lexicon: pack.lexicon)
    lazy var situations = SituationMatcher(dialogues: pack.dialogues, analyzer: understander.analyzer)
    /// Built at the first dialogue; each node's model at its first answer.
    lazy var understander = AnswerUnderstander(pack: pack)

    /// Answers recorded in this session, and how many were right.
    private(set) var answers = 0
    private(set) var correct = 0

    private var replay: LearnerReplay
    private var lastRecordingProblem: String?
    /// An answer of the current line could not be saved: its feedback must say so.
    private var unsavedAnswerPending = false

    /// - Parameter replay: the learner's history so far, already fed with their log.
    init(pack: ContentPack, learner: String, language: Language, replay: LearnerReplay,
         environment: ChatEnvironment, index: GlossaryIndex? = nil) {
        self.pack = pack
        self.learner = learner
        self.language = language
        self.replay = replay
        self.environment = environment
        sessionID = environment.sessionID
        if let index { self.index = index }
    }

    /// The time now, by the injected clock.
    var now: Date { environment.clock() }

    /// The learner's progress now, with everything recorded so far.
    func progress() -> LearnerProgress {
        replay.progress(now: environment.clock())
    }

    /// Writes an event (before anything is shown about it) and applies it to the replay; the reply
    /// is a notice the first time saving fails with a given problem, else empty.
    func record(_ kind: ProgressEvent.Kind) -> ChatReply {
        let event = ProgressEvent(at: environment.clock(), learner: learner, session: sessionID, kind: kind)
        replay.apply(event)
        if case .answer(let answer) = kind {
            answers += 1
            if answer.correct { correct += 1 }
        }
        guard let recorder = environment.recorder else { return ChatReply() }
        do {
            try recorder.record(event)
            guard lastRecordingProblem != nil else { return ChatReply() }
            lastRecordingProblem = nil
            return ChatReply([.notice(language == .ms
                ? "Kemajuan disimpan semula." : "Progress is being saved again.")])
        } catch {
            if case .answer = kind { unsavedAnswerPending = true }
            let problem = (error as? ProgressFileError)?.message[language] ?? String(describing: error)
            guard problem != lastRecordingProblem else { return ChatReply() }
            lastRecordingProblem = problem
            return ChatReply([.notice(language == .ms
                ? "Kemajuan TIDAK disimpan: \(TerminalSafeText.clean(problem))"
                : "Progress is NOT being saved: \(TerminalSafeText.clean(problem))")])
        }
    }

    /// `reply` with its first feedback line marked "✘ not saved" when an answer given on this line
    /// could not be saved (a full disk once went unnoticed for 161 answers after one notice).
    func markingUnsavedAnswer(_ reply: ChatReply) -> ChatReply {
        guard unsavedAnswerPending else { return reply }
        unsavedAnswerPending = false
        var marked = reply
        let mark = language == .ms ? "✘ tidak disimpan" : "✘ not saved"
        if let index = marked.blocks.firstIndex(where: { if case .feedback = $0 { true } else { false } }),
           case let .feedback(correct, text) = marked.blocks[index] {
            marked.blocks[index] = .feedback(correct: correct, text: text + " — " + mark)
        } else {
            marked.blocks.append(.notice(language == .ms ? "Jawapan tadi tidak disimpan." : "That answer was not saved."))
        }
        return marked
    }
}
