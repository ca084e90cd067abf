/// The coach's next step in words: `/next` starts it and says why; the welcome and the end of
/// each quiz or role-play suggest it in one line.
struct NextStepAdvice {
    let context: ChatContext

    private var language: Language { context.language }

    /// The step the planner chooses for the learner now.
    var step: NextStep {
        NextStepPlanner(pack: context.pack).next(for: context.progress(), now: context.now)
    }

    /// `/next`: one line saying why, then the activity.
    func start() -> ChatStep {
        let step = self.step
        let why = ChatReply([.text(reason(step))])
        switch step {
        case .review:
            let started = ReviewActivity.start(context: context)
            return ChatStep(why + started.reply, next: started.next)
        case .practise(let id, _, _), .newTopic(let id, _), .revisit(let id):
            guard let dialogue = context.pack.dialogue(id) else { return ChatStep(why) }
            let started = DialogueActivity.start(dialogue, context: context)
            return ChatStep(why + started.reply, next: started.next)
        case .nothing:
            return ChatStep(why)
        }
    }

    /// One line that suggests the next step without starting it.
    func suggestion() -> String {
        let step = self.step
        if case .nothing = step { return reason(step) }
        let command = "/" + ChatCommand.next.name(in: language)
        return (language == .ms ? "Langkah seterusnya: " : "Next step: ") + reason(step)
            + (language == .ms ? " Taip \(command)." : " Type \(command).")
    }

    /// Why this step, in one line.
    func reason(_ step: NextStep) -> String {
        switch step {
        case .review(let count):
            return language == .ms ? "Ada \(count) item yang sudah tiba masa untuk diulang kaji."
                                   : (count == 1 ? "1 item is due for review." : "\(count) items are due for review.")
        case .practise(let id, let skill, let pKnown):
            let name = context.pack.skill(skill)?.name[language] ?? skill
            return (language == .ms ? "Kemahiran terlemah anda: \(name) (\(ChatFormat.percent(pKnown))). Mari cuba "
                                    : "Your weakest skill: \(name) (\(ChatFormat.percent(pKnown))). Let's try ")
                + activityName(id) + "."
        case .newTopic(let id, let topic):
            let name = context.pack.topic(topic)?.name[language] ?? topic
            return (language == .ms ? "Topik baharu: \(name). Mari mulakan dengan " : "A new topic: \(name). Let's start with ")
                + activityName(id) + "."
        case .revisit(let id):
            return (language == .ms ? "Semua topik sudah dicuba; ulangan pada hari lain mengukuhkan penguasaan. Mari ulang "
                                    : "Every topic has been tried; practice on another day makes mastery last. Let's redo ")
                + activityName(id) + "."
        case .nothing:
            return language == .ms ? "Tiada kuiz atau lakonan peranan dalam kandungan." : "The content has no quiz or role-play."
        }
    }

    /// "kuiz “…”" / "the role-play “…”".
    private func activityName(_ id: String) -> String {
        guard let dialogue = context.pack.dialogue(id) else { return id }
        let title = dialogue.title[language]
        switch (dialogue.kind, language) {
        case (.quiz, .ms): return "kuiz “\(title)”"
        case (.quiz, _): return "the quiz “\(title)”"
        case (.roleplay, .ms): return "lakonan peranan “\(title)”"
        case (.roleplay, _): return "the role-play “\(title)”"
        }
    }
}
