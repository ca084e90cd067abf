import Foundation

/// A report on every learner of a team directory, in the order chosen, ready for any format.
public struct TeamReport: Sendable {
    public var configuration: ReportConfiguration
    /// The catalogue's skills, then skills found only in the logs (by id).
    public var skills: [ReportSkill]
    public var learners: [LearnerReport]
    /// Problems met, per file, in file order (files skipped, lines skipped).
    public var warnings: [ReportWarning]
    /// The number of problems, including those not kept in `warnings`.
    public var warningCount: Int
    /// Set for a learner view (`--learner`).
    public var isLearnerView: Bool
    /// Who is in which team (`--roster`), nil without one.
    public var roster: Roster?

    public init(configuration: ReportConfiguration, skills: [ReportSkill], learners: [LearnerReport],
                warnings: [ReportWarning] = [], warningCount: Int? = nil, isLearnerView: Bool = false) {
        self.configuration = configuration
        self.skills = skills
        self.learners = learners
        self.warnings = warnings
        self.warningCount = warningCount ?? warnings.count
        self.isLearnerView = isLearnerView
    }

    /// The catalogue's skills followed by the others the learners have evidence for.
    static func skills(catalogue: [ReportSkill], learners: [LearnerReport]) -> [ReportSkill] {
        let known = Set(catalogue.map(\.id))
        var extra: Set<String> = []
        for learner in learners {
            for id in learner.skills.keys where !known.contains(id) { extra.insert(id) }
        }
        return catalogue + extra.sorted().prefix(LearnerSummarizer.maximumExtraSkills).map {
            ReportSkill(id: $0, name: LocalizedText(ms: $0, en: $0))
        }
    }

    public func attention(_ learner: LearnerReport) -> [AttentionReason] {
        AttentionReason.reasons(for: learner, now: configuration.now, thresholds: configuration.attention)
    }

    /// `learners` in the order `sort` asks for; ties go by name.
    public func sorted(by sort: ReportSort) -> TeamReport {
        var copy = self
        copy.learners = Self.sort(learners, by: sort, skills: skills, configuration: configuration)
        return copy
    }

    static func sort(_ learners: [LearnerReport], by sort: ReportSort, skills: [ReportSkill],
                     configuration: ReportConfiguration) -> [LearnerReport] {
        // One key per learner, computed once.
        let keyed: [(key: [Double], learner: LearnerReport)] = learners.map { learner in
            let mastery = learner.meanMastery(of: skills, configuration: configuration)
            let key: [Double]
            switch sort {
            case .attention:
                // No activity first (a learner who never started), then by the number of reasons.
                let reasons = AttentionReason.reasons(for: learner, now: configuration.now,
                                                      thresholds: configuration.attention)
                key = [reasons.contains(.noActivity) ? 0 : 1, -Double(reasons.count), mastery]
            case .name:
                key = []
            case .mastery:
                key = [mastery]
            case .activity:
                key = [Double(learner.answers)]
            case .accuracy:
                key = [learner.accuracy ?? -1]
            case .lastActive:
                key = [learner.lastActive?.timeIntervalSince1970 ?? -Double.infinity]
            case .overdue:
                key = [-Double(learner.overdueItems)]
            }
            return (key, learner)
        }
        return keyed.sorted { left, right in
            if left.key != right.key { return left.key.lexicographicallyPrecedes(right.key) }
            return left.learner.learner.utf8.lexicographicallyPrecedes(right.learner.learner.utf8)
        }.map(\.learner)
    }
}
