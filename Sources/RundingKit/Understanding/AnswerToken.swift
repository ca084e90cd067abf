/// One meaningful unit of a typed answer: a word or a synonym phrase, with the keys it is compared
/// by and whether a negation governs it.
public struct AnswerToken: Sendable, Hashable {
    /// The normalised word, or the words of a synonym phrase joined by spaces.
    public var text: String
    /// What the token is compared by: a synonym group (`=3`), a number as written, or the word's
    /// Malay and English stems.
    public var keys: [String]
    /// Whether a negation ("tidak", "bukan", "not"…) before it, in the same clause, governs it.
    public var isNegated: Bool
    /// Whether the text is spelt like a word (and so may carry typos), not a number or a phrase.
    public var isSpelt: Bool

    public init(text: String, keys: [String], isNegated: Bool = false, isSpelt: Bool = true) {
        self.text = text
        self.keys = keys
        self.isNegated = isNegated
        self.isSpelt = isSpelt
    }
}
