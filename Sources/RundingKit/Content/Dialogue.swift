/// A quiz or role-play: a graph of nodes the learner walks through by choosing.
public struct Dialogue: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case quiz
        case roleplay
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var intro: LocalizedText?
    /// Who the bot plays in a role-play ("Encik Razak, pengurus perolehan").
    public var character: LocalizedText?
    public var skills: [String]
    public var topic: String?
    public var start: String
    /// Nodes in the order they were written.
    public var nodes: [DialogueNode]
    public var location: SourceLocation

    public init(id: String, kind: Kind, title: LocalizedText, intro: LocalizedText? = nil,
                character: LocalizedText? = nil, skills: [String], topic: String? = nil,
                start: String, nodes: [DialogueNode], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.intro = intro
        self.character = character
        self.skills = skills
        self.topic = topic
        self.start = start
        self.nodes = nodes
        self.location = location
    }

    /// The node called `id`, if any.
    public func node(_ id: String) -> DialogueNode? {
        nodes.first { $0.id == id }
    }

    /// All endings, in file order.
    public var endings: [DialogueNode] { nodes.filter { $0.ending != nil } }
}

/// One step of a dialogue: what the bot says, then choices or an ending.
public struct DialogueNode: Sendable, Hashable, Identifiable {
    /// How the learner answers a node.
    public enum AnswerMode: String, Sendable, Hashable, Codable, CaseIterable {
        /// The choices are shown numbered; a number or words pick one.
        case choose
        /// The choices are hidden; the learner types an answer.
        case type
    }

    public var id: String
    public var say: LocalizedText
    public var mode: AnswerMode
    public var hint: LocalizedText?
    public var isRemediation: Bool
    public var choices: [Choice]
    public var ending: Ending?
    public var location: SourceLocation

    public init(id: String, say: LocalizedText, mode: AnswerMode = .choose, hint: LocalizedText? = nil,
                isRemediation: Bool = false, choices: [Choice] = [], ending: Ending? = nil,
                location: SourceLocation) {
        self.id = id
        self.say = say
        self.mode = mode
        self.hint = hint
        self.isRemediation = isRemediation
        self.choices = choices
        self.ending = ending
        self.location = location
    }

    /// The item id under which answers at this node are logged: `<dialogue>/<node>`.
    public func itemID(in dialogue: String) -> String { "\(dialogue)/\(id)" }
}

/// How a dialogue ends.
public struct Ending: Sendable, Hashable {
    /// An id such as `win-win`, `deal-lost`, `passed`.
    public var outcome: String
    /// Whether this ending counts as passed.
    public var success: Bool
    public var summary: LocalizedText

    public init(outcome: String, success: Bool = true, summary: LocalizedText) {
        self.outcome = outcome
        self.success = success
        self.summary = summary
    }
}

/// One option of a node.
public struct Choice: Sendable, Hashable {
    public let text: LocalizedText
    public let patterns: LocalizedList
    /// The text's words and the parsed patterns, prepared once for the answer matcher.
    let compiled: CompiledChoice
    public var samples: [String]
    public var feedback: LocalizedText
    /// Skill id → what taking this choice shows about it.
    public var evidence: [String: Bool]
    /// The order the evidence was written in (dictionaries have none).
    public var evidenceOrder: [String]
    public var explicitCorrect: Bool?
    public var goto: String
    public var isFallback: Bool
    public var location: SourceLocation
    public var gotoLocation: SourceLocation

    public init(text: LocalizedText, patterns: LocalizedList = LocalizedList(), samples: [String] = [],
                feedback: LocalizedText, evidence: [(String, Bool)] = [], correct: Bool? = nil,
                goto: String, isFallback: Bool = false, location: SourceLocation,
                gotoLocation: SourceLocation? = nil) {
        self.text = text
        self.patterns = patterns
        compiled = CompiledChoice(text: text, patterns: patterns)
        self.samples = samples
        self.feedback = feedback
        self.evidence = Dictionary(evidence, uniquingKeysWith: { _, last in last })
        self.evidenceOrder = evidence.map(\.0)
        self.explicitCorrect = correct
        self.goto = goto
        self.isFallback = isFallback
        self.location = location
        self.gotoLocation = gotoLocation ?? location
    }

    /// Evidence in the order it was written.
    public var orderedEvidence: [(skill: String, value: Bool)] {
        evidenceOrder.compactMap { skill in evidence[skill].map { (skill, $0) } }
    }

    /// Whether this is a right answer: explicit `correct`, else all evidence true.
    /// Nil for a choice that is neither (no evidence, nothing said).
    public var isCorrect: Bool? {
        if let explicitCorrect { return explicitCorrect }
        if evidence.isEmpty { return nil }
        return evidence.values.allSatisfy { $0 }
    }
}

/// A choice's texts as normalised words and its patterns parsed (unparseable ones left out:
/// the linter reports them).
struct CompiledChoice: Sendable, Hashable {
    let textWords: [[String]]
    let patterns: [AnswerPattern]

    init(text: LocalizedText, patterns: LocalizedList) {
        textWords = text.all.filter { !$0.isEmpty }.map(TextNormalizer.words)
        self.patterns = patterns.all.compactMap { try? AnswerPattern($0) }
    }
}
