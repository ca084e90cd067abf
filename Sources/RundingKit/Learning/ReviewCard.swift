import Foundation

/// The FSRS memory state of one item for one learner, after at least one review.
public struct ReviewCard: Sendable, Hashable {
    /// Days after which the chance of recall has fallen to 90 %.
    public var stability: Double
    /// How hard the item is for this learner, 1 (easy) to 10 (hard).
    public var difficulty: Double
    /// When the item should be reviewed next.
    public var due: Date
    public var lastReview: Date
    /// How many reviews have been scheduled for this item.
    public var reviews: Int
    /// How many times an item already reviewed was then forgotten (rated Again).
    public var lapses: Int

    public init(stability: Double, difficulty: Double, due: Date, lastReview: Date,
                reviews: Int, lapses: Int) {
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reviews = reviews
        self.lapses = lapses
    }
}
