import Foundation

/// Replays one progress file, streaming, into a `LearnerReport`.
///
/// Mastery, reviews and practice time come from `LearnerReplay`, the same replay the chat and
/// `runding progress` use; only events are counted here (per day, per learner field).
public struct LearnerSummarizer: Sendable {
    /// Warnings kept per file; more are only counted.
    public static let maximumWarningsKept = 20
    /// Skills outside the catalogue, dialogues and leeches kept per learner: a hostile file
    /// cannot make a report grow without bound.
    public static let maximumExtraSkills = 32
    public static let maximumDialogues = 200
    public static let maximumLeeches = 20

    public let configuration: ReportConfiguration

    public init(configuration: ReportConfiguration) {
        self.configuration = configuration
    }

    /// The report of `file`, or why it cannot be read at all.
    public func summarize(_ file: ProgressFile) -> Result<LearnerReport, ReportFileFailure> {
        let reader: ProgressLogReader
        do {
            reader = try ProgressLogReader(path: file.path, followingSymlinks: false,
                                           maximumBytes: configuration.maximumLogBytes)
        } catch {
            let message = error.reason == .isASymbolicLink ? ReportStrings.symlinkSkipped
                : error.reason == .notARegularFile ? ReportStrings.specialFileSkipped
                : error.reason == .isADirectory ? ReportStrings.directorySkipped
                : ReportStrings.unreadable(error.reason.description)
            return .failure(ReportFileFailure(warning: ReportWarning(path: file.path, message: message)))
        }
        return .success(summarize(reader, file: file))
    }

    /// The report of the events `reader` yields, named after `file`.
    public func summarize(_ reader: ProgressLogReader, file: ProgressFile) -> LearnerReport {
        let configuration = self.configuration
        let parameters: (String) -> BKTParameters = { configuration.bktParameters(for: $0) }
        let passed: (ProgressEvent.DialogueEnd) -> Bool = { configuration.isPassed($0) }
        var replay = LearnerReplay(learner: file.stem, timeZone: configuration.timeZone, bktParameters: parameters,
                                   dialogueSuccess: passed, limits: configuration.limits)
        var periodReplay = configuration.since.map { _ in
            LearnerReplay(learner: file.stem, timeZone: configuration.timeZone, bktParameters: parameters,
                          dialogueSuccess: passed, limits: configuration.limits)
        }
        let sinceMilliseconds = configuration.since.map(EpochMilliseconds.of)
        let nowMilliseconds = EpochMilliseconds.of(configuration.now)
        var days = LocalDayCounter(timeZone: configuration.timeZone)
        let firstDay = days.day(ofMilliseconds: nowMilliseconds) - Int64(LearnerReport.activityDays - 1)
        var answersByDay = [Int](repeating: 0, count: LearnerReport.activityDays)
        var mismatch: (line: Int, learner: String, count: Int)?
        var future: (line: Int, count: Int)?
        // A torn write before the last good event: a later session wrote on after it.
        var lastEventLine = 0
        var skillAnswers: [String: SkillAnswers] = [:]
        var items: [String: LearnerItemRecord] = [:]

        for event in reader {
            lastEventLine = reader.lineNumber
            replay.apply(event)
            let time = EpochMilliseconds.of(event.at)
            if let sinceMilliseconds, time >= sinceMilliseconds { periodReplay?.apply(event) }
            if case .answer(let answer) = event.kind {
                if sinceMilliseconds.map({ time >= $0 }) ?? true {
                    if configuration.collectsItems, configuration.questionChoices[answer.item] != nil {
                        items[answer.item, default: LearnerItemRecord(firstCorrect: answer.correct)].add(answer)
                    }
                    for skill in Set(answer.evidence.map(\.skill)) {
                        skillAnswers[skill, default: SkillAnswers()].answers += 1
                        if answer.correct { skillAnswers[skill, default: SkillAnswers()].correct += 1 }
                    }
                }
                let index = days.day(ofMilliseconds: time) - firstDay
                if index >= 0, index < Int64(LearnerReport.activityDays) { answersByDay[Int(index)] += 1 }
            }
            if event.learner != file.stem {
                if let found = mismatch {
                    mismatch?.count = found.count + 1
                } else {
                    mismatch = (reader.lineNumber, event.learner, 1)
                }
            }
            if time > nowMilliseconds + 86_400_000 {
                if let found = future { future?.count = found.count + 1 } else { future = (reader.lineNumber, 1) }
            }
        }

        let repaired = reader.warnings.filter { $0.line < lastEventLine && ReportWarning.isTornWrite($0) }.count
        var warnings = reader.warnings.prefix(Self.maximumWarningsKept).map { warning in
            warning.line < lastEventLine && ReportWarning.isTornWrite(warning)
                ? ReportWarning(repaired: warning) : ReportWarning(warning)
        }
        if reader.stoppedAtLimit, reader.warnings.count > Self.maximumWarningsKept, let limit = reader.warnings.last {
            warnings.append(ReportWarning(limit))
        }
        var warningCount = reader.warningCount
        if let mismatch {
            warningCount += 1
            warnings.append(ReportWarning(path: file.path, line: mismatch.line,
                                          message: ReportStrings.learnerMismatch(
                                              found: ReportText.safe(mismatch.learner, limit: 64),
                                              file: file.learner, count: mismatch.count)))
        }
        if let future {
            warningCount += 1
            warnings.append(ReportWarning(path: file.path, line: future.line,
                                          message: ReportStrings.futureEvents(count: future.count)))
        }

        let progress = replay.progress(now: configuration.now)
        for message in progress.overflow.messages(limits: configuration.limits) {
            warningCount += 1
            warnings.append(ReportWarning(path: file.path, message: message))
        }
        let period = periodReplay?.progress(now: configuration.now) ?? progress
        let weekEnds = (1...LearnerReport.activityWeeks).map { LocalDayCounter.dayString(firstDay + Int64($0 * 7 - 1)) }
        let skills = skillSummaries(progress, weekEnds: weekEnds, warnings: &warnings, warningCount: &warningCount,
                                    path: file.path)
        let roleplays = period.dialogues.filter { configuration.isRoleplay($0.key) }
        let quizzes = period.dialogues.filter { configuration.dialogueKinds[$0.key] == .quiz }
        let leeches = progress.failures.filter { $0.value >= Leech.threshold }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(Self.maximumLeeches)
            .map { Leech(item: ReportText.safe($0.key), failures: $0.value) }
        var dialogues: [String: DialogueRecord] = [:]
        for id in progress.dialogues.keys.sorted().prefix(Self.maximumDialogues) {
            guard var record = progress.dialogues[id] else { continue }
            record.lastOutcome = ReportText.safe(record.lastOutcome, limit: 40)
            dialogues[ReportText.safe(id, limit: 64)] = record
        }
        let lastActive = progress.lastActive.map { min($0, configuration.now) }
        let catalogue = Set(configuration.skills.map(\.id))
        var keptAnswers: [String: SkillAnswers] = [:]
        for (id, tally) in skillAnswers {
            let key = catalogue.contains(id) ? id : ReportText.safe(id, limit: 64)
            if skills[key] != nil { keptAnswers[key] = tally }
        }

        return LearnerReport(
            learner: file.learner, fileName: ReportText.safe(file.stem, limit: 64) + ".jsonl",
            answers: period.answers, correct: period.correct, answersInLog: progress.answers,
            timePractised: period.timePractised, lastActive: lastActive, streakDays: progress.streakDays,
            skills: skills, dueItems: progress.dueItems.count, overdueItems: progress.overdueItems.count,
            scheduledItems: progress.items.count,
            dialogues: dialogues, roleplaysCompleted: roleplays.count,
            roleplayBestScore: roleplays.values.map(\.bestScore).max(),
            roleplaysPassed: roleplays.values.filter { $0.passes > 0 }.count,
            quizzesCompleted: quizzes.count, quizzesPassed: quizzes.values.filter { $0.passes > 0 }.count,
            leeches: Array(leeches),
            answersByDay: answersByDay, warnings: Array(warnings), warningCount: warningCount,
            repairedLines: repaired, skillAnswers: keptAnswers, items: items)
    }

