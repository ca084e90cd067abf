import Foundation

/// When a learner needs a manager's attention: the limits of `AttentionReason`, readable and settable.
public struct AttentionThresholds: Sendable, Equatable {
    /// Overdue reviews are a reason from this many items…
    public var overdueItems: Int
    /// …or from this share of the learner's scheduled items (0…1), whichever comes first.
    public var overdueShare: Double
    /// Nothing for this many days or more is a reason.
    public var inactiveDays: Int
    /// Accuracy under this, as a whole percentage (the precision shown), is a reason…
    public var lowAccuracyPercent: Int
    /// …over at least this many answers in the period.
    public var minimumAnswersForAccuracy: Int

    public init(overdueItems: Int = 5, overdueShare: Double = 0.2, inactiveDays: Int = 7,
                lowAccuracyPercent: Int = 60, minimumAnswersForAccuracy: Int = 10) {
        self.overdueItems = overdueItems
        self.overdueShare = overdueShare
        self.inactiveDays = inactiveDays
        self.lowAccuracyPercent = lowAccuracyPercent
        self.minimumAnswersForAccuracy = minimumAnswersForAccuracy
    }

    public static let standard = AttentionThresholds()

    /// Whether `overdue` of `scheduled` items reach a threshold (never for no overdue item).
    public func isOverdue(_ overdue: Int, scheduled: Int) -> Bool {
        guard overdue > 0 else { return false }
        if overdue >= overdueItems { return true }
        return scheduled > 0 && Double(overdue) / Double(scheduled) >= overdueShare
    }

    /// Reads `--overdue-threshold`: `5` (items), `20%` (share of scheduled items) or both, `5,20%`.
    /// Nil when the text is neither.
    public func settingOverdue(_ text: String) -> AttentionThresholds? {
        var copy = self
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        var sawItems = false, sawShare = false
        for part in parts.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if part.hasSuffix("%") {
                guard !sawShare, let value = Int(part.dropLast()), (1...100).contains(value) else { return nil }
                copy.overdueShare = Double(value) / 100
                sawShare = true
            } else {
                guard !sawItems, let value = Int(part), (1...100_000).contains(value) else { return nil }
                copy.overdueItems = value
                sawItems = true
            }
        }
        if sawItems && !sawShare { copy.overdueShare = 1.01 }  // only the count was asked for
        if sawShare && !sawItems { copy.overdueItems = Int.max }
        return copy
    }

    /// `≥ 5 overdue or ≥ 20% of scheduled items` in `language`, for legends.
    public func overdueDescription(_ language: Language) -> String {
        let share = overdueShare <= 1 ? "\(Int((overdueShare * 100).rounded()))%" : nil
        let items = overdueItems == Int.max ? nil : "\(overdueItems)"
        switch (items, share, language) {
        case let (items?, share?, .ms): return "≥ \(items) item tertunggak atau ≥ \(share) item berjadual"
        case let (items?, share?, _): return "≥ \(items) overdue items or ≥ \(share) of scheduled items"
        case let (items?, nil, .ms): return "≥ \(items) item tertunggak"
        case let (items?, nil, _): return "≥ \(items) overdue items"
        case let (nil, share?, .ms): return "≥ \(share) item berjadual tertunggak"
        case let (nil, share?, _): return "≥ \(share) of scheduled items overdue"
        default: return ""
        }
    }
}
