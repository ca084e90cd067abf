import Foundation

/// Schedules reviews of an item with FSRS-6, matching the `fsrs` Python package 6.3.2.
///
/// Configured as `Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)`:
/// every review moves the card straight to a whole number of days ahead. Elapsed time counts
/// in whole days (floored); a review less than a day after the previous one uses the short-term
/// stability formula. Intervals round half to even, then clamp to 1…`maximumInterval` days,
/// and are added to the review time.
public struct ReviewScheduler: Sendable {
    public let parameters: FSRSParameters
    private let decay: Double
    private let factor: Double

    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0
    private static let millisecondsPerDay: Int64 = 86_400_000

    public init(parameters: FSRSParameters = .default) {
        self.parameters = parameters
        decay = -parameters.weights[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The card after a review rated `rating` at `date`; `card` is nil for a first review.
    public func review(_ card: ReviewCard?, rating: ReviewRating, at date: Date) -> ReviewCard {
        let reviewTime = EpochMilliseconds.of(date)
        let stability: Double
        let difficulty: Double
        var lapses = card?.lapses ?? 0
        if let card {
            let elapsedDays = Self.wholeDays(from: EpochMilliseconds.of(card.lastReview), to: reviewTime)
            if elapsedDays < 1 {
                stability = shortTermStability(card.stability, rating: rating)
            } else {
                let recall = retrievability(stability: card.stability, elapsedDays: elapsedDays)
                stability = nextStability(difficulty: card.difficulty, stability: card.stability,
                                          retrievability: recall, rating: rating)
            }
            difficulty = nextDifficulty(card.difficulty, rating: rating)
            if rating == .again { lapses += 1 }
        } else {
            stability = initialStability(rating)
            difficulty = Self.clampDifficulty(initialDifficulty(rating))
        }
        let interval = Int64(nextInterval(stability: stability))
        let due = reviewTime + interval * Self.millisecondsPerDay
        return ReviewCard(stability: stability, difficulty: difficulty,
                          due: EpochMilliseconds.date(due), lastReview: EpochMilliseconds.date(reviewTime),
                          reviews: (card?.reviews ?? 0) + 1, lapses: lapses)
    }

    /// The predicted chance of recalling the card at `date`, from 0 to 1.
    public func retrievability(of card: ReviewCard, at date: Date) -> Double {
        let elapsed = Self.wholeDays(from: EpochMilliseconds.of(card.lastReview), to: EpochMilliseconds.of(date))
        return retrievability(stability: card.stability, elapsedDays: elapsed)
    }

    /// Days until the next review for a card of `stability`, rounded and clamped.
    public func nextInterval(stability: Double) -> Int {
        let raw = (stability / factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        guard raw.isFinite else { return raw > 0 ? parameters.maximumInterval : 1 }
        let rounded = raw.rounded(.toNearestOrEven)
        if rounded < 1 { return 1 }
        if rounded > Double(parameters.maximumInterval) { return parameters.maximumInterval }
        return Int(rounded)
    }

    // MARK: - The FSRS-6 formulas, in the same order of operations as the reference

    private var w: [Double] { parameters.weights }

    private func retrievability(stability: Double, elapsedDays: Int64) -> Double {
        let days = Double(max(0, elapsedDays))
        return pow(1 + factor * days / stability, decay)
    }

    private func initialStability(_ rating: ReviewRating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    private func initialDifficulty(_ rating: ReviewRating) -> Double {
        w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
    }

    private func shortTermStability(_ stability: Double, rating: ReviewRating) -> Double {
        var increase = pow(M_E, w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    private func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
        let easyTarget = initialDifficulty(.easy)
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w[7] * easyTarget + (1 - w[7]) * damped
        return Self.clampDifficulty(reverted)
    }

    private func nextStability(difficulty: Double, stability: Double, retrievability: Double,
                               rating: ReviewRating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
                * pow(M_E, (1 - retrievability) * w[14])
            let shortTerm = stability / pow(M_E, w[17] * w[18])
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? w[15] : 1
            let easyBonus = rating == .easy ? w[16] : 1
            next = stability * (1 + pow(M_E, w[8]) * (11 - difficulty) * pow(stability, -w[9])
                * (pow(M_E, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
        }
        return max(next, Self.minimumStability)
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }

    /// Whole days between two instants, floored like Python's `timedelta.days`.
    static func wholeDays(from start: Int64, to end: Int64) -> Int64 {
        let difference = end.subtractingReportingOverflow(start)
        guard !difference.overflow else { return end > start ? Int64.max / millisecondsPerDay : Int64.min / millisecondsPerDay }
        let (quotient, remainder) = difference.partialValue.quotientAndRemainder(dividingBy: millisecondsPerDay)
        return remainder < 0 ? quotient - 1 : quotient
    }
}