    /// The catalogue's skills, then up to `maximumExtraSkills` others by id, with safe ids.
    private func skillSummaries(_ progress: LearnerProgress, weekEnds: [String], warnings: inout [ReportWarning],
                                warningCount: inout Int, path: String) -> [String: SkillSummary] {
        let catalogue = Set(configuration.skills.map(\.id))
        var summaries: [String: SkillSummary] = [:]
        var extras: [String] = []
        for (id, skill) in progress.skills {
            if catalogue.contains(id) {
                summaries[id] = SkillSummary(skill, weekEnds: weekEnds)
            } else {
                extras.append(id)
            }
        }
        extras.sort()
        for id in extras.prefix(Self.maximumExtraSkills) {
            guard let skill = progress.skills[id] else { continue }
            summaries[ReportText.safe(id, limit: 64)] = SkillSummary(skill, weekEnds: weekEnds)
        }
        if extras.count > Self.maximumExtraSkills {
            warningCount += 1
            warnings.append(ReportWarning(path: path, message: ReportStrings.tooManySkills(
                ignored: extras.count - Self.maximumExtraSkills)))
        }
        return summaries
    }
}

extension SkillSummary {
    /// `skill` as of now, with its P(L) at the end of each day of `weekEnds` (`2026-11-28`, in order).
    init(_ skill: SkillProgress, weekEnds: [String]) {
        var weekly: [Double?] = []
        var index = skill.history.startIndex
        var latest: Double?
        for end in weekEnds {
            while index < skill.history.endIndex, skill.history[index].day <= end {
                latest = skill.history[index].pKnown
                index += 1
            }
            weekly.append(latest)
        }
        self.init(pKnown: skill.knowledge.pKnown, level: skill.level,
                  observations: skill.knowledge.observations, firstWeekPKnown: skill.firstWeekPKnown, weekly: weekly)
    }
}

/// A progress file that could not be read at all; the report goes on without it.
public struct ReportFileFailure: Error, Sendable, Equatable {
    public var warning: ReportWarning

    public init(warning: ReportWarning) {
        self.warning = warning
    }
}
