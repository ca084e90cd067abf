import Foundation

/// Replays a learner's log from the store, for a chat session or `runding progress`.
public enum LearnerHistory {
    /// The learner's replay so far and the warnings about skipped lines; an absent log is an
    /// empty history, an unreadable one an error. A log that is a symbolic link is refused, as
    /// the store refuses to write through one: the history read is the one that is written.
    /// At most `maximumBytes` of the log are read, and the state kept is bounded by the content
    /// (`ReplayLimits(pack:)`); both limits are warnings when reached.
    public static func load(_ learner: LearnerName, store: ProgressStore, pack: ContentPack, timeZone: TimeZone,
                            maximumBytes: Int64 = ProgressLogReader.defaultMaximumBytes)
        throws(ProgressFileError) -> (LearnerReplay, [ProgressLogWarning]) {
        let rules = pack.passRules
        let limits = ReplayLimits(pack: pack)
        var replay = LearnerReplay(learner: learner.rawValue, timeZone: timeZone,
                                   bktParameters: pack.bktParameters(for:), dialogueSuccess: rules.passed,
                                   limits: limits)
        let path = store.logPath(for: learner)
        var status = stat()
        if lstat(path, &status) != 0 && errno == ENOENT { return (replay, []) }
        let reader = try ProgressLogReader(path: path, followingSymlinks: false, maximumBytes: maximumBytes)
        for event in reader {
            replay.apply(event)
        }
        // The limits reached matter most: shown first, where only a few warnings are shown.
        var warnings = reader.warnings
        var first: [ProgressLogWarning] = []
        if reader.stoppedAtLimit, let limit = warnings.popLast() { first.append(limit) }
        for message in replay.overflow.messages(limits: limits) {
            first.append(ProgressLogWarning(path: path, line: reader.lineNumber, reason: message.en, message: message))
        }
        warnings.insert(contentsOf: first, at: 0)
        return (replay, warnings)
    }
}
