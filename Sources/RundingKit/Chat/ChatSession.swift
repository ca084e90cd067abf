import Foundation

/// The conversation: one line from the learner in, one reply out.
///
/// The session owns the current activity (the conversation, a menu, a quiz or role-play, a
/// review), the injected environment (clock, randomness, recorder, in `ChatContext`) and the
/// session's counters. It handles what holds in every activity (/help, /lang, /quit, /stop,
/// Ctrl-C and its confirmation) and hands everything else to the activity.
public final class ChatSession {
    public typealias Environment = ChatEnvironment

    public let pack: ContentPack
    public let learner: String
    public let sessionID: UUID
    public private(set) var isFinished = false
    public var language: Language { context.language }

    private let context: ChatContext
    private let conversation: ConversationActivity
    private var activity: any ChatActivity
    private var leavePending = false
    private var started = false
    private var startingKnowledge: [String: Double] = [:]

    /// - Parameter replay: the learner's history so far, already fed with their log.
    public init(pack: ContentPack, learner: String, language: Language, replay: LearnerReplay,
                environment: Environment, index: GlossaryIndex? = nil) {
        self.pack = pack
        self.learner = learner
        sessionID = environment.sessionID
        context = ChatContext(pack: pack, learner: learner, language: language, replay: replay,
                              environment: environment, index: index)
        conversation = ConversationActivity(context: context)
        activity = conversation
    }

    // MARK: The conversation

    /// The greeting; records `session_start`.
    public func begin() -> ChatReply {
        guard !started else { return ChatReply() }
        started = true
        let progress = context.progress()
        startingKnowledge = progress.skills.mapValues(\.knowledge.pKnown)
        var reply = context.record(.sessionStart)
        reply += ChatReply([.text(ChatStrings.welcome[language])])
        reply.blocks.append(.text(welcomeNextStep(progress)))
        return reply
    }

    /// Answers one line typed by the learner.
    public func respond(to rawLine: String) -> ChatReply {
        guard !isFinished else { return ChatReply() }
        let reply = begin()
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if leavePending {
            leavePending = false
            if ["y", "ya", "yes", "ye", "yup", "boleh"].contains(TextNormalizer.normalize(line)) {
                return reply + leaveActivity()
            }
            return reply + ChatReply([.text(language == .ms ? "Baik, kita teruskan." : "Fine, let's carry on.")])
                + activity.presentAgain()
        }
        guard !line.isEmpty else {
            // An empty line in a typed-first role-play asks for its options.
            return reply + (activity.perform(.options, argument: "").map(apply) ?? ChatReply())
        }
        if let parsed = ChatCommand.parse(line) {
            return context.markingUnsavedAnswer(reply + perform(parsed))
        }
        return context.markingUnsavedAnswer(reply + apply(activity.respond(to: line)))
    }

    /// Ctrl-C: inside a quiz, role-play or review, asks before leaving; otherwise nothing to do.
    public func interrupt() -> ChatReply {
        guard activity.isExercise else {
            activity = conversation
            return ChatReply()
        }
        leavePending = true
        return ChatReply([.text(language == .ms
            ? "Tinggalkan aktiviti ini? Jawapan yang sudah diberi tetap disimpan. (ya/tidak)"
            : "Leave this activity? Answers already given stay saved. (yes/no)")])
    }

    /// Ends the session (end of input, Ctrl-D, /quit, a signal): the summary; records `session_end`.
    public func finish() -> ChatReply {
        guard !isFinished else { return ChatReply() }
        var reply = begin()
        isFinished = true
        activity = conversation
        reply += context.record(.sessionEnd)
        reply += SessionSummary(context: context, startingKnowledge: startingKnowledge).reply()
        return reply
    }

    /// Whether the session is in a quiz, role-play or review (for the prompt and Ctrl-C).
    public var isInActivity: Bool { activity.isExercise }

    /// The glossary question `/review` is asking, if any.
    public var currentReviewQuestion: GlossaryQuestion? {
        (activity as? ReviewActivity)?.question
    }

    /// What tab completion offers at the prompt (`ChatCompletions`, one definition for all).
    public var completions: ChatCompletions { ChatCompletions(pack: pack) }

    /// The welcome's second line: a returning learner hears what is due and the next step; a
    /// first-time learner where to begin.
    private func welcomeNextStep(_ progress: LearnerProgress) -> String {
        let advice = NextStepAdvice(context: context)
        let command = "/" + ChatCommand.next.name(in: language)
        if progress.lastActive == nil {
            let start = advice.reason(advice.step)
            return (language == .ms ? "Kali pertama di sini? " : "First time here? ") + start
                + (language == .ms ? " Taip \(command) untuk bermula." : " Type \(command) to begin.")
        }
        return (language == .ms ? "Selamat kembali. " : "Welcome back. ") + advice.suggestion()
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
            default: break
            }
            if let step = activity.perform(command, argument: argument) {
                return apply(step)
            }
            if command == .options {
                return ChatReply([.text(language == .ms ? "Tiada pilihan untuk ditunjukkan sekarang."
                                                        : "There are no options to show right now.")])
            }
            if command == .hint {
                return ChatReply([.text(language == .ms ? "Tiada petunjuk untuk soalan ini." : "There is no hint for this question.")])
            }
            if isInActivity {
                return ChatReply([.text(language == .ms
                    ? "Habiskan aktiviti ini dahulu, atau taip /berhenti untuk keluar daripadanya."
                    : "Finish this activity first, or type /stop to leave it.")])
            }
            activity = conversation
            return conversation.perform(command, argument: argument).map(apply) ?? ChatReply()
        }
    }

    /// Moves to the activity a step names and returns its reply.
    private func apply(_ step: ChatStep) -> ChatReply {
        switch step.next {
        case .stay: break
        case .conversation: activity = conversation
        case .start(let next): activity = next
        }
        return step.reply
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
        context.language = wanted
        var reply = ChatReply([.text(wanted == .ms ? "Bahasa: Melayu." : "Language: English.")])
        do {
            try context.environment.savePreferences?(LearnerPreferences(language: wanted))
        } catch {
            let problem = (error as? ProgressFileError)?.message[language] ?? String(describing: error)
            reply.blocks.append(.notice(language == .ms
                ? "Pilihan bahasa tidak dapat disimpan untuk sesi akan datang: \(TerminalSafeText.clean(problem))"
                : "The language could not be kept for next time: \(TerminalSafeText.clean(problem))"))
        }
        let again = isInActivity ? activity.presentAgain() : ChatReply()
        return reply + again
    }

    private func leaveActivity() -> ChatReply {
        let reply = activity.leave()
        activity = conversation
        return reply
    }
}
