/// Finds the dialogues a learner names after `/quiz` or `/roleplay`: by id, by topic or skill
/// (their names in every language, whole or by some of their words, e.g. "bantahan" for
/// "Menangani bantahan"), by a glossary term or alias that belongs to a topic or skill, or by
/// words of the title.
struct DialogueFinder {
    let pack: ContentPack

    /// Dialogues among `options` that `text` names, the most exact kind of match first; in the
    /// order of `options`.
    func matches(_ text: String, among options: [Dialogue]) -> [Dialogue] {
        let wanted = TextNormalizer.normalize(text)
        guard !wanted.isEmpty else { return [] }
        if let exact = options.first(where: { $0.id == text || TextNormalizer.normalize($0.id) == wanted }) {
            return [exact]
        }
        let words = queryWords(wanted)
        guard !words.isEmpty else { return [] }
        let topics = Set(pack.topics.filter { names($0.id, $0.name.all, match: wanted, words) }.map(\.id))
        let skills = Set(pack.skills.filter { names($0.id, $0.name.all, match: wanted, words) }.map(\.id))
        let named = options.filter { dialogue in
            dialogue.topic.map(topics.contains) == true || dialogue.skills.contains(where: skills.contains)
        }
        if !named.isEmpty { return named }
        let entries = pack.entries.filter { entry in
            names(entry.id, entry.term.all + entry.aliases.all, match: wanted, words)
        }
        let viaGlossary = options.filter { dialogue in
            entries.contains { entry in
                dialogue.topic == entry.topic || entry.skills.contains(where: dialogue.skills.contains)
            }
        }
        if !viaGlossary.isEmpty { return viaGlossary }
        return options.filter { dialogue in
            dialogue.title.all.contains { title in
                TextNormalizer.normalize(title).contains(wanted) || covers(stems(TextNormalizer.normalize(title)), words)
            } || TextNormalizer.normalize(dialogue.id).contains(wanted)
        }
    }

    /// Whether `wanted` is the id or one of the names, or all its words are words of one name.
    private func names(_ id: String, _ names: [String], match wanted: String, _ words: [Set<String>]) -> Bool {
        if TextNormalizer.normalize(id) == wanted { return true }
        return names.contains { name in
            let normalized = TextNormalizer.normalize(name)
            return normalized == wanted || covers(stems(normalized), words)
        }
    }

    /// Whether every query word (any of its readings) is among `stems`.
    private func covers(_ stems: Set<String>, _ words: [Set<String>]) -> Bool {
        words.allSatisfy { !$0.isDisjoint(with: stems) }
    }

    /// Each content word of the query with its readings: as typed, and stemmed in each language.
    private func queryWords(_ normalized: String) -> [Set<String>] {
        QueryAnalyzer.contentWords(normalized.split(separator: " ").map(String.init))
            .filter { $0.count > 2 }
            .map { [$0, EnglishStemmer().stem($0), MalayStemmer().stem($0)] }
    }

    /// The content words of a normalised name, as written and stemmed in both languages.
    private func stems(_ normalized: String) -> Set<String> {
        Set(queryWords(normalized).flatMap { $0 })
    }
}
