import Foundation
import Synchronization

/// Decides which choice of a node a typed answer means: the one matcher of the chat, `runding
/// play`, review and the transcript tests, so that what an author sees is what a learner gets.
///
/// In order: an option's number; a pattern, or the option text word for word (an exact rule wins);
/// else the similarity of the answer to each choice's examples (`NodeModel`), taken when clearly
/// best, confirmed when close or middling, and asked again when nothing is close. A node that
/// hides its options (`ask: type`) never confirms, as that would show an option: an answer not
/// clearly one choice goes to its fallback.
///
/// Node models are built lazily, at the first answer to each node, and kept.
public final class AnswerUnderstander: Sendable {
    public let analyzer: AnswerAnalyzer
    public let thresholds: UnderstandingThresholds
    private let models = Mutex<[NodeKey: NodeModel]>([:])

    private struct NodeKey: Hashable {
        var dialogue: String
        var node: DialogueNode
    }

    public init(analyzer: AnswerAnalyzer = AnswerAnalyzer(), thresholds: UnderstandingThresholds = .standard) {
        self.analyzer = analyzer
        self.thresholds = thresholds
    }

    /// An understander for `pack`: its lexicon, and its Malay words as known stemming roots.
    public convenience init(pack: ContentPack, thresholds: UnderstandingThresholds = .standard) {
        var texts = pack.entries.flatMap { [$0.term.ms, $0.definition.ms] }
        for dialogue in pack.dialogues {
            for node in dialogue.nodes {
                texts.append(node.say.ms)
                for choice in node.choices { texts += [choice.text.ms] + choice.examples.ms }
            }
        }
        self.init(analyzer: AnswerAnalyzer(lexicon: pack.lexicon, knownRoots: QueryAnalyzer.knownRoots(fromMalay: texts)),
                  thresholds: thresholds)
    }

    /// What `answer` means at `node` of `dialogue`; a number is an option's number in `order`
    /// (the order shown; authored when nil).
    public func understand(_ answer: String, in node: DialogueNode, of dialogue: String = "",
                           order: OptionOrder? = nil) -> Understanding {
        let words = analyzer.words(answer)
        guard !words.isEmpty else { return .askAgain }
        if node.mode == .choose, words.count == 1, let number = Int(words[0]),
           let index = (order ?? .authored(node)).authoredIndex(ofNumber: number) {
            return .take(index, .number)
        }
        let exact = node.choices.indices.filter { index in
            !node.choices[index].isFallback && Self.isExact(words, for: node.choices[index])
        }
        if exact.count == 1 { return .take(exact[0], .pattern) }
        let scores = self.scores(answer, in: node, of: dialogue)
        return decide(scores, in: node)
    }

    /// Every choice with examples scored against `answer`, best first.
    public func scores(_ answer: String, in node: DialogueNode, of dialogue: String = "") -> [ChoiceScore] {
        model(for: node, of: dialogue).scores(answer)
    }

    /// The decision for `scores` (best first) at `node`.
    func decide(_ scores: [ChoiceScore], in node: DialogueNode) -> Understanding {
        let fallback = node.choices.firstIndex(where: \.isFallback)
        guard let best = scores.first else {
            return fallback.map { .take($0, .fallback) } ?? .askAgain
        }
        let second = scores.count > 1 ? scores[1].score : 0
        let isClear = best.score >= thresholds.take && best.score - second >= thresholds.margin
        if node.mode == .type {
            if best.choice != fallback, best.score >= thresholds.confirm, best.score - second >= thresholds.margin {
                return .take(best.choice, .words(score: best.score))
            }
            return fallback.map { .take($0, .fallback) } ?? .askAgain
        }
        if isClear { return .take(best.choice, .words(score: best.score)) }
        if best.score >= thresholds.confirm { return .confirm(best.choice, score: best.score) }
        return .askAgain
    }

    /// Whether `words` are one of `choice`'s patterns, or one of its option texts, exactly.
    static func isExact(_ words: [String], for choice: Choice) -> Bool {
        choice.compiled.textWords.contains(words) || choice.compiled.patterns.contains { $0.match(words) == 0 }
    }

    private func model(for node: DialogueNode, of dialogue: String) -> NodeModel {
        let key = NodeKey(dialogue: dialogue, node: node)
        if let model = models.withLock({ $0[key] }) { return model }
        let model = NodeModel(node: node, analyzer: analyzer)
        models.withLock { $0[key] = model }
        return model
    }
}
