import Foundation

/// The conversation: one line from the learner in, one reply out.
///
/// Everything a test needs to control is injected: the clock, the random source, the recorder
/// and the learner's history. The executable only connects it to a terminal.
public final class ChatSession {
    /// What the session depends on, injected.
    public struct Environment {
        public var clock: () -> Date
        public var timeZone: TimeZone
        public var random: SeededRandom
        /// Where events go; nil when progress is not being saved at all.
        public var recorder: (any ProgressRecorder)?
        /// Unique per session even when two run with the same seed: it tells their events apart.
        public var sessionID: UUID

        public init(clock: @escaping () -> Date = Date.init, timeZone: TimeZone = .current,
                    random: SeededRandom = SeededRandom(), recorder: (any ProgressRecorder)?,
                    sessionID: UUID = UUID()) {
            self.clock = clock
            self.timeZone = timeZone
            self.random = random
            self.recorder = recorder
            self.sessionID = sessionID
        }
    }

    private enum Mode {
        case idle
        case menu(Dialogue.Kind, [Dialogue])
        case dialogue(DialogueState)
        case review(ReviewState)
    }

    private struct DialogueState {
        var run: DialogueRun
        var shownAt: Date
        var hintUsed = false
    }

    private struct ReviewState {
        var queue: [GlossaryEntry]
        var question: GlossaryQuestion
        var shownAt: Date
        var hintUsed = false
        var asked = 0
        var right = 0
    }

    public let pack: ContentPack
    public let learner: String
    public private(set) var language: Language
    public let sessionID: UUID
    public private(set) var isFinished = false

    private var environment: Environment
    private var replay: LearnerReplay
    /// Built at the first question, not at start-up: many sessions go straight to a quiz.
    private lazy var index = GlossaryIndex(entries: pack.entries)
    private var mode: Mode = .idle
    private var leavePending = false
    private var started = false
    private var sessionAnswers = 0
    private var sessionCorrect = 0
    private var startingKnowledge: [String: Double] = [:]
    private var lastRecordingProblem: String?

    /// - Parameter replay: the learner's history so far, already fed with their log.
    public init(pack: ContentPack, learner: String, language: Language, replay: LearnerReplay,
                environment: Environment, index: GlossaryIndex? = nil) {
        self.pack = pack
        self.learner = learner
        self.language = language
        self.replay = replay
        self.environment = environment
        sessionID = environment.sessionID
        if let index { self.index = index }
    }

    // MARK: The conversation

    /// The greeting; records `session_start`.
    public func begin() -> ChatReply {
        guard !started else { return ChatReply() }
        started = true
        let progress = currentProgress()
        startingKnowledge = progress.skills.mapValues(\.knowledge.pKnown)
        var reply = record(.sessionStart)
        reply += ChatReply([.text(ChatStrings.welcome[language])])
        if !progress.dueItems.isEmpty {
            reply.blocks.append(.text(language == .ms
                ? "Anda ada \(progress.dueItems.count) item untuk diulang kaji: taip /ulangkaji."
                : "You have \(progress.dueItems.count) items to review: type /review."))
        }
        return reply
    }

    /// Answers one line typed by the learner.
    public func respond(to rawLine: String) -> ChatReply {
        guard !isFinished else { return ChatReply() }
        var reply = begin()
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if leavePending {
            leavePending = false
            if ["y", "ya", "yes", "ye", "yup", "boleh"].contains(TextNormalizer.normalize(line)) {
                return reply + leaveActivity()
            }
            reply.blocks.append(.text(language == .ms ? "Baik, kita teruskan." : "Fine, let's carry on."))
            return reply + presentCurrent()
        }
        guard !line.isEmpty else { return reply }
        if let parsed = ChatCommand.parse(line) {
            return reply + perform(parsed)
        }
        switch mode {
        case .idle:
            return reply + answerQuestion(line)
        case .menu(let kind, let options):
            if let number = Int(line), (1...options.count).contains(number) {
                return reply + start(options[number - 1])
            }
            mode = .idle
            let picked = matchDialogues(line, kind: kind, among: options)
            if picked.count == 1 { return reply + start(picked[0]) }
            return reply + answerQuestion(line)
        case .dialogue(let state):
            return reply + answerDialogue(line, state: state)
        case .review(let state):
            return reply + answerReview(line, state: state)
        }
    }

