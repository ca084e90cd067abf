/// One skill across the team: how many learners stand at each level, their mean P(known), and
/// the answers that bore on the skill in the period.
public struct TeamSkillSummary: Sendable, Equatable {
    public var skill: ReportSkill
    /// Learners at each level; learners without evidence are `notStarted`.
    public var levels: [SkillLevel: Int]
    /// The mean P(known) over the learners with evidence, nil when none has any.
    public var meanPKnown: Double?
    /// Answers with evidence on the skill in the period (`--since`), and those answered right.
    public var answers: Int
    public var correct: Int

    /// `correct / answers`, nil without answers.
    public var accuracy: Double? { answers > 0 ? Double(correct) / Double(answers) : nil }

    public func count(_ level: SkillLevel) -> Int { levels[level] ?? 0 }

    /// One summary per skill of `report`, in its order.
    public static func summaries(_ report: TeamReport) -> [TeamSkillSummary] {
        report.skills.map { skill in
            var levels: [SkillLevel: Int] = [:]
            var total = 0.0
            var withEvidence = 0
            var answers = 0
            var correct = 0
            for learner in report.learners {
                let summary = learner.skills[skill.id]
                levels[summary?.level ?? .notStarted, default: 0] += 1
                if let summary {
                    total += summary.pKnown
                    withEvidence += 1
                }
                if let tally = learner.skillAnswers[skill.id] {
                    answers += tally.answers
                    correct += tally.correct
                }
            }
            return TeamSkillSummary(skill: skill, levels: levels,
                                    meanPKnown: withEvidence > 0 ? total / Double(withEvidence) : nil,
                                    answers: answers, correct: correct)
        }
    }

    /// The levels from the top of the ladder down, as every format lists them.
    public static let levelOrder: [SkillLevel] = [.mastered, .proficient, .familiar, .attempted, .notStarted]
}

/// Answers that bore on one skill, and those answered right.
public struct SkillAnswers: Sendable, Equatable {
    public var answers: Int
    public var correct: Int

    public init(answers: Int = 0, correct: Int = 0) {
        self.answers = answers
        self.correct = correct
    }
}
