/// One glossary concept, e.g. `enps`, with its definition and key points in both languages.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var topic: String
    public var term: LocalizedText
    public var aliases: LocalizedList
    public var definition: LocalizedText
    public var points: LocalizedList
    /// Where the entry's facts differ from the seed page, or come from elsewhere.
    public var note: LocalizedText?
    /// Deprecated variants of the term (`deprecated:`); a lint flags them in content text.
    public var deprecated: LocalizedList
    /// An author-only note (e.g. what the seed page says); never shown to learners.
    public var sourceNote: String?
    public var skills: [String]
    public var related: [String]
    public var location: SourceLocation

    public init(id: String, topic: String, term: LocalizedText, aliases: LocalizedList,
                definition: LocalizedText, points: LocalizedList, note: LocalizedText? = nil,
                deprecated: LocalizedList = LocalizedList(), sourceNote: String? = nil,
                skills: [String], related: [String], location: SourceLocation) {
        self.id = id
        self.topic = topic
        self.term = term
        self.aliases = aliases
        self.definition = definition
        self.points = points
        self.note = note
        self.deprecated = deprecated
        self.sourceNote = sourceNote
        self.skills = skills
        self.related = related
        self.location = location
    }

    /// The item id under which answers about this entry are logged: `glossary:<id>`.
    public var itemID: String { "glossary:\(id)" }
}
