/// What the coach suggests a learner does next, and why.
public enum NextStep: Equatable, Sendable {
    /// Reviews are due: `count` items.
    case review(count: Int)
    /// A quiz or role-play that trains the learner's weakest skill not yet mastered.
    case practise(dialogue: String, skill: String, pKnown: Double)
    /// A dialogue of a topic the learner has not begun, the first in curriculum order.
    case newTopic(dialogue: String, topic: String)
    /// A dialogue to try again because its skills still need a later day to count as mastered,
    /// or simply the one tried longest ago.
    case revisit(dialogue: String)
    /// Nothing to suggest: the content has no dialogues.
    case nothing

    /// The dialogue this step starts, if it starts one.
    public var dialogue: String? {
        switch self {
        case .practise(let id, _, _), .newTopic(let id, _), .revisit(let id): return id
        case .review, .nothing: return nil
        }
    }
}
