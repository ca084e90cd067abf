import Foundation
import Testing
@testable import RundingKit

@Suite struct ReviewSchedulerTests {
    struct Review: Decodable {
        var at: String
        var rating: Int
        var stability: Double
        var difficulty: Double
        var due: String
    }

    struct VectorFile: Decodable {
        var sequences: [[Review]]
    }

    static func date(_ text: String) throws -> Date {
        try #require(RFC3339Timestamp.date(from: text), "unreadable time \(text)")
    }

    static func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-12)
    }

    /// 240 sequences from scripts/vectors/fsrs_vectors.py (PyPI fsrs 6.3.2, no steps, no fuzz).
    @Test func agreesWithPythonFSRS() throws {
        let file = try Fixture.decode(VectorFile.self, from: "fsrs/vectors.json")
        #expect(file.sequences.count >= 200)
        let scheduler = ReviewScheduler()
        for (index, sequence) in file.sequences.enumerated() {
            var card: ReviewCard?
            for (step, review) in sequence.enumerated() {
                let rating = try #require(ReviewRating(rawValue: review.rating))
                let next = scheduler.review(card, rating: rating, at: try Self.date(review.at))
                let place = "sequence \(index) review \(step)"
                #expect(Self.relativelyClose(next.stability, review.stability), "\(place): stability")
                #expect(Self.relativelyClose(next.difficulty, review.difficulty), "\(place): difficulty")
                #expect(RFC3339Timestamp.string(from: next.due) == review.due, "\(place): due")
                #expect(next.reviews == step + 1)
                card = next
            }
        }
    }

    /// The memory-state vector published by fsrs-rs (inference.rs) and py-fsrs (test_memo_state):
    /// Again, then Good ×5 at day offsets 0, 0, 1, 3, 8, 21, then Good the same day.
    @Test func publishedMemoryStateVector() throws {
        let scheduler = ReviewScheduler()
        var time = try Self.date("2022-11-29T12:30:00.000Z")
        var card: ReviewCard?
        for (rating, days) in zip([ReviewRating.again, .good, .good, .good, .good, .good], [0, 0, 1, 3, 8, 21]) {
            time += TimeInterval(days * 86_400)
            card = scheduler.review(card, rating: rating, at: time)
        }
        let final = scheduler.review(card, rating: .good, at: time)
        #expect(abs(final.stability - 53.62691) < 1e-4)
        #expect(abs(final.difficulty - 6.346358) < 1e-4)
    }

    /// py-fsrs test_repeated_correct_reviews: ten Easy reviews a microsecond apart → difficulty 1.
    @Test func repeatedEasyReviewsReachMinimumDifficulty() throws {
        let scheduler = ReviewScheduler()
        let start = try Self.date("2022-11-29T12:30:00.000Z")
        var card: ReviewCard?
        for index in 0..<10 {
            card = scheduler.review(card, rating: .easy, at: start + Double(index) / 1000)
        }
        #expect(card?.difficulty == 1.0)
    }

    @Test(arguments: [
        (ReviewRating.again, 0.212, 6.4133, 1),
        (.hard, 1.2931, 5.112170705601056, 1),
        (.good, 2.3065, 2.118103970459016, 2),
        (.easy, 8.2956, 1.0, 8),
    ])
    func firstReview(rating: ReviewRating, stability: Double, difficulty: Double, days: Int) throws {
        let time = try Self.date("2026-11-28T10:15:30.123Z")
        let card = ReviewScheduler().review(nil, rating: rating, at: time)
        #expect(card.stability == stability)
        #expect(Self.relativelyClose(card.difficulty, difficulty, 1e-12))
        #expect(card.due == time + TimeInterval(days * 86_400))
        #expect(card.lastReview == time)
        #expect(card.reviews == 1 && card.lapses == 0)
    }

    @Test func intervalRoundsHalfToEvenAndClamps() {
        let scheduler = ReviewScheduler()
        #expect(scheduler.nextInterval(stability: 0.001) == 1)
        #expect(scheduler.nextInterval(stability: 1e9) == 36_500)
        #expect(scheduler.nextInterval(stability: 2.5) == 2)   // 2.5 days: half to even
        #expect(scheduler.nextInterval(stability: 3.5) == 4)
    }

    @Test func againOnAReviewedCardIsALapse() throws {
        let scheduler = ReviewScheduler()
        let start = try Self.date("2026-01-01T09:00:00.000Z")
        let first = scheduler.review(nil, rating: .again, at: start)
        #expect(first.lapses == 0)
        let second = scheduler.review(first, rating: .again, at: first.due)
        #expect(second.lapses == 1)
    }

    @Test func propertiesHoldOnRandomHistories() throws {
        var generator = SplitMix64(seed: 42)
        let scheduler = ReviewScheduler()
        let start = try Self.date("2025-03-01T08:00:00.000Z")
        for _ in 0..<300 {
            var card: ReviewCard?
            var time = start
            for _ in 0..<30 {
                let rating = ReviewRating(rawValue: Int(generator.next() % 4) + 1) ?? .good
                let previous = card
                if let due = previous?.due {
                    time = generator.next() % 2 == 0 ? due : time + Double(generator.next() % 5_000_000)
                }
                let next = scheduler.review(previous, rating: rating, at: time)
                #expect((1...10).contains(next.difficulty))
                #expect(next.stability >= 0.001)
                let later = time + Double(generator.next() % 400_000_000)
                let recall = scheduler.retrievability(of: next, at: later)
                #expect(recall >= 0 && recall <= 1)
                if let previous, rating == .good, time >= previous.due {
                    #expect(next.stability > previous.stability, "Good on a due card grows stability")
                }
                card = next
            }
        }
    }
}

/// A small deterministic random number generator for property tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
