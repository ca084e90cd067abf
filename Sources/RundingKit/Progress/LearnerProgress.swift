import Foundation

/// Everything derived from one learner's log: mastery per skill, review schedule per item, activity.
public struct LearnerProgress: Sendable, Equatable {
    public var learner: String
    public var answers: Int
    public var correct: Int
    /// The time of the latest event, nil for an empty log.
    public var lastActive: Date?
    /// Consecutive local days with at least one answer, ending today or yesterday.
    public var streakDays: Int
    /// Practice time in seconds: per session, the gaps between events, each capped.
    public var timePractised: TimeInterval
    /// Per skill id.
    public var skills: [String: SkillProgress]
    /// The review state of each item answered with a rating, per item id.
    public var items: [String: ReviewCard]
    /// Items due at `now`, soonest first.
    public var dueItems: [String]
    /// Items that were due before the start of today (a subset of `dueItems`), soonest first.
    public var overdueItems: [String]
    /// Per dialogue id.
    public var dialogues: [String: DialogueRecord]
    /// Wrong answers per item id, to find leeches.
    public var failures: [String: Int]
    /// What the replay counted without keeping it, past its `ReplayLimits`.
    public var overflow = ReplayOverflow()

    /// `correct / answers`, nil before the first answer.
    public var accuracy: Double? { answers > 0 ? Double(correct) / Double(answers) : nil }

    /// The report of `runding progress --format json`, on one line with a fixed key order.
    ///
    /// `{"learner","answers","correct","streak_days","last_active","skills":{…},"items":{…}}`,
    /// skills and items sorted by id, times in RFC 3339 UTC with milliseconds.
    public var jsonText: String {
        var writer = JSONObjectWriter(capacity: 256 + 160 * (skills.count + items.count))
        writer.add("learner", learner)
        writer.add("answers", answers)
        writer.add("correct", correct)
        writer.add("streak_days", streakDays)
        if let lastActive {
            writer.add("last_active", RFC3339Timestamp.string(from: lastActive))
        } else {
            writer.addNull("last_active")
        }
        writer.add("skills") { object in
            for id in skills.keys.sorted() {
                guard let skill = skills[id] else { continue }
                object.add(id) { entry in
                    entry.add("p_known", skill.knowledge.pKnown)
                    entry.add("level", skill.level.id)
                    entry.add("mastered", skill.level == .mastered)
                    entry.add("observations", skill.knowledge.observations)
                    entry.add("params") { params in
                        params.add("l0", skill.parameters.l0)
                        params.add("t", skill.parameters.t)
                        params.add("g", skill.parameters.g)
                        params.add("s", skill.parameters.s)
                    }
                }
            }
        }
        writer.add("items") { object in
            for id in items.keys.sorted() {
                guard let card = items[id] else { continue }
                object.add(id) { entry in
                    entry.add("stability", card.stability)
                    entry.add("difficulty", card.difficulty)
                    entry.add("due", RFC3339Timestamp.string(from: card.due))
                    entry.add("last_review", RFC3339Timestamp.string(from: card.lastReview))
                    entry.add("reviews", card.reviews)
                }
            }
        }
        return writer.text
    }
}

/// One skill's mastery for one learner, with a cheap history for trends.
public struct SkillProgress: Sendable, Equatable {
    public var knowledge: SkillKnowledge
    /// Where the skill stands on the mastery ladder.
    public var level: SkillLevel
    public var parameters: BKTParameters
    /// P(L) at the end of each local day with evidence, oldest first.
    public var history: [SkillHistoryPoint]
    /// P(L) at the end of the first seven days after the first evidence.
    public var firstWeekPKnown: Double

    public init(knowledge: SkillKnowledge, level: SkillLevel, parameters: BKTParameters,
                history: [SkillHistoryPoint], firstWeekPKnown: Double) {
        self.knowledge = knowledge
        self.level = level
        self.parameters = parameters
        self.history = history
        self.firstWeekPKnown = firstWeekPKnown
    }
}

/// P(L) of a skill at the end of one local day.
public struct SkillHistoryPoint: Sendable, Hashable {
    /// The local date, `2026-11-28`.
    public var day: String
    public var pKnown: Double

    public init(day: String, pKnown: Double) {
        self.day = day
        self.pKnown = pKnown
    }
}

/// A learner's results in one dialogue.
public struct DialogueRecord: Sendable, Hashable {
    public var firstScore: Double
    public var bestScore: Double
    public var attempts: Int
    public var lastOutcome: String
    /// How many attempts were passed (`success`).
    public var passes: Int
    /// Whether the latest attempt was passed.
    public var lastPassed: Bool
    /// When the latest attempt ended, nil when unknown.
    public var lastAttempt: Date?

    public init(firstScore: Double, bestScore: Double, attempts: Int, lastOutcome: String,
                passes: Int = 0, lastPassed: Bool = false, lastAttempt: Date? = nil) {
        self.firstScore = firstScore
        self.bestScore = bestScore
        self.attempts = attempts
        self.lastOutcome = lastOutcome
        self.passes = passes
        self.lastPassed = lastPassed
        self.lastAttempt = lastAttempt
    }
}
