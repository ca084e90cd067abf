import Foundation

/// What mastery needs besides P(L): evidence spread over items and over time.
///
/// Fed each observation of one skill in log order. Keeps at most three item ids, the local day
/// and session of the first evidence, and whether a right answer has come since on a later
/// local day in another session (retention: one sitting of quick right answers, even one that
/// runs past midnight, never masters a skill).
public struct MasteryEvidence: Sendable, Hashable {
    private var items: [String] = []
    private var firstDay: Int64?
    private var firstSession: UUID?
    /// A right answer on a later local day, in a later session, than the first evidence.
    public private(set) var retained = false

    public init() {}

    /// How many different items gave evidence, counted up to `SkillLevel.itemsForMastery`.
    public var distinctItems: Int { items.count }

    /// Takes one observation: the item it came from, whether it showed the skill, its local day
    /// number (days since 1970-01-01 in the learner's time zone) and its session.
    public mutating func observe(item: String, shown: Bool, day: Int64, session: UUID) {
        if items.count < SkillLevel.itemsForMastery, !items.contains(item) {
            items.append(item)
        }
        guard let firstDay, let firstSession else {
            firstDay = day
            firstSession = session
            return
        }
        if shown, day > firstDay, session != firstSession {
            retained = true
        }
    }
}
