import Foundation

/// What a report keeps of one learner's log: figures, never the events.
public struct LearnerReport: Sendable, Equatable {
    /// The learner as shown: the file's name, safe to print.
    public var learner: String
    /// The file's name (`aisyah.jsonl`), safe to print.
    public var fileName: String
    /// Answers in the period (the whole log without `--since`).
    public var answers: Int
    public var correct: Int
    /// Answers in the whole log.
    public var answersInLog: Int
    /// Practice time in the period, in seconds.
    public var timePractised: TimeInterval
    /// The latest event, never later than the report's `now`.
    public var lastActive: Date?
    public var streakDays: Int
    /// Mastery per skill id (ids as in the file: make them safe before showing them).
    public var skills: [String: SkillSummary]
    /// Answers in the period with evidence on each skill (ids as in `skills`).
    public var skillAnswers: [String: SkillAnswers]
    /// Per question, for item statistics: kept only when the configuration `collectsItems`.
    public var items: [String: LearnerItemRecord]
    public var dueItems: Int
    public var overdueItems: Int
    /// Items with a review schedule.
    public var scheduledItems: Int
    /// Results per dialogue id over the whole log.
    public var dialogues: [String: DialogueRecord]
    /// Distinct role-plays completed in the period, and the best score among them.
    public var roleplaysCompleted: Int
    public var roleplayBestScore: Double?
    /// Distinct role-plays passed (`success`) at least once in the period.
    public var roleplaysPassed: Int
    /// Distinct quizzes completed in the period, and those passed at least once.
    public var quizzesCompleted: Int
    public var quizzesPassed: Int
    /// Items failed `Leech.threshold` times or more, most failed first.
    public var leeches: [Leech]
    /// Answers per local day for the 56 days (8 weeks) ending on the report's day, oldest first.
    public var answersByDay: [Int]
    /// Problems with the file's lines, at most `LearnerSummarizer.maximumWarningsKept`.
    public var warnings: [ReportWarning]
    /// All problems, including those not kept.
    public var warningCount: Int
    /// Torn lines (interrupted writes) that later good events followed, the next session having
    /// started a new line:
    /// part of `warningCount`, noted, never a reason for attention.
    public var repairedLines: Int

    /// Problems that still stand: a reason for attention.
    public var fileProblems: Int { max(0, warningCount - repairedLines) }

    public init(learner: String, fileName: String, answers: Int = 0, correct: Int = 0, answersInLog: Int = 0,
                timePractised: TimeInterval = 0, lastActive: Date? = nil, streakDays: Int = 0,
                skills: [String: SkillSummary] = [:], dueItems: Int = 0, overdueItems: Int = 0, scheduledItems: Int = 0,
                dialogues: [String: DialogueRecord] = [:], roleplaysCompleted: Int = 0,
                roleplayBestScore: Double? = nil, roleplaysPassed: Int = 0, quizzesCompleted: Int = 0,
                quizzesPassed: Int = 0, leeches: [Leech] = [],
                answersByDay: [Int] = Array(repeating: 0, count: LearnerReport.activityDays),
                warnings: [ReportWarning] = [], warningCount: Int = 0, repairedLines: Int = 0,
                skillAnswers: [String: SkillAnswers] = [:], items: [String: LearnerItemRecord] = [:]) {
        self.skillAnswers = skillAnswers
        self.items = items
        self.learner = learner
        self.fileName = fileName
        self.answers = answers
        self.correct = correct
        self.answersInLog = answersInLog
        self.timePractised = timePractised
        self.lastActive = lastActive
        self.streakDays = streakDays
        self.skills = skills
        self.dueItems = dueItems
        self.overdueItems = overdueItems
        self.scheduledItems = scheduledItems
        self.dialogues = dialogues
        self.roleplaysCompleted = roleplaysCompleted
        self.roleplayBestScore = roleplayBestScore
        self.roleplaysPassed = roleplaysPassed
        self.quizzesCompleted = quizzesCompleted
        self.quizzesPassed = quizzesPassed
        self.leeches = leeches
        self.answersByDay = answersByDay
        self.warnings = warnings
        self.warningCount = warningCount
        self.repairedLines = repairedLines
    }

    /// The number of days of `answersByDay`: eight weeks.
    public static let activityDays = 56
    /// The weeks of `activityDays`, for mastery over time (`SkillSummary.weekly`).
    public static let activityWeeks = activityDays / 7

    /// `correct / answers` in the period, nil without answers.
    public var accuracy: Double? { answers > 0 ? Double(correct) / Double(answers) : nil }

    /// P(L) of `skill`, or its L0 when the learner has no evidence for it yet.
    public func pKnown(_ skill: ReportSkill, configuration: ReportConfiguration) -> Double {
        skills[skill.id]?.pKnown ?? KnowledgeTracer.clampedProbability(configuration.bktParameters(for: skill.id).l0)
    }

    /// How many of `skills` are mastered.
    public func masteredCount(of skills: [ReportSkill]) -> Int {
        skills.filter { self.skills[$0.id]?.mastered ?? false }.count
    }

    /// The unmastered skill with evidence with the lowest P(L), first in catalogue order on a
    /// tie; nil when every skill with evidence is mastered (or none has any).
    public func weakestSkill(of skills: [ReportSkill]) -> (skill: ReportSkill, pKnown: Double)? {
        var weakest: (skill: ReportSkill, pKnown: Double)?
        for skill in skills {
            guard let summary = self.skills[skill.id], !summary.mastered else { continue }
            if weakest.map({ summary.pKnown < $0.pKnown }) ?? true { weakest = (skill, summary.pKnown) }
        }
        return weakest
    }

    /// The mean P(L) over `skills` (L0 for those without evidence), 0 for no skills.
    public func meanMastery(of skills: [ReportSkill], configuration: ReportConfiguration) -> Double {
        guard !skills.isEmpty else { return 0 }
        return skills.reduce(0) { $0 + pKnown($1, configuration: configuration) } / Double(skills.count)
    }
}

/// One skill's mastery in a report.
public struct SkillSummary: Sendable, Equatable {
    public var pKnown: Double
    /// Where the skill stands on the mastery ladder (`SkillLevel`).
    public var level: SkillLevel
    public var observations: Int
    /// P(L) at the end of the first week of evidence, for the trend.
    public var firstWeekPKnown: Double
    /// P(L) at the end of each of the report's `LearnerReport.activityWeeks` weeks, oldest
    /// first; nil for a week that ended before the skill's first evidence.
    public var weekly: [Double?]

    public init(pKnown: Double, level: SkillLevel, observations: Int, firstWeekPKnown: Double, weekly: [Double?] = []) {
        self.pKnown = pKnown
        self.level = level
        self.observations = observations
        self.firstWeekPKnown = firstWeekPKnown
        self.weekly = weekly
    }

    /// The top of the ladder: proficient, over 3 items, and retained on a later day.
    public var mastered: Bool { level == .mastered }
}

/// An item a learner keeps failing.
public struct Leech: Sendable, Hashable {
    /// Failures from which an item is a leech.
    public static let threshold = 4

    /// The item, safe to print.
    public var item: String
    public var failures: Int

    public init(item: String, failures: Int) {
        self.item = item
        self.failures = failures
    }
}
