/// Questions to the glossary: the best entry for a question, an entry in full, the list of terms.
struct GlossaryAnswers {
    let context: ChatContext

    private var language: Language { context.language }

    /// The answer to a question typed in the conversation.
    func answer(_ line: String) -> ChatReply {
        switch context.index.search(line) {
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
            return entry(best.entry) + practice(line, answeredBy: best.entry)
        case .likely(let hit):
            return ChatReply([.text(language == .ms ? "Mungkin maksud anda:" : "Perhaps you mean:")])
                + entry(hit.entry) + practice(line, answeredBy: hit.entry)
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

    /// For a question that describes a situation, one line naming the quiz or role-play that
    /// practises it, with its command.
    private func practice(_ question: String, answeredBy entry: GlossaryEntry) -> ChatReply {
        guard let dialogue = context.situations.dialogue(for: question, answeredBy: entry) else { return ChatReply() }
        let command = "/" + (dialogue.kind == .quiz ? ChatCommand.quiz : ChatCommand.roleplay).name(in: language)
            + " " + dialogue.id
        let title = dialogue.title[language]
        return ChatReply([.text(language == .ms
            ? "Untuk berlatih situasi ini: \(command) (“\(title)”)"
            : "To practise this situation: \(command) (“\(title)”)")])
    }

    /// One entry in full: term, definition, key points, note, related terms.
    func entry(_ entry: GlossaryEntry) -> ChatReply {
        var blocks: [ChatBlock] = [.title(entry.term[language]), .text(entry.definition[language]),
                                   .bullets(entry.points[language])]
        if let note = entry.note {
            blocks.append(.text((language == .ms ? "Nota: " : "Note: ") + note[language]))
        }
        let related = entry.related.compactMap { context.pack.entry($0)?.term[language] }
        if !related.isEmpty {
            blocks.append(.text((language == .ms ? "Berkaitan: " : "Related: ") + related.joined(separator: "; ")))
        }
        return ChatReply(blocks)
    }

    /// `/glossary [term]`: every term by topic, or the entry named, or the answer to it as a question.
    func glossary(_ argument: String) -> ChatReply {
        let pack = context.pack
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
            return entry(exact)
        }
        return answer(argument)
    }
}
