/// Decides which choice of a node a learner's answer picks: by number, by the choice's text,
/// or by its typed-answer patterns, in either language.
public struct AnswerMatcher: Sendable {
    /// What an answer picked.
    public enum Result: Sendable, Equatable {
        /// A choice, and whether it was recognised only thanks to typo tolerance.
        case choice(index: Int, viaTypo: Bool)
        /// Words that fit several choices equally well.
        case ambiguous([Int])
        /// Nothing fits (only in `choose` nodes: `type` nodes fall back).
        case noMatch
    }

    public init() {}

    /// What `answer` picks among `node`'s choices; a number is an option's number in `order`
    /// (the order shown; the authored order when nil). Indices in the result are authored ones.
    public func match(_ answer: String, in node: DialogueNode, order: OptionOrder? = nil) -> Result {
        let words = TextNormalizer.words(answer)
        if node.mode == .choose, words.count == 1, let number = Int(words[0]),
           let index = (order ?? .authored(node)).authoredIndex(ofNumber: number) {
            return .choice(index: index, viaTypo: false)
        }
        var best: [(index: Int, typos: Int)] = []
        for (index, choice) in node.choices.enumerated() where !choice.isFallback {
            guard let typos = typos(words, for: choice) else { continue }
            if best.isEmpty || typos < best[0].typos {
                best = [(index, typos)]
            } else if typos == best[0].typos {
                best.append((index, typos))
            }
        }
        if best.count == 1 { return .choice(index: best[0].index, viaTypo: best[0].typos > 0) }
        if best.count > 1 { return .ambiguous(best.map(\.index)) }
        if let fallback = node.choices.firstIndex(where: \.isFallback) {
            return .choice(index: fallback, viaTypo: false)
        }
        return .noMatch
    }

    /// How many typos `words` need to be accepted by `choice`, or nil when it is not accepted.
    public func typos(_ words: [String], for choice: Choice) -> Int? {
        guard !words.isEmpty else { return nil }
        var best: Int?
        func consider(_ value: Int?) {
            guard let value else { return }
            if best == nil || value < best! { best = value }
        }
        for textWords in choice.compiled.textWords {
            consider(Self.wholeAnswerTypos(words, textWords))
        }
        for pattern in choice.compiled.patterns where best != 0 {
            consider(pattern.match(words))
        }
        return best
    }

    /// Typos needed for the answer to be exactly `expected`, word for word.
    static func wholeAnswerTypos(_ words: [String], _ expected: [String]) -> Int? {
        guard words.count == expected.count, !expected.isEmpty else { return nil }
        var total = 0
        for (word, target) in zip(words, expected) {
            guard let typos = AnswerPattern.wordDistance(target, word) else { return nil }
            total += typos
        }
        return total
    }
}
