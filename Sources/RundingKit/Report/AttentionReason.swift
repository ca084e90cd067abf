import Foundation

/// Why a learner may need a manager's attention. In the team view, a learner with no activity
/// comes first, then the more reasons, the higher.
public enum AttentionReason: String, Sendable, Hashable, CaseIterable {
    /// No answer in the whole log.
    case noActivity = "no_activity"
    /// Nothing for `inactiveDays` days or more.
    case inactive
    /// Reviews due before today, as many as `AttentionThresholds` says matter.
    case overdue
    /// Accuracy, as a whole percentage, under the threshold over enough answers in the period.
    case lowAccuracy = "low_accuracy"
    /// Lines of the file that are still unreadable (not followed by good events), or events of
    /// another learner, or dated in the future.
    case fileProblems = "file_problems"

    /// The reasons that apply to `learner` at `now`, in declaration order.
    public static func reasons(for learner: LearnerReport, now: Date,
                               thresholds: AttentionThresholds = .standard) -> [AttentionReason] {
        var reasons: [AttentionReason] = []
        if learner.answersInLog == 0 {
            reasons.append(.noActivity)
        } else if let last = learner.lastActive,
                  now.timeIntervalSince(last) >= Double(thresholds.inactiveDays) * 86_400 {
            reasons.append(.inactive)
        }
        if thresholds.isOverdue(learner.overdueItems, scheduled: learner.scheduledItems) { reasons.append(.overdue) }
        if learner.answers >= thresholds.minimumAnswersForAccuracy, let accuracy = learner.accuracy,
           ReportFigures.wholePercent(accuracy) < thresholds.lowAccuracyPercent {
            reasons.append(.lowAccuracy)
        }
        if learner.fileProblems > 0 { reasons.append(.fileProblems) }
        return reasons
    }

    /// A few words for the table.
    public var label: LocalizedText {
        switch self {
        case .noActivity: return LocalizedText(ms: "tiada aktiviti", en: "no activity")
        case .inactive: return LocalizedText(ms: "tidak aktif 7+ hari", en: "inactive 7+ days")
        case .overdue: return LocalizedText(ms: "ulang kaji tertunggak", en: "overdue reviews")
        case .lowAccuracy: return LocalizedText(ms: "ketepatan rendah", en: "low accuracy")
        case .fileProblems: return LocalizedText(ms: "masalah fail", en: "file problems")
        }
    }
}
