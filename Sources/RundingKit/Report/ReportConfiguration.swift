import Foundation

/// What a report needs besides the logs: the content's skills and dialogues, the clock, the zone.
///
/// `now` and `timeZone` are given, never read from the system here, so the same logs always
/// give the same report.
public struct ReportConfiguration: Sendable {
    /// The skills of the catalogue, in its order.
    public var skills: [ReportSkill]
    /// When the report is made: streaks, due items and the last four weeks are relative to it.
    public var now: Date
    /// Decides the local day of each answer (streaks, activity by day).
    public var timeZone: TimeZone
    /// When set, activity figures (answers, accuracy, time, role-plays) count only events from
    /// this instant on; mastery and reviews always replay the whole log.
    public var since: Date?
    /// The kind of each dialogue of the content, by id.
    public var dialogueKinds: [String: Dialogue.Kind]
    /// Whether the end of a dialogue was a pass: its `success`, else what the content says.
    public var passRules: PassRules
    /// Dialogue titles by id and glossary terms by entry id, to name xAPI activities.
    public var dialogueTitles: [String: LocalizedText]
    public var entryTerms: [String: LocalizedText]
    /// What each dialogue node asks, by item id `<dialogue-id>/<node-id>`, to name leeches.
    public var nodeTexts: [String: LocalizedText]
    /// Questions (dialogue nodes with choices) in content order, and their authored choices.
    public var questionOrder: [String]
    public var questionChoices: [String: [QuestionChoice]]
    /// Whether to keep per-question records for item statistics (`--items`).
    public var collectsItems = false
    /// When a learner needs attention (`--overdue-threshold`).
    public var attention: AttentionThresholds = .standard
    /// The bytes of each log read (`--max-log-size`); the rest is a warning.
    public var maximumLogBytes = ProgressLogReader.defaultMaximumBytes
    /// The items, dialogues and skills kept per learner: the content's, with a margin.
    public var limits: ReplayLimits
    private var parameters: [String: BKTParameters]

    public init(pack: ContentPack, now: Date, timeZone: TimeZone, since: Date? = nil) {
        skills = pack.skills.map { ReportSkill(id: $0.id, name: $0.name) }
        self.now = now
        self.timeZone = timeZone
        self.since = since
        parameters = Dictionary(pack.skills.map { ($0.id, $0.parameters) }) { first, _ in first }
        dialogueKinds = Dictionary(pack.dialogues.map { ($0.id, $0.kind) }) { first, _ in first }
        dialogueTitles = Dictionary(pack.dialogues.map { ($0.id, $0.title) }) { first, _ in first }
        entryTerms = Dictionary(pack.entries.map { ($0.id, $0.term) }) { first, _ in first }
        nodeTexts = Dictionary(pack.dialogues.flatMap { dialogue in
            dialogue.nodes.map { ("\(dialogue.id)/\($0.id)", $0.say) }
        }) { first, _ in first }
        passRules = pack.passRules
        var order: [String] = []
        var choices: [String: [QuestionChoice]] = [:]
        for dialogue in pack.dialogues.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            for node in dialogue.nodes where node.ending == nil && !node.choices.isEmpty {
                let item = node.itemID(in: dialogue.id)
                guard choices[item] == nil else { continue }
                order.append(item)
                choices[item] = node.choices.indices.filter { !node.choices[$0].isFallback }.map {
                    QuestionChoice(id: node.choiceID(at: $0), isDistractor: node.choices[$0].isCorrect == false)
                }
            }
        }
        questionOrder = order
        questionChoices = choices
        limits = ReplayLimits(pack: pack)
    }

    /// The BKT parameters the chat uses for `skill`, so that mastery here is the learner's own.
    public func bktParameters(for skill: String) -> BKTParameters {
        parameters[skill] ?? .default
    }

    /// A leech's item as a trainer reads it: the dialogue's title and the question's text
    /// (`Quiz: eNPS — What does …?`), or the glossary term; nil for an item the content lacks.
    public func itemDescription(_ item: String, language: Language) -> String? {
        let parts = itemParts(item, language: language)
        guard let question = parts.question else { return parts.title }
        guard let title = parts.title else { return question }
        return "\(title) — \(question)"
    }

    /// An item's dialogue title (or glossary term) and its question in `language`, each nil
    /// when the content lacks it; `limit` bounds the question's length.
    public func itemParts(_ item: String, language: Language, limit: Int = 70) -> (title: String?, question: String?) {
        if item.hasPrefix("glossary:") {
            return (entryTerms[String(item.dropFirst("glossary:".count))].map { ReportText.safe($0[language], limit: 60) }, nil)
        }
        guard let text = nodeTexts[item], let slash = item.firstIndex(of: "/") else { return (nil, nil) }
        let title = dialogueTitles[String(item[..<slash])].map { ReportText.safe($0[language], limit: 40) }
        let question = ReportText.safe(text[language].split(whereSeparator: \.isNewline).joined(separator: " "), limit: limit)
        return (title.flatMap { $0.isEmpty ? nil : $0 }, question)
    }

    /// Whether the dialogue `id` is a role-play of the content.
    public func isRoleplay(_ id: String) -> Bool {
        dialogueKinds[id] == .roleplay
    }

    /// Whether a dialogue's end was a pass (`PassRules`).
    public func isPassed(_ end: ProgressEvent.DialogueEnd) -> Bool {
        passRules.passed(end)
    }
}

/// A skill as reports name it.
public struct ReportSkill: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
