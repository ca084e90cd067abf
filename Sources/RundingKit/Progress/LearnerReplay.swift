import Foundation

/// Derives a learner's progress from their events, fed one at a time in log order.
///
/// Keeps only running totals and per-skill, per-item, per-dialogue state, never the events, so
/// a manager report can stream thousands of logs; that state is bounded by `limits`.
public struct LearnerReplay {
    /// The default cap on one gap between events of a session when counting practice time.
    public static let defaultIdleCap: TimeInterval = 30 * 60

    public let learner: String
    public let limits: ReplayLimits
    /// What was counted without being kept, past `limits`.
    public private(set) var overflow = ReplayOverflow()
    private let bktParameters: (String) -> BKTParameters
    private let dialogueSuccess: (ProgressEvent.DialogueEnd) -> Bool
    private let scheduler: ReviewScheduler
    private let idleCapMilliseconds: Int64
    private var days: LocalDayCounter

    private struct SkillState {
        var tracer: KnowledgeTracer
        var knowledge: SkillKnowledge
        var mastery = MasteryEvidence()
        var firstObservation: Int64
        var firstWeekPKnown: Double
        var dailyHistory: [(day: Int64, pKnown: Double)]
    }

    private var skills: [String: SkillState] = [:]
    private var cards: [String: ReviewCard] = [:]
    private var dialogues: [String: DialogueRecord] = [:]
    private var failures: [String: Int] = [:]
    private var answers = 0
    private var correct = 0
    private var lastActive: Int64?
    private var answerDays: Set<Int64> = []
    private var sessionLastEvent: [UUID: Int64] = [:]
    private var practisedMilliseconds: Int64 = 0

    /// - Parameters:
    ///   - timeZone: decides which calendar day an answer falls on, for streaks and history.
    ///   - bktParameters: the parameters of a skill id (e.g. `ContentPack.bktParameters(for:)`).
    ///   - idleCap: the most one gap between two events of a session adds to practice time.
    ///   - dialogueSuccess: whether a dialogue's end was a pass; `success` when the event has it,
    ///     and for older events what the content says (`PassRules.passed`).
    ///   - limits: how many items, dialogues, skills and open sessions are kept.
    public init(learner: String, timeZone: TimeZone,
                bktParameters: @escaping (String) -> BKTParameters = { _ in .default },
                scheduler: ReviewScheduler = ReviewScheduler(),
                idleCap: TimeInterval = LearnerReplay.defaultIdleCap,
                dialogueSuccess: @escaping (ProgressEvent.DialogueEnd) -> Bool = LearnerReplay.recordedSuccess,
                limits: ReplayLimits = .unlimited) {
        self.learner = learner
        self.limits = limits
        self.bktParameters = bktParameters
        self.dialogueSuccess = dialogueSuccess
        self.scheduler = scheduler
        idleCapMilliseconds = Int64((max(0, idleCap) * 1000).rounded())
        days = LocalDayCounter(timeZone: timeZone)
    }

    /// Takes one event into account.
    public mutating func apply(_ event: ProgressEvent) {
        let time = EpochMilliseconds.of(event.at)
        lastActive = max(lastActive ?? time, time)
        countPractice(session: event.session, at: time, ends: event.kind == .sessionEnd)
        switch event.kind {
        case .sessionStart, .sessionEnd:
            break
        case let .answer(answer):
            apply(answer, at: time, date: event.at, session: event.session)
        case let .dialogueEnd(end):
            let passed = dialogueSuccess(end)
            if var record = dialogues[end.dialogue] {
                record.attempts += 1
                record.bestScore = max(record.bestScore, end.score)
                record.lastOutcome = end.outcome
                record.lastPassed = passed
                record.lastAttempt = event.at
                if passed { record.passes += 1 }
                dialogues[end.dialogue] = record
            } else if dialogues.count >= limits.dialogues {
                overflow.dialogueEnds += 1
            } else {
                dialogues[end.dialogue] = DialogueRecord(firstScore: end.score, bestScore: end.score,
                                                         attempts: 1, lastOutcome: end.outcome,
                                                         passes: passed ? 1 : 0, lastPassed: passed,
                                                         lastAttempt: event.at)
            }
        }
    }

    /// The `success` an event carries; for an event without one, a score of at least the default
    /// pass mark (0.7).
    public static func recordedSuccess(_ end: ProgressEvent.DialogueEnd) -> Bool {
        end.success ?? (end.score >= Dialogue.defaultPassMark)
    }

    /// Takes every event of a log into account.
    public mutating func apply<Events: Sequence>(contentsOf events: Events) where Events.Element == ProgressEvent {
        for event in events { apply(event) }
    }

