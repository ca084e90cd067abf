/// A skill the learner's mastery is tracked for, e.g. `active-listening`.
public struct Skill: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var parameters: BKTParameters
    /// A short, actionable tip for practising the skill (`tip:`), shown on the scorecard.
    public var tip: LocalizedText?
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, description: LocalizedText,
                parameters: BKTParameters = .default, tip: LocalizedText? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.parameters = parameters
        self.tip = tip
        self.location = location
    }
}

/// The four Bayesian Knowledge Tracing parameters of a skill.
public struct BKTParameters: Sendable, Hashable, Codable {
    /// P(L0): the learner already knows the skill before any practice.
    public var l0: Double
    /// P(T): the learner learns the skill at an observation.
    public var t: Double
    /// P(G): a right answer without knowing the skill.
    public var g: Double
    /// P(S): a wrong answer despite knowing the skill.
    public var s: Double

    public init(l0: Double, t: Double, g: Double, s: Double) {
        self.l0 = l0
        self.t = t
        self.g = g
        self.s = s
    }

    /// Corbett & Anderson's usual starting values: L0 0.1, T 0.1, G 0.2, S 0.1.
    public static let `default` = BKTParameters(l0: 0.1, t: 0.1, g: 0.2, s: 0.1)
}
