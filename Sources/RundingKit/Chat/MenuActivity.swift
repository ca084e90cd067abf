/// A numbered list of quizzes or role-plays to choose from. A number or a name starts one;
/// anything else goes back to the conversation as a question.
final class MenuActivity: ChatActivity {
    let context: ChatContext
    let kind: Dialogue.Kind
    let options: [Dialogue]

    init(context: ChatContext, kind: Dialogue.Kind, options: [Dialogue]) {
        self.context = context
        self.kind = kind
        self.options = options
    }

    /// `/quiz [words|number]`, `/roleplay [words|number]`: the one dialogue that matches, or the
    /// one at that number of the full menu, starts; else a menu of the matches (or of all).
    /// Menus follow the curriculum order.
    static func choose(_ kind: Dialogue.Kind, _ argument: String, context: ChatContext) -> ChatStep {
        let language = context.language
        let all = context.pack.inCurriculumOrder(context.pack.dialogues.filter { $0.kind == kind })
        guard !all.isEmpty else {
            return .stay(.text(language == .ms ? "Tiada dialog jenis ini dalam kandungan." : "The content has none of these."))
        }
        if let number = Int(argument) {
            guard (1...all.count).contains(number) else {
                let menu = MenuActivity(context: context, kind: kind, options: all)
                return ChatStep(ChatReply([.text(language == .ms ? "Tiada nombor \(number) dalam senarai. Pilih 1 hingga \(all.count):"
                                                                 : "There is no number \(number) in the list. Pick 1 to \(all.count):")])
                                + menu.presentAgain(), next: .start(menu))
            }
            return DialogueActivity.start(all[number - 1], context: context)
        }
        let options = argument.isEmpty ? all : DialogueFinder(pack: context.pack).matches(argument, among: all)
        if options.count == 1 { return DialogueActivity.start(options[0], context: context) }
        let menu = MenuActivity(context: context, kind: kind, options: options.isEmpty ? all : options)
        var reply = ChatReply()
        if options.isEmpty {
            let safe = TerminalSafeText.clean(String(argument.prefix(60)))
            reply.blocks.append(.text(language == .ms ? "Tiada yang sepadan dengan '\(safe)'. Pilih daripada senarai:"
                                                      : "Nothing matches '\(safe)'. Pick from the list:"))
        }
        return ChatStep(reply + menu.presentAgain(), next: .start(menu))
    }

    func respond(to line: String) -> ChatStep {
        if let number = Int(line), (1...options.count).contains(number) {
            return DialogueActivity.start(options[number - 1], context: context)
        }
        let picked = DialogueFinder(pack: context.pack).matches(line, among: options)
        if picked.count == 1 {
            var step = DialogueActivity.start(picked[0], context: context)
            if case .stay = step.next { step.next = .conversation }
            return step
        }
        return ChatStep(GlossaryAnswers(context: context).answer(line), next: .conversation)
    }

    /// The menu: a heading, the numbered titles with the learner's best score, how to pick.
    func presentAgain() -> ChatReply {
        let language = context.language
        let records = context.progress().dialogues
        let heading = kind == .quiz ? (language == .ms ? "Kuiz" : "Quizzes")
                                    : (language == .ms ? "Lakonan peranan" : "Role-plays")
        return ChatReply([
            .title(heading),
            .choices(options.map { dialogue in
                let best = records[dialogue.id].map { " — " + (language == .ms ? "terbaik " : "best ") + ChatFormat.percent($0.bestScore) } ?? ""
                return dialogue.title[language] + best
            }),
            .text(language == .ms ? "Taip nombor untuk bermula." : "Type a number to start."),
        ])
    }
}
