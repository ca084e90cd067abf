/// What knowledge tracing currently believes about one skill of one learner.
public struct SkillKnowledge: Sendable, Hashable {
    /// P(L): the chance the learner knows the skill.
    public var pKnown: Double
    /// How many answers gave evidence about the skill.
    public var observations: Int

    public init(pKnown: Double, observations: Int) {
        self.pKnown = pKnown
        self.observations = observations
    }

    /// Whether P(L) has reached 0.95: proficient. Mastered needs more (`SkillLevel`).
    public var isProficient: Bool { pKnown >= KnowledgeTracer.masteryThreshold }
}
