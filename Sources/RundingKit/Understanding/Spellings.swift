/// The spelt words a node's documents use, to correct a misspelt answer word to the nearest of
/// them within typo tolerance (`EditDistance.tolerance`); ties go to the alphabetically first.
struct Spellings: Sendable {
    private let words: [AnswerToken]
    private let matcher: TypoMatcher

    init(_ tokens: [AnswerToken]) {
        var byText: [String: AnswerToken] = [:]
        for token in tokens where token.isSpelt && byText[token.text] == nil {
            byText[token.text] = AnswerToken(text: token.text, keys: token.keys)
        }
        words = byText.keys.sorted().map { byText[$0]! }
        matcher = TypoMatcher(tokens: words.map(\.text))
    }

    /// The document word nearest to `word` within tolerance, or nil.
    func nearest(to word: String) -> AnswerToken? {
        matcher.closest(to: word, limit: 1).map { words[$0.ids[0]] }
    }
}
