/// One glossary entry found for a question, with what the chat needs to present it.
public struct SearchHit: Sendable, Equatable {
    public var entry: GlossaryEntry
    /// The ranking score: summed field-weighted BM25, plus a bonus when a whole term or alias
    /// matched. Comparable only within one search.
    public var score: Double
    /// How sure the search is that this entry answers the question, from 0 to 1.
    public var confidence: Double
    /// The field that contributed most (the phrase's field when a term or alias matched whole).
    public var field: GlossaryField
    /// The term or alias that matched as a whole, if any.
    public var phrase: PhraseMatch?
    /// Words of the question read as a nearby glossary word to reach this entry.
    public var corrections: [Correction]
}

/// A term or alias of an entry that the question matched as a whole.
public struct PhraseMatch: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The question (without question words) is this term or alias.
        case exact
        /// The question contains this term or alias, with other words.
        case contained
    }

    public var kind: Kind
    /// `.term` or `.alias`.
    public var field: GlossaryField
    public var language: Language
    /// The term or alias as written in the glossary (a term's part in or out of brackets).
    public var text: String
}

/// A typed word that is not in the glossary's vocabulary, read as one that is.
public struct Correction: Sendable, Equatable {
    /// The word as typed (normalised).
    public var typed: String
    /// The glossary token (a stem) it was read as.
    public var token: String
    public var distance: Int
}
