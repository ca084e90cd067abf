/// A learner's level in a skill, after Khan Academy's mastery ladder.
///
/// | level | when |
/// | --- | --- |
/// | not started | no evidence yet |
/// | attempted | some evidence, P(L) < 0.5 |
/// | familiar | P(L) ≥ 0.5 |
/// | proficient | P(L) ≥ 0.95 |
/// | mastered | proficient, with evidence from at least 3 different items, and a right answer on a
///   later local day, in a later session, than the skill's first evidence (`MasteryEvidence`) |
///
/// A level can fall again: a mastered skill whose P(L) drops under 0.95 is familiar.
public enum SkillLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
    case notStarted
    case attempted
    case familiar
    case proficient
    case mastered

    /// P(L) from which a skill is familiar.
    public static let familiarThreshold = 0.5
    /// P(L) from which a skill is proficient.
    public static let proficientThreshold = KnowledgeTracer.masteryThreshold
    /// How many different items must have given evidence before a skill can be mastered.
    public static let itemsForMastery = 3

    /// The level of a skill with `knowledge`, given what `evidence` says about its spread in time.
    public init(knowledge: SkillKnowledge?, evidence: MasteryEvidence) {
        guard let knowledge, knowledge.observations > 0 else {
            self = .notStarted
            return
        }
        if knowledge.pKnown >= Self.proficientThreshold {
            self = evidence.distinctItems >= Self.itemsForMastery && evidence.retained ? .mastered : .proficient
        } else if knowledge.pKnown >= Self.familiarThreshold {
            self = .familiar
        } else {
            self = .attempted
        }
    }

    /// The id written in JSON: `not_started`, `attempted`, `familiar`, `proficient`, `mastered`.
    public var id: String {
        switch self {
        case .notStarted: return "not_started"
        case .attempted: return "attempted"
        case .familiar: return "familiar"
        case .proficient: return "proficient"
        case .mastered: return "mastered"
        }
    }

    /// The level's name as a learner reads it.
    public var name: LocalizedText {
        switch self {
        case .notStarted: return LocalizedText(ms: "belum dicuba", en: "not started")
        case .attempted: return LocalizedText(ms: "dicuba", en: "attempted")
        case .familiar: return LocalizedText(ms: "biasa", en: "familiar")
        case .proficient: return LocalizedText(ms: "mahir", en: "proficient")
        case .mastered: return LocalizedText(ms: "dikuasai", en: "mastered")
        }
    }

    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
