/// The chat between activities: anything typed is a question to the glossary, and the commands
/// that start something (/glossary, /quiz, /roleplay, /review, /progress) are handled here.
final class ConversationActivity: ChatActivity {
    let context: ChatContext

    init(context: ChatContext) {
        self.context = context
    }

    func respond(to line: String) -> ChatStep {
        ChatStep(GlossaryAnswers(context: context).answer(line))
    }

    func perform(_ command: ChatCommand, argument: String) -> ChatStep? {
        switch command {
        case .glossary: return ChatStep(GlossaryAnswers(context: context).glossary(argument))
        case .quiz: return MenuActivity.choose(.quiz, argument, context: context)
        case .roleplay: return MenuActivity.choose(.roleplay, argument, context: context)
        case .review: return ReviewActivity.start(context: context)
        case .progress:
            return ChatStep(ProgressView(pack: context.pack, language: context.language)
                .reply(for: context.progress(), learner: context.learner))
        case .help, .lang, .quit, .stop, .hint: return nil
        }
    }
}