    private mutating func countPractice(session: UUID, at time: Int64, ends: Bool) {
        if let last = sessionLastEvent[session] {
            let gap = time - last
            if gap > 0 { practisedMilliseconds += min(gap, idleCapMilliseconds) }
            sessionLastEvent[session] = max(last, time)
        } else if !ends {
            // Past the limit, the sessions followed so far are forgotten: a log of endless
            // unfinished sessions loses some practice time, not memory.
            if sessionLastEvent.count >= limits.openSessions { sessionLastEvent.removeAll(keepingCapacity: true) }
            sessionLastEvent[session] = time
        }
        if ends { sessionLastEvent[session] = nil }
    }

    private mutating func apply(_ answer: ProgressEvent.Answer, at time: Int64, date: Date, session: UUID) {
        answers += 1
        let isKept = cards[answer.item] != nil || failures[answer.item] != nil
            || max(cards.count, failures.count) < limits.items
        if !isKept { overflow.itemAnswers += 1 }
        if answer.correct {
            correct += 1
        } else if isKept {
            failures[answer.item, default: 0] += 1
        }
        let day = days.day(ofMilliseconds: time)
        answerDays.insert(day)
        for evidence in answer.evidence {
            observe(evidence, of: answer, at: time, day: day, session: session)
        }
        if let rating = answer.rating, isKept {
            cards[answer.item] = scheduler.review(cards[answer.item], rating: rating, at: date)
        }
    }

    private mutating func observe(_ evidence: SkillEvidence, of answer: ProgressEvent.Answer, at time: Int64,
                                  day: Int64, session: UUID) {
        if skills[evidence.skill] == nil && skills.count >= limits.skills {
            overflow.skillEvidence += 1
            return
        }
        var state = skills[evidence.skill] ?? {
            let tracer = KnowledgeTracer(parameters: bktParameters(evidence.skill))
            let initial = tracer.initialKnowledge
            return SkillState(tracer: tracer, knowledge: initial, firstObservation: time,
                              firstWeekPKnown: initial.pKnown, dailyHistory: [])
        }()
        state.knowledge = state.tracer.update(state.knowledge, correct: evidence.shown, conditions: answer.conditions)
        state.mastery.observe(item: answer.item, shown: evidence.shown, day: day, session: session)
        if time - state.firstObservation < 7 * 86_400_000 {
            state.firstWeekPKnown = state.knowledge.pKnown
        }
        if let last = state.dailyHistory.last, last.day == day {
            state.dailyHistory[state.dailyHistory.count - 1].pKnown = state.knowledge.pKnown
        } else {
            state.dailyHistory.append((day, state.knowledge.pKnown))
        }
        skills[evidence.skill] = state
    }

    /// What knowledge tracing believes about `skill` so far; nil before its first evidence.
    ///
    /// Cheap enough to ask after every event, e.g. to notice when a skill is first mastered.
    public func knowledge(ofSkill skill: String) -> SkillKnowledge? {
        skills[skill]?.knowledge
    }

    /// The level of `skill` on the mastery ladder so far (`notStarted` before its first evidence).
    public func level(ofSkill skill: String) -> SkillLevel {
        guard let state = skills[skill] else { return .notStarted }
        return SkillLevel(knowledge: state.knowledge, evidence: state.mastery)
    }

    /// The progress as of `now`: streaks and due items are relative to it.
    public func progress(now: Date) -> LearnerProgress {
        var days = self.days
        let nowMilliseconds = EpochMilliseconds.of(now)
        let today = days.day(ofMilliseconds: nowMilliseconds)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = days.timeZone
        let startOfToday = EpochMilliseconds.of(calendar.startOfDay(for: now))

        var streak = 0
        var day = answerDays.contains(today) ? today : today - 1
        while answerDays.contains(day) {
            streak += 1
            day -= 1
        }

        let due = cards.filter { EpochMilliseconds.of($0.value.due) <= nowMilliseconds }
            .sorted { ($0.value.due, $0.key) < ($1.value.due, $1.key) }
        let overdue = due.filter { EpochMilliseconds.of($0.value.due) < startOfToday }

        let skillProgress = skills.mapValues { state in
            SkillProgress(knowledge: state.knowledge, level: SkillLevel(knowledge: state.knowledge, evidence: state.mastery),
                          parameters: state.tracer.parameters,
                          history: state.dailyHistory.map {
                              SkillHistoryPoint(day: LocalDayCounter.dayString($0.day), pKnown: $0.pKnown)
                          },
                          firstWeekPKnown: state.firstWeekPKnown)
        }
        return LearnerProgress(
            learner: learner, answers: answers, correct: correct,
            lastActive: lastActive.map(EpochMilliseconds.date), streakDays: streak,
            timePractised: Double(practisedMilliseconds) / 1000, skills: skillProgress, items: cards,
            dueItems: due.map(\.key), overdueItems: overdue.map(\.key),
            dialogues: dialogues, failures: failures, overflow: overflow)
    }
}
