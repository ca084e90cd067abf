import Foundation

/// Why a learner may need a manager's attention; the more reasons, the higher in the team view.
public enum AttentionReason: String, Sendable, Hashable, CaseIterable {
    /// No answer in the whole log.
    case noActivity = "no_activity"
    /// Nothing for `inactiveDays` days or more.
    case inactive
    /// Reviews that were due before today.
    case overdue
    /// Accuracy under `lowAccuracyBelow` over at least `minimumAnswersForAccuracy` answers in the period.
    case lowAccuracy = "low_accuracy"
    /// Lines of the file were skipped or did not match the file's learner.
    case fileProblems = "file_problems"

    public static let inactiveDays = 7
    public static let lowAccuracyBelow = 0.6
    public static let minimumAnswersForAccuracy = 10

    /// The reasons that apply to `learner` at `now`, in declaration order.
    public static func reasons(for learner: LearnerReport, now: Date) -> [AttentionReason] {
        var reasons: [AttentionReason] = []
        if learner.answersInLog == 0 {
            reasons.append(.noActivity)
        } else if let last = learner.lastActive,
                  now.timeIntervalSince(last) >= Double(inactiveDays) * 86_400 {
            reasons.append(.inactive)
        }
        if learner.overdueItems > 0 { reasons.append(.overdue) }
        if learner.answers >= minimumAnswersForAccuracy, let accuracy = learner.accuracy, accuracy < lowAccuracyBelow {
            reasons.append(.lowAccuracy)
        }
        if learner.warningCount > 0 { reasons.append(.fileProblems) }
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
