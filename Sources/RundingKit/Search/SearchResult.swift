/// What a question to the glossary comes to.
public enum SearchResult: Sendable, Equatable {
    /// Only a greeting or thanks: reply briefly, do not search.
    case greeting(Greeting)
    /// Nothing to search for: empty, punctuation, or question words alone ("apa itu?").
    case empty
    /// Entries that answer the question, best first; the first is confident enough to show.
    case found([SearchHit])
    /// No entry answers well, but this one is clearly ahead of the rest: offer it as a likely
    /// answer ("Mungkin maksud anda…").
    case likely(SearchHit)
    /// No entry answers well enough; up to three partial hits to offer by their terms.
    case noGoodMatch(suggestions: [SearchHit])

    /// The entry to answer with, if any.
    public var best: SearchHit? {
        switch self {
        case .found(let hits): hits.first
        case .likely(let hit): hit
        default: nil
        }
    }
}
