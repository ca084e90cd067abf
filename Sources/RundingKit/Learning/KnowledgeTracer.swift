/// Bayesian Knowledge Tracing (Corbett & Anderson 1995): the chance a learner knows a skill.
///
/// After each observation the posterior given the answer is computed, then the chance of
/// learning at that step is added:
/// `P(L|right) = P(L)(1−S) / (P(L)(1−S) + (1−P(L))G)`,
/// `P(L|wrong) = P(L)S / (P(L)S + (1−P(L))(1−G))`,
/// `P(L) ← P(L|obs) + (1 − P(L|obs))·T`. There is no forgetting.
///
/// G may differ per observation (`guess(for:)`): at least 1/k when the learner picked among k
/// options shown, moved towards 1 − S (where an answer tells nothing) when it was helped.
public struct KnowledgeTracer: Sendable, Hashable {
    /// P(L) at or above which a skill counts as proficient (mastered needs more: `SkillLevel`).
    public static let masteryThreshold = 0.95
    /// How far each weakening circumstance (hint, retry, confirmation) moves the guess from its
    /// value towards 1 − S: one half. Two move it three quarters of the way, three seven eighths.
    public static let weakeningShare = 0.5

    public var parameters: BKTParameters

    public init(parameters: BKTParameters = .default) {
        self.parameters = parameters
    }

    /// The state before any observation: P(L) = L0.
    public var initialKnowledge: SkillKnowledge {
        SkillKnowledge(pKnown: Self.clampedProbability(parameters.l0), observations: 0)
    }

    /// The guess parameter for one answer given under `conditions`.
    ///
    /// `g = max(G, 1/k)` for k options shown (G for a typed answer); then, for each of hint,
    /// retry and confirmation, `g ← g + (1 − S − g)/2`. Never above `1 − S`: there a right and a
    /// wrong answer are equally likely whether the skill is known or not, and the answer tells
    /// nothing (only the learning step T still applies).
    public func guess(for conditions: AnswerConditions) -> Double {
        let skillGuess = Self.clampedProbability(parameters.g)
        let ceiling = max(skillGuess, 1 - Self.clampedProbability(parameters.s))
        var guess = skillGuess
        if let shown = conditions.optionsShown {
            guess = max(guess, 1 / Double(max(1, shown)))
        }
        guess = min(guess, ceiling)
        for _ in 0..<conditions.weakeningCount {
            guess += (ceiling - guess) * Self.weakeningShare
        }
        return min(guess, ceiling)
    }

    /// P(L) after observing one answer, starting from `pKnown`, with the skill's own guess.
    public func pKnown(after correct: Bool, from pKnown: Double) -> Double {
        self.pKnown(after: correct, from: pKnown, guess: parameters.g)
    }

    /// P(L) after observing one answer, starting from `pKnown`, with the guess `guess`.
    public func pKnown(after correct: Bool, from pKnown: Double, guess: Double) -> Double {
        let known = Self.clampedProbability(pKnown)
        let guess = Self.clampedProbability(guess)
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

    /// `knowledge` updated with one observed answer given under `conditions`.
    public func update(_ knowledge: SkillKnowledge, correct: Bool,
                       conditions: AnswerConditions = .typed) -> SkillKnowledge {
        SkillKnowledge(pKnown: pKnown(after: correct, from: knowledge.pKnown, guess: guess(for: conditions)),
                       observations: knowledge.observations + 1)
    }

    /// The P(L) values after each answer of `answers`, starting from L0.
    public func trace(_ answers: [Bool]) -> [Double] {
        trace(answers.map { ($0, AnswerConditions.typed) })
    }

    /// The P(L) values after each answer, each given under its own conditions, starting from L0.
    public func trace(_ answers: [(correct: Bool, conditions: AnswerConditions)]) -> [Double] {
        var knowledge = initialKnowledge
        return answers.map { answer in
            knowledge = update(knowledge, correct: answer.correct, conditions: answer.conditions)
            return knowledge.pKnown
        }
    }

    /// Keeps a probability usable when parameters are out of range or not numbers.
    static func clampedProbability(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, 0), 1)
    }
}
