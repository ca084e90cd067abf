import Foundation

/// Chooses the best next activity for a learner: the outer loop of the tutor.
///
/// 1. Reviews that are due.
/// 2. Else the quiz or role-play that trains the weakest skill the learner has not yet mastered,
///    among those the learner has not passed, or has not tried for `recentInterval`.
/// 3. Else the first dialogue, in curriculum order, of a topic the learner has not begun.
/// 4. Else the dialogue tried longest ago.
///
/// Pure: the progress (with its clock) and the time now are given.
public struct NextStepPlanner: Sendable {
    public let pack: ContentPack
    /// How long after an attempt a dialogue counts as tried recently.
    public var recentInterval: TimeInterval

    public init(pack: ContentPack, recentInterval: TimeInterval = 20 * 60 * 60) {
        self.pack = pack
        self.recentInterval = recentInterval
    }

    public func next(for progress: LearnerProgress, now: Date) -> NextStep {
        if !progress.dueItems.isEmpty {
            return .review(count: progress.dueItems.count)
        }
        let ordered = pack.inCurriculumOrder(pack.dialogues)
        guard !ordered.isEmpty else { return .nothing }
        if let step = weakestSkillStep(progress, ordered: ordered, now: now) {
            return step
        }
        let begun = Set(ordered.filter { progress.dialogues[$0.id] != nil }.compactMap(\.topic))
        if let fresh = ordered.first(where: { progress.dialogues[$0.id] == nil && !begun.contains($0.topic ?? "") }) {
            return .newTopic(dialogue: fresh.id, topic: fresh.topic ?? "")
        }
        if let untried = ordered.first(where: { progress.dialogues[$0.id] == nil }) {
            return .newTopic(dialogue: untried.id, topic: untried.topic ?? "")
        }
        let oldest = ordered.min { lhs, rhs in
            (progress.dialogues[lhs.id]?.lastAttempt ?? .distantPast) < (progress.dialogues[rhs.id]?.lastAttempt ?? .distantPast)
        }
        return oldest.map { .revisit(dialogue: $0.id) } ?? .nothing
    }

    /// Skills with evidence and not mastered, weakest first; for the first that a dialogue trains
    /// and that dialogue is due for practice, that dialogue.
    private func weakestSkillStep(_ progress: LearnerProgress, ordered: [Dialogue], now: Date) -> NextStep? {
        let known = Set(pack.skills.map(\.id))
        let weak = progress.skills
            .filter { known.contains($0.key) && $0.value.level != .mastered && $0.value.knowledge.observations > 0 }
            .sorted { ($0.value.knowledge.pKnown, $0.key) < ($1.value.knowledge.pKnown, $1.key) }
        for (skill, state) in weak {
            let training = ordered.filter { $0.skills.contains(skill) }
            let candidates = training.filter { isDue($0, progress: progress, now: now) }
            let best = candidates.min { lhs, rhs in
                rank(lhs, progress, now: now) < rank(rhs, progress, now: now)
            }
            if let best {
                return .practise(dialogue: best.id, skill: skill, pKnown: state.knowledge.pKnown)
            }
        }
        return nil
    }

    private func isDue(_ dialogue: Dialogue, progress: LearnerProgress, now: Date) -> Bool {
        guard let record = progress.dialogues[dialogue.id] else { return true }
        if record.passes == 0 { return true }
        guard let last = record.lastAttempt else { return true }
        return now.timeIntervalSince(last) >= recentInterval
    }

    /// Orders candidates: never tried (0: new items give new evidence), not passed and not tried
    /// recently (1), passed but not tried recently (2), not passed and tried recently (3); then the
    /// attempt longest ago. Ties keep the curriculum order (`min` keeps the first).
    private func rank(_ dialogue: Dialogue, _ progress: LearnerProgress, now: Date) -> (Int, Double) {
        guard let record = progress.dialogues[dialogue.id] else { return (0, 0) }
        let last = record.lastAttempt ?? .distantPast
        let recent = now.timeIntervalSince(last) < recentInterval
        let group = record.passes == 0 ? (recent ? 3 : 1) : 2
        return (group, last.timeIntervalSinceReferenceDate)
    }
}
