/// How an answer was given, which decides how much it tells about a skill.
///
/// Picking among k options shown can be right by luck once in k; a typed answer that was
/// understood cannot. An answer after a hint, a retry at a remediation node (right after the
/// principle was explained) or an answer taken after a confirmation question tells less than a
/// first, unaided one. `KnowledgeTracer.guess(for:)` turns this into BKT's guess parameter.
public struct AnswerConditions: Sendable, Hashable {
    /// How many options were on screen when the learner answered; nil when the answer was typed
    /// without options shown (and understood), or when the log does not say.
    public var optionsShown: Int?
    /// A hint was shown before the answer.
    public var afterHint: Bool
    /// The answer was a retry at a remediation node.
    public var isRetry: Bool
    /// The answer was taken only after the learner confirmed what the bot understood.
    public var wasConfirmed: Bool

    public init(optionsShown: Int? = nil, afterHint: Bool = false, isRetry: Bool = false,
                wasConfirmed: Bool = false) {
        self.optionsShown = optionsShown
        self.afterHint = afterHint
        self.isRetry = isRetry
        self.wasConfirmed = wasConfirmed
    }

    /// A typed answer, unaided: the skill's own guess applies.
    public static let typed = AnswerConditions()

    /// How many of the three weakening circumstances (hint, retry, confirmation) apply.
    public var weakeningCount: Int {
        (afterHint ? 1 : 0) + (isRetry ? 1 : 0) + (wasConfirmed ? 1 : 0)
    }
}
