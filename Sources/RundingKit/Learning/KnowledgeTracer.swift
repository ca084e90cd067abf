/// Bayesian Knowledge Tracing (Corbett & Anderson 1995): the chance a learner knows a skill.
///
/// After each observation the posterior given the answer is computed, then the chance of
/// learning at that step is added:
/// `P(L|right) = P(L)(1−S) / (P(L)(1−S) + (1−P(L))G)`,
/// `P(L|wrong) = P(L)S / (P(L)S + (1−P(L))(1−G))`,
/// `P(L) ← P(L|obs) + (1 − P(L|obs))·T`. There is no forgetting.
public struct KnowledgeTracer: Sendable, Hashable {
    /// P(L) at or above which a skill counts as mastered.
    public static let masteryThreshold = 0.95

    public var parameters: BKTParameters

    public init(parameters: BKTParameters = .default) {
        self.parameters = parameters
    }

    /// The state before any observation: P(L) = L0.
    public var initialKnowledge: SkillKnowledge {
        SkillKnowledge(pKnown: Self.clampedProbability(parameters.l0), observations: 0)
    }

    /// P(L) after observing one answer, starting from `pKnown`.
    public func pKnown(after correct: Bool, from pKnown: Double) -> Double {
        let known = Self.clampedProbability(pKnown)
        let guess = parameters.g
        let slip = parameters.s
        let posterior: Double
        if correct {
            let numerator = known * (1 - slip)
            let denominator = numerator + (1 - known) * guess
            posterior = denominator > 0 ? numerator / denominator : known
        } else {
            let numerator = known * slip
            let denominator = numerator + (1 - known) * (1 - guess)
            posterior = denominator > 0 ? numerator / denominator : known
        }
        return Self.clampedProbability(posterior + (1 - posterior) * parameters.t)
    }

    /// `knowledge` updated with one observed answer.
    public func update(_ knowledge: SkillKnowledge, correct: Bool) -> SkillKnowledge {
        SkillKnowledge(pKnown: pKnown(after: correct, from: knowledge.pKnown),
                       observations: knowledge.observations + 1)
    }

    /// The P(L) values after each answer of `answers`, starting from L0.
    public func trace(_ answers: [Bool]) -> [Double] {
        var knowledge = initialKnowledge
        return answers.map { correct in
            knowledge = update(knowledge, correct: correct)
            return knowledge.pKnown
        }
    }

    /// Keeps a probability usable when parameters are out of range or not numbers.
    static func clampedProbability(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, 0), 1)
    }
}
