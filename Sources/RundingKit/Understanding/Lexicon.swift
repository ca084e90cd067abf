/// What the content teaches the understander about words: short forms and synonyms. Loaded from
/// `Glossary/shortforms.yaml` and `Glossary/synonyms.yaml`, shared by the answer understander
/// and the glossary search.
public struct Lexicon: Sendable, Hashable {
    public var shortForms: ShortFormTable
    public var synonyms: SynonymTable

    public init(shortForms: ShortFormTable = ShortFormTable(), synonyms: SynonymTable = SynonymTable()) {
        self.shortForms = shortForms
        self.synonyms = synonyms
    }

    public static let empty = Lexicon()

    /// Adds everything `other` defines.
    public mutating func merge(_ other: Lexicon) {
        shortForms.merge(other.shortForms)
        synonyms.merge(other.synonyms)
    }
}
