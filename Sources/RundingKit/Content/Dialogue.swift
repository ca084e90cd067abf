/// A quiz or role-play: a graph of nodes the learner walks through by choosing.
public struct Dialogue: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case quiz
        case roleplay
    }

    /// How the learner answers: by typing first (options on request), or by picking shown options.
    public enum InputMode: String, Sendable, Hashable, Codable, CaseIterable {
        case typed
        case choices
    }

    /// The pass mark of a quiz when its file sets none.
    public static let defaultPassMark = 0.7

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
    /// The share of the score a quiz needs to pass, in (0, 1].
    public var passMark: Double
    /// `input:` as written; nil means the kind's default (see `inputMode`).
    public var input: InputMode?
    /// An author-only note (e.g. what the seed page says); never shown to learners.
    public var sourceNote: String?
    public var location: SourceLocation

    public init(id: String, kind: Kind, title: LocalizedText, intro: LocalizedText? = nil,
                character: LocalizedText? = nil, skills: [String], topic: String? = nil,
                start: String, nodes: [DialogueNode], passMark: Double = Dialogue.defaultPassMark,
                input: InputMode? = nil, sourceNote: String? = nil, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.intro = intro
        self.character = character
        self.skills = skills
        self.topic = topic
        self.start = start
        self.nodes = nodes
        self.passMark = passMark
        self.input = input
        self.sourceNote = sourceNote
        self.location = location
    }

    /// How the learner answers: `input:` as written, else typed for role-plays and choices for quizzes.
    public var inputMode: InputMode {
        input ?? (kind == .roleplay ? .typed : .choices)
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
    /// An author-only note; never shown to learners.
    public var sourceNote: String?
    public var location: SourceLocation

    public init(id: String, say: LocalizedText, mode: AnswerMode = .choose, hint: LocalizedText? = nil,
                isRemediation: Bool = false, choices: [Choice] = [], ending: Ending? = nil,
                sourceNote: String? = nil, location: SourceLocation) {
        self.id = id
        self.say = say
        self.mode = mode
        self.hint = hint
        self.isRemediation = isRemediation
        self.choices = choices
        self.ending = ending
        self.sourceNote = sourceNote
        self.location = location
    }

    /// The stable id of the choice at `index` (0-based, authored order): its `id:`, else its
    /// 1-based authored position. This is what the `answer` event's `choice` field records.
    public func choiceID(at index: Int) -> String {
        choices[index].id ?? String(index + 1)
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
    /// `id:` as written: a stable id, unique within the node (see `DialogueNode.choiceID(at:)`).
    public var id: String?
    /// Whether the choice keeps its authored place when options are shuffled.
    public var isFixed: Bool
    public let text: LocalizedText
    public let patterns: LocalizedList
    /// The text's words and the parsed patterns, prepared once for the answer matcher.
    let compiled: CompiledChoice
    public var samples: [String]
    /// What a learner might type to mean this choice, per language (`examples:`).
    public var examples: LocalizedList
    /// An author-only note; never shown to learners.
    public var sourceNote: String?
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

    public init(id: String? = nil, isFixed: Bool = false, text: LocalizedText,
                patterns: LocalizedList = LocalizedList(), samples: [String] = [],
                examples: LocalizedList = LocalizedList(), sourceNote: String? = nil,
                feedback: LocalizedText, evidence: [(String, Bool)] = [], correct: Bool? = nil,
                goto: String, isFallback: Bool = false, location: SourceLocation,
                gotoLocation: SourceLocation? = nil) {
        self.id = id
        self.isFixed = isFixed
        self.text = text
        self.patterns = patterns
        compiled = CompiledChoice(text: text, patterns: patterns)
        self.samples = samples
        self.examples = examples
        self.sourceNote = sourceNote
        self.feedback = feedback
        self.evidence = Dictionary(evidence, uniquingKeysWith: { _, last in last })
        self.evidenceOrder = evidence.map(\.0)
        self.explicitCorrect = correct
        self.goto = goto
        self.isFallback = isFallback
        self.location = location
        self.gotoLocation = gotoLocation ?? location
    }

    /// Every example of this choice in every language, the old `samples` included (not the text).
    public var allExamples: [String] { examples.all + samples }

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
