import Foundation

/// Turns progress files into xAPI 1.0.3 statements (JSON Lines) for a learning record store.
///
/// `answered` for each answer; `completed`, then `passed` or `failed`, for each dialogue's end;
/// `mastered` the first time a skill reaches the top of the mastery ladder (`SkillLevel`), as the
/// same `LearnerReplay` the chat uses computes it. Files are written in file-name order: small
/// ones are read two at a time, a few files' statements in memory at once; a file over
/// `bufferedFileLimit` bytes is read alone and its statements written as they come, so memory
/// never grows with the size of a log.
public struct XAPIExporter: Sendable {
    /// The homepage used when none is given: set your own with `--homepage`.
    public static let defaultHomepage = "https://runding.invalid"
    /// Logs larger than this (bytes) are streamed in the writing thread instead of buffered.
    public static let bufferedFileLimit: Int64 = 1 << 20
    /// Statements are handed to `write` in pieces of about this many bytes.
    static let writeChunk = 64 * 1024

    public var configuration: ReportConfiguration
    /// The LMS or organisation address that learner accounts and activities belong to.
    public let homepage: String
    public var workers: Int

    /// Nil when `homepage` is not an http(s) address.
    public init?(configuration: ReportConfiguration, homepage: String, workers: Int = 2) {
        guard let normalized = Self.normalizedHomepage(homepage) else { return nil }
        self.configuration = configuration
        self.homepage = normalized
        self.workers = workers
    }