    /// Ctrl-C: inside a quiz, role-play or review, asks before leaving; otherwise nothing to do.
    public func interrupt() -> ChatReply {
        switch mode {
        case .dialogue, .review:
            leavePending = true
            return ChatReply([.text(language == .ms
                ? "Tinggalkan aktiviti ini? Jawapan yang sudah diberi tetap disimpan. (ya/tidak)"
                : "Leave this activity? Answers already given stay saved. (yes/no)")])
        case .menu:
            mode = .idle
            return ChatReply()
        case .idle:
            return ChatReply()
        }
    }

    /// Ends the session (end of input, Ctrl-D, /quit, a signal): the summary; records `session_end`.
    public func finish() -> ChatReply {
        guard !isFinished else { return ChatReply() }
        var reply = begin()
        isFinished = true
        mode = .idle
        reply += record(.sessionEnd)
        reply += summary()
        return reply
    }

    /// Whether the session is in a quiz, role-play or review (for the prompt and Ctrl-C).
    public var isInActivity: Bool {
        switch mode {
        case .dialogue, .review: return true
        default: return false
        }
    }

    /// The glossary question `/review` is asking, if any.
    public var currentReviewQuestion: GlossaryQuestion? {
        if case .review(let state) = mode { return state.question }
        return nil
    }

