/// What the understander made of an answer to a node.
public enum Understanding: Sendable, Equatable {
    /// How a taken choice was recognised.
    public enum Evidence: Sendable, Equatable {
        /// The option's number, in the order shown.
        case number
        /// One of the choice's patterns, or its option text, word for word.
        case pattern
        /// Similar enough to the choice's examples; the score is in [0, 1].
        case words(score: Double)
        /// Nothing fitted well, and the node sends such answers to its fallback choice.
        case fallback
    }

    /// The choice (authored index) is clearly meant.
    case take(Int, Evidence)
    /// The choice is the best guess but not a sure one: ask the learner.
    case confirm(Int, score: Double)
    /// Nothing is close: show the options and ask again.
    case askAgain

    /// Whether a taken choice came from the learner's words, not a number: the reply then says
    /// which option it understood.
    public var isFromWords: Bool {
        if case .take(_, let evidence) = self { return evidence != .number }
        return false
    }
}