    /// `homepage` without trailing slashes, or nil unless it is `http://` or `https://` and a host,
    /// without spaces, quotes, angle brackets or control characters.
    public static func normalizedHomepage(_ homepage: String) -> String? {
        var text = homepage
        while text.hasSuffix("/") { text.removeLast() }
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }),
              text.count > scheme.count, text.count <= 2000,
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"\"<>\\^`{|}".unicodeScalars.contains($0) })
        else { return nil }
        return text
    }

    /// Exports `files` in order, giving their statements to `write` in pieces of about 64 KiB.
    ///
    /// Returns how many statements were written and the problems met; a file that cannot be
    /// read is a warning. `progress` is told of each file done.
    public func export(_ files: [ProgressFile], write: (String) throws -> Void,
                       progress: ((Int, Int) -> Void)? = nil) rethrows -> (statements: Int, warnings: [ReportWarning]) {
        var count = 0
        var warnings: [ReportWarning] = []
        let exporter = self
        try OrderedParallelMap.run(files, workers: workers, window: 2 * max(1, workers),
                                   transform: { exporter.bufferedStatements(for: $0) }) { index, result in
            switch result {
            case .success(.some(let exported)):
                try write(exported.text)
                count += exported.count
                warnings += exported.warnings
            case .success(.none):
                switch try exporter.streamStatements(for: files[index], write: write) {
                case .success(let exported):
                    count += exported.count
                    warnings += exported.warnings
                case .failure(let failure):
                    warnings.append(failure.warning)
                }
            case .failure(let failure):
                warnings.append(failure.warning)
            }
            progress?(index + 1, files.count)
        }
        return (count, warnings)
    }

    /// The statements of one file as JSON lines, how many there are, and the file's problems.
    public func statements(for file: ProgressFile)
        -> Result<(text: String, count: Int, warnings: [ReportWarning]), ReportFileFailure> {
        open(file).map { statements(from: $0, file: file) }
    }

    /// The statements of the events `reader` yields, for the learner of `file`, in one string.
    public func statements(from reader: ProgressLogReader, file: ProgressFile)
        -> (text: String, count: Int, warnings: [ReportWarning]) {
        var text = ""
        let (count, warnings) = statements(from: reader, file: file) { text += $0 }
        return (text, count, warnings)
    }

    /// The statements of a file no larger than `bufferedFileLimit`; nil for a larger one.
    private func bufferedStatements(for file: ProgressFile)
        -> Result<(text: String, count: Int, warnings: [ReportWarning])?, ReportFileFailure> {
        open(file).map { reader in
            reader.byteCount > Self.bufferedFileLimit ? nil : statements(from: reader, file: file)
        }
    }

    /// Writes the statements of `file` to `write` as they are made, in pieces of `writeChunk`.
    private func streamStatements(for file: ProgressFile, write: (String) throws -> Void) rethrows
        -> Result<(count: Int, warnings: [ReportWarning]), ReportFileFailure> {
        let reader: ProgressLogReader
        switch open(file) {
        case .success(let opened): reader = opened
        case .failure(let failure): return .failure(failure)
        }
        var pending = ""
        pending.reserveCapacity(Self.writeChunk + 4096)
        let result = try statements(from: reader, file: file) { statement in
            pending += statement
            if pending.utf8.count >= Self.writeChunk {
                try write(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { try write(pending) }
        return .success(result)
    }

    private func open(_ file: ProgressFile) -> Result<ProgressLogReader, ReportFileFailure> {
        do {
            return .success(try ProgressLogReader(path: file.path, followingSymlinks: false,
                                                  maximumBytes: configuration.maximumLogBytes))
        } catch {
            return .failure(ReportFileFailure(warning: ReportWarning(
                path: file.path, message: ReportStrings.unreadable(error.reason.description))))
        }
    }

    /// Gives each statement of the events `reader` yields to `emit`, one line at a time.
    func statements(from reader: ProgressLogReader, file: ProgressFile,
                    emit: (String) throws -> Void) rethrows -> (count: Int, warnings: [ReportWarning]) {
        let configuration = self.configuration
        let writer = XAPIStatementWriter(homepage: homepage)
        var replay = LearnerReplay(learner: file.stem, timeZone: configuration.timeZone,
                                   bktParameters: { configuration.bktParameters(for: $0) },
                                   dialogueSuccess: { configuration.isPassed($0) },
                                   limits: configuration.limits)
        var mastered: Set<String> = []
        // When each session's current dialogue began: its first answer, less that answer's time.
        var dialogueStarts: [String: Int64] = [:]
        var count = 0
        var mismatch: (line: Int, learner: String, count: Int)?
        let learner = file.learner

        for event in reader {
            replay.apply(event)
            if event.learner != file.stem {
                if let found = mismatch { mismatch?.count = found.count + 1 } else {
                    mismatch = (reader.lineNumber, event.learner, 1)
                }
            }
            let origin = XAPIStatementWriter.Origin(learner: learner, session: event.session, at: event.at,
                                                    line: reader.lineNumber)
            switch event.kind {
            case .sessionStart, .sessionEnd:
                continue
            case .answer(let answer):
                if let slash = answer.item.firstIndex(of: "/") {
                    let key = event.session.uuidString + "\n" + answer.item[..<slash]
                    if dialogueStarts[key] == nil, dialogueStarts.count < configuration.limits.openSessions {
                        dialogueStarts[key] = EpochMilliseconds.of(event.at) - Int64(answer.milliseconds)
                    }
                }
                try emit(writer.statement(.answered, origin: origin, activity: itemActivity(answer.item),
                                          outcome: .init(success: answer.correct, scaled: answer.correct ? 1 : 0,
                                                         milliseconds: answer.milliseconds, response: answer.response)))
                count += 1
                for evidence in answer.evidence where !mastered.contains(evidence.skill) {
                    guard replay.level(ofSkill: evidence.skill) == .mastered,
                          let knowledge = replay.knowledge(ofSkill: evidence.skill) else { continue }
                    mastered.insert(evidence.skill)
                    try emit(writer.statement(.mastered, origin: origin, activity: skillActivity(evidence.skill),
                                              outcome: .init(success: true, scaled: knowledge.pKnown),
                                              key: evidence.skill))
                    count += 1
                }
            case .dialogueEnd(let end):
                let key = event.session.uuidString + "\n" + end.dialogue
                let milliseconds = dialogueStarts.removeValue(forKey: key).map { start in
                    Int(min(max(EpochMilliseconds.of(event.at) - start, 0), 86_400_000))
                }
                let activity = dialogueActivity(end.dialogue)
                try emit(writer.statement(.completed, origin: origin, activity: activity,
                                          outcome: .init(completion: true, scaled: end.score, milliseconds: milliseconds)))
                let passed = configuration.isPassed(end)
                try emit(writer.statement(passed ? .passed : .failed, origin: origin, activity: activity,
                                          outcome: .init(success: passed, scaled: end.score, milliseconds: milliseconds)))
                count += 2
            }
        }
        var warnings = reader.warnings.prefix(LearnerSummarizer.maximumWarningsKept).map { ReportWarning($0) }
        if reader.stoppedAtLimit, reader.warnings.count > LearnerSummarizer.maximumWarningsKept,
           let limit = reader.warnings.last {
            warnings.append(ReportWarning(limit))
        }
        for message in replay.overflow.messages(limits: configuration.limits) {
            warnings.append(ReportWarning(path: file.path, message: message))
        }
        if let mismatch {
            warnings.append(ReportWarning(path: file.path, line: mismatch.line, message: ReportStrings.learnerMismatch(
                found: ReportText.safe(mismatch.learner, limit: 64), file: learner, count: mismatch.count)))
        }
        return (count, Array(warnings))
    }

    private func itemActivity(_ item: String) -> XAPIStatementWriter.Activity {
        var name = LocalizedText(ms: item, en: item)
        if item.hasPrefix("glossary:"), let term = configuration.entryTerms[String(item.dropFirst(9))] {
            name = term
        } else if let slash = item.firstIndex(of: "/"), let title = configuration.dialogueTitles[String(item[..<slash])] {
            let node = item[item.index(after: slash)...]
            name = LocalizedText(ms: "\(title.ms): \(node)", en: "\(title.en): \(node)")
        }
        return .init(kind: "item", id: item, name: name, type: "http://adlnet.gov/expapi/activities/cmi.interaction")
    }

    private func dialogueActivity(_ dialogue: String) -> XAPIStatementWriter.Activity {
        let isRoleplay = configuration.isRoleplay(dialogue)
        return .init(kind: "dialogue", id: dialogue,
                     name: configuration.dialogueTitles[dialogue] ?? LocalizedText(ms: dialogue, en: dialogue),
                     type: isRoleplay ? "http://adlnet.gov/expapi/activities/simulation"
                                      : "http://adlnet.gov/expapi/activities/assessment")
    }

    private func skillActivity(_ skill: String) -> XAPIStatementWriter.Activity {
        .init(kind: "skill", id: skill,
              name: configuration.skills.first { $0.id == skill }?.name ?? LocalizedText(ms: skill, en: skill),
              type: "http://adlnet.gov/expapi/activities/objective")
    }
}
