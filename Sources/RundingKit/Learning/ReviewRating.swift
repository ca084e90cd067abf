/// How well a learner recalled a scheduled item: the four FSRS grades.
public enum ReviewRating: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Forgot or answered wrong.
    case again = 1
    /// Right, but with a hint or a typo.
    case hard = 2
    /// Right.
    case good = 3
    /// Right at once, without effort.
    case easy = 4
}
