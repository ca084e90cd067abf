import Foundation

/// The quiz or role-play that practises the situation a question describes ("customer minta
/// diskaun 30%, apa patut saya buat?", "buyer marah-marah, camne?"): offered after the glossary's
/// answer, with the command that starts it.
///
/// A question is a situation when it names a person at work (a buyer, a customer, a boss…) or
/// asks what to do. The dialogue is the one whose texts (title, introduction and what is said)
/// share the most distinctive words with the question, among those of the answering entry's topic
/// or skills; words are compared as the answer understander compares them (short forms,
/// synonyms, stems), each weighted by how few dialogues use it.
public struct SituationMatcher: Sendable {
    /// Words (after short forms and synonyms) that name someone a learner deals with.
    static let people: Set<String> = [
        "pelanggan", "pembeli", "customer", "buyer", "client", "klien", "bos", "boss", "pengurus", "manager",
        "ketua", "penyelia", "supervisor", "staf", "staff", "pekerja", "employee", "vendor", "pembekal", "supplier",
    ]
    /// Phrases that ask what to do.
    static let askingWhatToDo: [[String]] = [
        ["apa", "patut"], ["apa", "perlu"], ["macam", "mana"], ["bagaimana"], ["apa", "nak", "buat"],
        ["what", "should"], ["what", "do", "i", "do"], ["how", "do", "i"], ["how", "should"],
    ]
    /// The least a dialogue must share with the question, in summed word weight.
    static let minimumScore = 2.0

    private let analyzer: AnswerAnalyzer
    private let dialogues: [(dialogue: Dialogue, keys: Set<String>)]
    private let weights: [String: Double]

    public init(dialogues: [Dialogue], analyzer: AnswerAnalyzer) {
        self.analyzer = analyzer
        let indexed = dialogues.map { dialogue -> (dialogue: Dialogue, keys: Set<String>) in
            var texts = dialogue.title.all + (dialogue.intro?.all ?? [])
            for node in dialogue.nodes { texts += node.say.all }
            return (dialogue, Set(texts.flatMap { analyzer.tokens($0).flatMap(\.keys) }))
        }
        self.dialogues = indexed
        var frequencies: [String: Int] = [:]
        for entry in indexed { for key in entry.keys { frequencies[key, default: 0] += 1 } }
        let count = Double(max(1, indexed.count))
        weights = frequencies.mapValues { log(1 + count / Double($0)) }
    }

    /// Whether `question` describes a situation rather than asking what a word means.
    public func isSituation(_ question: String) -> Bool {
        let words = analyzer.words(question)
        if words.contains(where: Self.people.contains) { return true }
        return Self.askingWhatToDo.contains { phrase in
            words.indices.contains { start in
                start + phrase.count <= words.count && Array(words[start..<(start + phrase.count)]) == phrase
            }
        }
    }

    /// The dialogue that practises `question`'s situation, answered by `entry`; nil when the
    /// question is not a situation or nothing matches well enough.
    public func dialogue(for question: String, answeredBy entry: GlossaryEntry) -> Dialogue? {
        guard isSituation(question) else { return nil }
        let keys = Set(analyzer.tokens(question).flatMap(\.keys))
        var best: (dialogue: Dialogue, score: Double)?
        for candidate in dialogues {
            let dialogue = candidate.dialogue
            guard dialogue.topic == entry.topic || dialogue.skills.contains(where: entry.skills.contains) else { continue }
            let score = keys.intersection(candidate.keys).reduce(0) { $0 + (weights[$1] ?? 0) }
            let isBetter = score > (best?.score ?? 0)
                || (score == best?.score && dialogue.kind == .roleplay && best?.dialogue.kind == .quiz)
            if isBetter { best = (dialogue, score) }
        }
        guard let best, best.score >= Self.minimumScore else { return nil }
        return best.dialogue
    }
}
