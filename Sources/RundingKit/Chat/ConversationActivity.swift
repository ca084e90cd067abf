/// The chat between activities: anything typed is a question to the glossary, and the commands
/// that start something (/next, /glossary, /quiz, /roleplay, /review, /progress) are handled here.
final class ConversationActivity: ChatActivity {
    let context: ChatContext

    init(context: ChatContext) {
        self.context = context
    }

    func respond(to line: String) -> ChatStep {
        // A bare number outside a menu is a choice with nothing to choose from, not a question.
        if TextNormalizer.isNumber(line.trimmingCharacters(in: .whitespaces)) {
            let language = context.language
            return .stay(.text(language == .ms
                ? "Tiada senarai untuk dipilih sekarang. Taip /kuiz atau /lakonan untuk senarai, atau /seterusnya."
                : "There is no list to choose from right now. Type /quiz or /roleplay for a list, or /next."))
        }
        return ChatStep(GlossaryAnswers(context: context).answer(line))
    }

    func perform(_ command: ChatCommand, argument: String) -> ChatStep? {
        switch command {
        case .glossary: return ChatStep(GlossaryAnswers(context: context).glossary(argument))
        case .quiz: return MenuActivity.choose(.quiz, argument, context: context)
        case .roleplay: return MenuActivity.choose(.roleplay, argument, context: context)
        case .review: return ReviewActivity.start(context: context)
        case .next: return NextStepAdvice(context: context).start()
        case .progress:
            return ChatStep(ProgressView(pack: context.pack, language: context.language)
                .reply(for: context.progress(), learner: context.learner))
        case .help, .lang, .quit, .stop, .hint, .options: return nil
        }
    }
}
