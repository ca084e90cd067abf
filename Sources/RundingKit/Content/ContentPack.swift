/// Everything loaded from a content directory: skills, topics, glossary entries, dialogues.
public struct ContentPack: Sendable {
    public var root: String
    public var skills: [Skill]
    public var topics: [Topic]
    public var entries: [GlossaryEntry]
    public var dialogues: [Dialogue]
    /// Short forms and synonyms, for understanding typed answers and questions.
    public var lexicon: Lexicon

    public init(root: String, skills: [Skill] = [], topics: [Topic] = [],
                entries: [GlossaryEntry] = [], dialogues: [Dialogue] = [], lexicon: Lexicon = .empty) {
        self.root = root
        self.skills = skills
        self.topics = topics
        self.entries = entries
        self.dialogues = dialogues
        self.lexicon = lexicon
    }

    public func skill(_ id: String) -> Skill? { skills.first { $0.id == id } }
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
    public func entry(_ id: String) -> GlossaryEntry? { entries.first { $0.id == id } }
    public func dialogue(_ id: String) -> Dialogue? { dialogues.first { $0.id == id } }

    /// BKT parameters per skill id, defaults for skills not in the catalogue.
    public func bktParameters(for skill: String) -> BKTParameters {
        self.skill(skill)?.parameters ?? .default
    }

    /// How the ends of this pack's dialogues are judged passed (for logs without `success`).
    public var passRules: PassRules { PassRules(dialogues: dialogues) }
}
