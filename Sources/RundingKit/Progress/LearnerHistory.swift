import Foundation

/// Replays a learner's log from the store, for a chat session or `runding progress`.
public enum LearnerHistory {
    /// The learner's replay so far and the warnings about skipped lines; an absent log is an
    /// empty history, an unreadable one an error.
    public static func load(_ learner: LearnerName, store: ProgressStore, pack: ContentPack,
                            timeZone: TimeZone) throws(ProgressFileError) -> (LearnerReplay, [ProgressLogWarning]) {
        var replay = LearnerReplay(learner: learner.rawValue, timeZone: timeZone,
                                   bktParameters: pack.bktParameters(for:))
        let path = store.logPath(for: learner)
        var status = stat()
        if lstat(path, &status) != 0 && errno == ENOENT { return (replay, []) }
        let reader = try ProgressLogReader(path: path)
        for event in reader {
            replay.apply(event)
        }
        return (replay, reader.warnings)
    }
}
