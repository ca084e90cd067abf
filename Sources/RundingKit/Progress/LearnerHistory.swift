import Foundation

/// Replays a learner's log from the store, for a chat session or `runding progress`.
public enum LearnerHistory {
    /// The learner's replay so far and the warnings about skipped lines; an absent log is an
    /// empty history, an unreadable one an error. A log that is a symbolic link is refused, as
    /// the store refuses to write through one: the history read is the one that is written.
    public static func load(_ learner: LearnerName, store: ProgressStore, pack: ContentPack,
                            timeZone: TimeZone) throws(ProgressFileError) -> (LearnerReplay, [ProgressLogWarning]) {
        let rules = pack.passRules
        var replay = LearnerReplay(learner: learner.rawValue, timeZone: timeZone,
                                   bktParameters: pack.bktParameters(for:), dialogueSuccess: rules.passed)
        let path = store.logPath(for: learner)
        var status = stat()
        if lstat(path, &status) != 0 && errno == ENOENT { return (replay, []) }
        let reader = try ProgressLogReader(path: path, followingSymlinks: false)
        for event in reader {
            replay.apply(event)
        }
        return (replay, reader.warnings)
    }
}