    /// Words to complete at the prompt: commands, glossary terms and ids, dialogue, topic and skill ids.
    public var completionWords: [String] {
        var words = ChatCommand.allNames
        words += pack.entries.flatMap { [$0.id, $0.term.ms, $0.term.en] }
        words += pack.dialogues.map(\.id) + pack.topics.map(\.id) + pack.skills.map(\.id)
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    // MARK: Commands

    private func perform(_ parsed: ChatCommand.Parsed) -> ChatReply {
        switch parsed {
        case .unknown(let name, let suggestion):
            let safe = TerminalSafeText.clean(String(name.prefix(40)))
            let hint = suggestion.map { language == .ms ? " Maksud anda \($0)?" : " Did you mean \($0)?" } ?? ""
            return ChatReply([.text((language == .ms ? "Arahan tidak dikenali: \(safe)." : "Unknown command: \(safe).")
                + hint + (language == .ms ? " Taip /bantuan." : " Type /help."))])
        case .command(let command, let argument):
            switch command {
            case .help: return help()
            case .lang: return switchLanguage(argument)
            case .quit: return finish()
            case .stop: return isInActivity ? leaveActivity() : ChatReply([.text(language == .ms
                ? "Tiada kuiz atau lakonan yang sedang berjalan." : "No quiz or role-play is running.")])
            case .hint: return hint()
            default: break
            }
            if isInActivity {
                return ChatReply([.text(language == .ms
                    ? "Habiskan aktiviti ini dahulu, atau taip /berhenti untuk keluar daripadanya."
                    : "Finish this activity first, or type /stop to leave it.")])
            }
            mode = .idle
            switch command {
            case .glossary: return glossary(argument)
            case .quiz: return chooseDialogue(.quiz, argument)
            case .roleplay: return chooseDialogue(.roleplay, argument)
            case .review: return startReview()
            case .progress: return progressReport()
            default: return ChatReply()
            }
        }
    }

    private func help() -> ChatReply {
        ChatReply([.title(language == .ms ? "Arahan" : "Commands"), .bullets(ChatStrings.help(language)),
                   .text(ChatStrings.helpFooter[language])])
    }

    private func switchLanguage(_ argument: String) -> ChatReply {
        let wanted: Language?
        if argument.isEmpty { wanted = language.other } else { wanted = Language(code: argument) }
        guard let wanted else {
            return ChatReply([.text(language == .ms ? "Gunakan /bahasa ms atau /bahasa en." : "Use /lang ms or /lang en.")])
        }
        language = wanted
        return ChatReply([.text(wanted == .ms ? "Bahasa: Melayu." : "Language: English.")]) + presentCurrentIfActive()
    }

    private func hint() -> ChatReply {
        switch mode {
        case .dialogue(var state):
            guard let hint = state.run.node.hint else { break }
            state.hintUsed = true
            mode = .dialogue(state)
            return ChatReply([.text((language == .ms ? "Petunjuk: " : "Hint: ") + hint[language])])
        case .review(var state):
            guard case .typeTheTerm = state.question.form else { break }
            state.hintUsed = true
            mode = .review(state)
            return ChatReply([.text((language == .ms ? "Petunjuk: " : "Hint: ") + state.question.hint(language))])
        default:
            break
        }
        return ChatReply([.text(language == .ms ? "Tiada petunjuk untuk soalan ini." : "There is no hint for this question.")])
    }

    private func leaveActivity() -> ChatReply {
        let wasReview: Bool
        if case .review = mode { wasReview = true } else { wasReview = false }
        mode = .idle
        return ChatReply([.text(wasReview
            ? (language == .ms ? "Ulang kaji dihentikan." : "Review stopped.")
            : (language == .ms ? "Aktiviti ditinggalkan. Jawapan anda setakat ini sudah disimpan."
                               : "Activity left. Your answers so far are saved."))])
    }

    // MARK: Questions to the glossary

    private func answerQuestion(_ line: String) -> ChatReply {
        switch index.search(line) {
        case .greeting(let greeting):
            switch greeting {
            case .hello:
                return ChatReply([.text(language == .ms
                    ? "Hai! Tanya saya tentang rundingan jualan, atau taip /kuiz untuk berlatih."
                    : "Hi! Ask me about sales negotiation, or type /quiz to practise.")])
            case .thanks:
                return ChatReply([.text(language == .ms ? "Sama-sama! Semoga berjaya." : "You're welcome! Good luck.")])
            }
        case .empty:
            return ChatReply([.text(language == .ms
                ? "Apa yang ingin anda tahu? Contoh: \"apa itu eNPS?\""
                : "What would you like to know? For example: \"what is eNPS?\"")])
        case .found(let hits):
            guard let best = hits.first else { return ChatReply() }
            return entryReply(best.entry)
        case .noGoodMatch(let suggestions):
            let terms = suggestions.prefix(3).map { $0.entry.term[language] }
            var blocks: [ChatBlock] = [.text(language == .ms
                ? "Maaf, saya tidak menemui jawapan yang tepat untuk soalan itu."
                : "Sorry, I couldn't find a good answer to that.")]
            if !terms.isEmpty {
                blocks.append(.text(language == .ms ? "Mungkin anda maksudkan:" : "Perhaps you meant:"))
                blocks.append(.bullets(terms))
            } else {
                blocks.append(.text(language == .ms ? "Cuba /glosari untuk melihat semua istilah."
                                                    : "Try /glossary to see every term."))
            }
            return ChatReply(blocks)
        }
    }

    private func entryReply(_ entry: GlossaryEntry) -> ChatReply {
        var blocks: [ChatBlock] = [.title(entry.term[language]), .text(entry.definition[language]),
                                   .bullets(entry.points[language])]
        if let note = entry.note {
            blocks.append(.text((language == .ms ? "Nota: " : "Note: ") + note[language]))
        }
        let related = entry.related.compactMap { pack.entry($0)?.term[language] }
        if !related.isEmpty {
            blocks.append(.text((language == .ms ? "Berkaitan: " : "Related: ") + related.joined(separator: "; ")))
        }
        return ChatReply(blocks)
    }

    private func glossary(_ argument: String) -> ChatReply {
        if argument.isEmpty {
            var blocks: [ChatBlock] = []
            for topic in pack.topics {
                let entries = pack.entries.filter { $0.topic == topic.id }
                guard !entries.isEmpty else { continue }
                blocks.append(.title(topic.name[language]))
                blocks.append(.bullets(entries.map { $0.term[language] }))
            }
            return ChatReply(blocks)
        }
        if let exact = GlossaryLookup(entries: pack.entries).exactMatches(argument).first {
            return entryReply(exact)
        }
        return answerQuestion(argument)
    }

    // MARK: Quizzes and role-plays

    private func chooseDialogue(_ kind: Dialogue.Kind, _ argument: String) -> ChatReply {
        let all = pack.dialogues.filter { $0.kind == kind }
        guard !all.isEmpty else {
            return ChatReply([.text(language == .ms ? "Tiada dialog jenis ini dalam kandungan." : "The content has none of these.")])
        }
        let options = argument.isEmpty ? all : matchDialogues(argument, kind: kind, among: all)
        if options.count == 1 { return start(options[0]) }
        if options.isEmpty {
            let safe = TerminalSafeText.clean(String(argument.prefix(60)))
            return ChatReply([.text(language == .ms ? "Tiada yang sepadan dengan '\(safe)'. Pilih daripada senarai:"
                                                    : "Nothing matches '\(safe)'. Pick from the list:")])
                + menu(kind, all)
        }
        return menu(kind, options)
    }

    private func menu(_ kind: Dialogue.Kind, _ options: [Dialogue]) -> ChatReply {
        mode = .menu(kind, options)
        let records = currentProgress().dialogues
        let heading = kind == .quiz ? (language == .ms ? "Kuiz" : "Quizzes")
                                    : (language == .ms ? "Lakonan peranan" : "Role-plays")
        return ChatReply([
            .title(heading),
            .choices(options.map { dialogue in
                let best = records[dialogue.id].map { " — " + (language == .ms ? "terbaik " : "best ") + Self.percent($0.bestScore) } ?? ""
                return dialogue.title[language] + best
            }),
            .text(language == .ms ? "Taip nombor untuk bermula." : "Type a number to start."),
        ])
    }

    /// Dialogues whose id, topic, skills or title match `text`.
    private func matchDialogues(_ text: String, kind: Dialogue.Kind, among options: [Dialogue]) -> [Dialogue] {
        let wanted = TextNormalizer.normalize(text)
        guard !wanted.isEmpty else { return [] }
        if let exact = options.first(where: { $0.id == text || TextNormalizer.normalize($0.id) == wanted }) {
            return [exact]
        }
        let topicMatches = options.filter { dialogue in
            guard let topic = dialogue.topic else { return false }
            return TextNormalizer.normalize(topic) == wanted
                || pack.topic(topic).map { $0.name.all.map(TextNormalizer.normalize).contains(wanted) } == true
        }
        if !topicMatches.isEmpty { return topicMatches }
        let skillMatches = options.filter { dialogue in
            dialogue.skills.contains { skill in
                TextNormalizer.normalize(skill) == wanted
                    || pack.skill(skill).map { $0.name.all.map(TextNormalizer.normalize).contains(wanted) } == true
            }
        }
        if !skillMatches.isEmpty { return skillMatches }
        return options.filter { dialogue in
            dialogue.title.all.contains { TextNormalizer.normalize($0).contains(wanted) }
                || TextNormalizer.normalize(dialogue.id).contains(wanted)
        }
    }

    private func start(_ dialogue: Dialogue) -> ChatReply {
        guard let run = DialogueRun(dialogue) else {
            return ChatReply([.notice(language == .ms ? "Dialog '\(dialogue.id)' rosak: nod mula tiada."
                                                      : "Dialogue '\(dialogue.id)' is broken: its start node is missing.")])
        }
        mode = .dialogue(DialogueState(run: run, shownAt: environment.clock()))
        var blocks: [ChatBlock] = [.title(dialogue.title[language])]
        if let intro = dialogue.intro { blocks.append(.text(intro[language])) }
        blocks.append(.text(dialogue.kind == .quiz
            ? (language == .ms ? "Jawab dengan nombor atau kata-kata anda. /berhenti untuk keluar."
                               : "Answer with a number or in your own words. /stop to leave.")
            : (language == .ms ? "Pilih nombor, atau taip apa yang anda akan katakan. /berhenti untuk keluar."
                               : "Pick a number, or type what you would say. /stop to leave.")))
        return ChatReply(blocks) + presentCurrent()
    }

    private func presentCurrentIfActive() -> ChatReply {
        isInActivity ? presentCurrent() : ChatReply()
    }

    /// The current node or review question, as first shown.
    private func presentCurrent() -> ChatReply {
        switch mode {
        case .dialogue(let state):
            return present(state.run.node, in: state.run.dialogue)
        case .review(let state):
            return present(state.question, number: state.asked + 1, of: state.asked + 1 + state.queue.count)
        default:
            return ChatReply()
        }
    }

    private func present(_ node: DialogueNode, in dialogue: Dialogue) -> ChatReply {
        let speaker = dialogue.character?[language]
        var blocks: [ChatBlock] = [.speech(speaker: speaker, text: node.say[language])]
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

    private func answerDialogue(_ line: String, state: DialogueState) -> ChatReply {
        var state = state
        let node = state.run.node
        switch state.run.interpret(line) {
        case .unrecognised:
            return ChatReply([.text(language == .ms
                ? "Saya tidak pasti pilihan mana yang anda maksudkan. Taip nombor 1–\(node.choices.count) atau jawab dengan kata-kata lain."
                : "I'm not sure which option you mean. Type a number 1–\(node.choices.count) or say it another way.")])
        case .ambiguous(let indices):
            let list = indices.map { String($0 + 1) }.joined(separator: language == .ms ? " atau " : " or ")
            return ChatReply([.text(language == .ms
                ? "Jawapan anda sesuai dengan pilihan \(list). Yang mana satu? Taip nombornya."
                : "Your answer fits options \(list). Which one? Type its number.")])
        case .chose(let index, _):
            let choice = node.choices[index]
            let now = environment.clock()
            var reply = ChatReply()
            if let correct = choice.isCorrect {
                let answer = ProgressEvent.Answer(
                    item: node.itemID(in: state.run.dialogue.id), correct: correct,
                    evidence: choice.orderedEvidence.map { SkillEvidence(skill: $0.skill, shown: $0.value) },
                    milliseconds: Self.milliseconds(from: state.shownAt, to: now), response: line)
                reply += record(.answer(answer))
            }
            guard state.run.take(index) else {
                mode = .idle
                return reply + ChatReply([.notice(language == .ms
                    ? "Pilihan ini menuju ke nod yang tiada ('\(choice.goto)'); dialog dihentikan. Sila laporkan kepada jurulatih."
                    : "This choice leads to a missing node ('\(choice.goto)'); the dialogue stopped. Please tell a trainer.")])
            }
            reply.blocks.append(.feedback(correct: choice.isCorrect, text: choice.feedback[language]))
            state.shownAt = now
            state.hintUsed = false
            if let ending = state.run.node.ending {
                return reply + finishDialogue(state.run, ending: ending)
            }
            mode = .dialogue(state)
            return reply + present(state.run.node, in: state.run.dialogue)
        }
    }

    private func finishDialogue(_ run: DialogueRun, ending: Ending) -> ChatReply {
        mode = .idle
        let previous = currentProgress().dialogues[run.dialogue.id]
        let score = run.score
        var reply = record(.dialogueEnd(ProgressEvent.DialogueEnd(dialogue: run.dialogue.id, outcome: ending.outcome,
                                                                  score: score)))
        let speaker = run.dialogue.character?[language]
        reply.blocks.append(.speech(speaker: speaker, text: run.node.say[language]))
        let verdict = ending.success ? (language == .ms ? "berjaya ✔" : "passed ✔")
                                     : (language == .ms ? "belum berjaya ✘" : "not passed ✘")
        reply.blocks.append(.title((language == .ms ? "Tamat: " : "The end: ") + verdict + " (\(ending.outcome))"))
        reply.blocks.append(.text(ending.summary[language]))
        let first = previous?.firstScore ?? score
        let best = max(previous?.bestScore ?? score, score)
        reply.blocks.append(.text(language == .ms
            ? "Skor: \(Self.percent(score)) (kali pertama: \(Self.percent(first)), terbaik: \(Self.percent(best)))"
            : "Score: \(Self.percent(score)) (first time: \(Self.percent(first)), best: \(Self.percent(best)))"))
        if run.dialogue.kind == .roleplay {
            reply += scorecard(run)
        }
        return reply
    }

    /// Per skill: what went well and what to try next, from the feedback of the choices made.
    private func scorecard(_ run: DialogueRun) -> ChatReply {
        var well: [String] = []
        var next: [String] = []
        for tally in run.skillTally {
            let name = pack.skill(tally.skill)?.name[language] ?? tally.skill
            if tally.missed == 0 {
                let example = run.observations.first { $0.skill == tally.skill && $0.shown }?.feedback[language] ?? ""
                well.append("\(name) (\(tally.shown)✔): \(example)")
            } else {
                let example = run.observations.first { $0.skill == tally.skill && !$0.shown }?.feedback[language] ?? ""
                next.append("\(name) (\(tally.shown)✔ \(tally.missed)✘): \(example)")
            }
        }
        var blocks: [ChatBlock] = [.title(language == .ms ? "Kad skor" : "Scorecard")]
        if !well.isEmpty {
            blocks.append(.text(language == .ms ? "Yang berjalan baik:" : "What went well:"))
            blocks.append(.bullets(well))
        }
        if !next.isEmpty {
            blocks.append(.text(language == .ms ? "Cuba seterusnya:" : "What to try next:"))
            blocks.append(.bullets(next))
        }
        return ChatReply(blocks)
    }

    // MARK: Review

    private func startReview() -> ChatReply {
        var queue = ReviewQueue.items(progress: currentProgress(), pack: pack)
        guard !queue.isEmpty else {
            return ChatReply([.text(language == .ms ? "Tiada apa untuk diulang kaji sekarang. Cuba /kuiz."
                                                    : "Nothing to review right now. Try /quiz.")])
        }
        let first = queue.removeFirst()
        let question = GlossaryQuestion.make(for: first, in: pack, using: &environment.random)
        let state = ReviewState(queue: queue, question: question, shownAt: environment.clock())
        mode = .review(state)
        return ChatReply([.title(language == .ms ? "Ulang kaji" : "Review"),
                          .text(language == .ms ? "\(queue.count + 1) soalan. /berhenti untuk keluar."
                                                : "\(queue.count + 1) questions. /stop to leave.")])
            + present(question, number: 1, of: queue.count + 1)
    }

    private func present(_ question: GlossaryQuestion, number: Int, of total: Int) -> ChatReply {
        let counter = "(\(number)/\(total))"
        switch question.form {
        case .typeTheTerm:
            return ChatReply([
                .speech(speaker: nil, text: (language == .ms ? "\(counter) Istilah apakah ini? " : "\(counter) Which term is this? ")
                    + question.maskedDefinition(language)),
                .text(language == .ms ? "(Taip istilahnya. /petunjuk untuk petunjuk.)" : "(Type the term. /hint for a hint.)"),
            ])
        case .pickTheDefinition(let options, _):
            return ChatReply([
                .speech(speaker: nil, text: (language == .ms ? "\(counter) Apakah maksud \"\(question.entry.term[language])\"?"
                                                             : "\(counter) What does \"\(question.entry.term[language])\" mean?")),
                .choices(options.map { pack.entry($0)?.definition[language] ?? $0 }),
            ])
        }
    }

    private func answerReview(_ line: String, state: ReviewState) -> ChatReply {
        var state = state
        let question = state.question
        let grade = question.grade(line, pack: pack)
        if case .pickTheDefinition(let options, _) = question.form, grade.pickedIndex == nil {
            return ChatReply([.text(language == .ms ? "Taip nombor 1–\(options.count)." : "Type a number 1–\(options.count).")])
        }
        let now = environment.clock()
        let milliseconds = Self.milliseconds(from: state.shownAt, to: now)
        let fastWithin: Int
        if case .typeTheTerm = question.form { fastWithin = 10_000 } else { fastWithin = 6_000 }
        let rating = ReviewQueue.rating(correct: grade.correct, viaTypo: grade.viaTypo, hintUsed: state.hintUsed,
                                        milliseconds: milliseconds, fastWithin: fastWithin)
        let answer = ProgressEvent.Answer(
            item: question.entry.itemID, correct: grade.correct,
            evidence: question.entry.skills.map { SkillEvidence(skill: $0, shown: grade.correct) },
            rating: rating, milliseconds: milliseconds, response: line)
        var reply = record(.answer(answer))
        state.asked += 1
        if grade.correct { state.right += 1 }
        let term = question.entry.term[language]
        let feedback: String
        if grade.correct {
            feedback = grade.viaTypo
                ? (language == .ms ? "Betul, walaupun ejaannya sedikit lain: \(term)." : "Right, though the spelling differs a little: \(term).")
                : (language == .ms ? "Betul: \(term)." : "Right: \(term).")
        } else {
            feedback = language == .ms
                ? "Belum tepat. \(term): \(question.entry.definition[language])"
                : "Not quite. \(term): \(question.entry.definition[language])"
        }
        reply.blocks.append(.feedback(correct: grade.correct, text: feedback))
        let due = currentProgress().items[question.entry.itemID]?.due
        if let due {
            reply.blocks.append(.text(Self.nextReviewText(due: due, now: now, language: language)))
        }
        guard !state.queue.isEmpty else {
            mode = .idle
            reply.blocks.append(.text(language == .ms
                ? "Ulang kaji selesai: \(state.right)/\(state.asked) betul."
                : "Review done: \(state.right)/\(state.asked) right."))
            return reply
        }
        let next = state.queue.removeFirst()
        state.question = GlossaryQuestion.make(for: next, in: pack, using: &environment.random)
        state.shownAt = now
        state.hintUsed = false
        mode = .review(state)
        return reply + present(state.question, number: state.asked + 1, of: state.asked + 1 + state.queue.count)
    }

    static func nextReviewText(due: Date, now: Date, language: Language) -> String {
        let days = Int((due.timeIntervalSince(now) / 86_400).rounded())
        if days <= 0 { return language == .ms ? "Ulang kaji lagi hari ini." : "Review again today." }
        return language == .ms ? "Ulang kaji seterusnya: dalam \(days) hari." : "Next review: in \(days) day\(days == 1 ? "" : "s")."
    }

    // MARK: Progress

    private func currentProgress() -> LearnerProgress {
        replay.progress(now: environment.clock())
    }

    private func progressReport() -> ChatReply {
        ProgressView(pack: pack, language: language).reply(for: currentProgress(), learner: learner)
    }

    /// Three lines: this session's answers, the biggest gain in mastery, what is due next.
    private func summary() -> ChatReply {
        let progress = currentProgress()
        let accuracy = sessionAnswers > 0 ? " (\(Self.percent(Double(sessionCorrect) / Double(sessionAnswers))))" : ""
        let first = language == .ms
            ? "Sesi ini: \(sessionAnswers) jawapan, \(sessionCorrect) betul\(accuracy)."
            : "This session: \(sessionAnswers) answer\(sessionAnswers == 1 ? "" : "s"), \(sessionCorrect) correct\(accuracy)."
        var gains: [(String, Double, Double)] = []
        for (id, skill) in progress.skills {
            let before = startingKnowledge[id] ?? pack.bktParameters(for: id).l0
            if skill.knowledge.pKnown != before { gains.append((id, before, skill.knowledge.pKnown)) }
        }
        let second: String
        if let top = gains.max(by: { ($0.2 - $0.1, $1.0) < ($1.2 - $1.1, $0.0) }) {
            let name = pack.skill(top.0)?.name[language] ?? top.0
            second = (language == .ms ? "Perubahan terbesar: " : "Biggest change: ")
                + "\(name) \(Self.percent(top.1)) → \(Self.percent(top.2))."
        } else {
            second = language == .ms ? "Tiada kemahiran dilatih dalam sesi ini." : "No skill was practised this session."
        }
        let third = progress.dueItems.isEmpty
            ? (language == .ms ? "Tiada ulang kaji tertunggak. Jumpa lagi!" : "Nothing due for review. See you soon!")
            : (language == .ms ? "\(progress.dueItems.count) item perlu diulang kaji: /ulangkaji pada sesi akan datang."
                               : "\(progress.dueItems.count) items due for review: /review next time.")
        return ChatReply([.text(first), .text(second), .text(third)])
    }

    // MARK: Recording

    /// Writes an event (before anything is shown about it) and applies it to the replay.
    private func record(_ kind: ProgressEvent.Kind) -> ChatReply {
        let event = ProgressEvent(at: environment.clock(), learner: learner, session: sessionID, kind: kind)
        replay.apply(event)
        if case .answer(let answer) = kind {
            sessionAnswers += 1
            if answer.correct { sessionCorrect += 1 }
        }
        guard let recorder = environment.recorder else { return ChatReply() }
        do {
            try recorder.record(event)
            lastRecordingProblem = nil
            return ChatReply()
        } catch {
            let problem = (error as? ProgressFileError)?.message[language] ?? String(describing: error)
            guard problem != lastRecordingProblem else { return ChatReply() }
            lastRecordingProblem = problem
            return ChatReply([.notice(language == .ms
                ? "Kemajuan TIDAK disimpan: \(TerminalSafeText.clean(problem))"
                : "Progress is NOT being saved: \(TerminalSafeText.clean(problem))")])
        }
    }

    // MARK: Helpers

    static func percent(_ value: Double) -> String {
        "\(Int((min(max(value, 0), 1) * 100).rounded()))%"
    }

    static func milliseconds(from start: Date, to end: Date) -> Int {
        let value = end.timeIntervalSince(start) * 1000
        guard value.isFinite, value > 0 else { return 0 }
        return Int(min(value, Double(Int32.max)))
    }
}
