/// One learner's progress log found in a team directory.
public struct ProgressFile: Sendable, Hashable {
    /// The full path, used to open the file.
    public var path: String
    /// The file name without `.jsonl`, exactly as on disk: compared with each event's `learner`.
    public var stem: String
    /// The learner as shown in reports: the file's name, safe to print.
    public var learner: String

    public init(path: String, stem: String) {
        self.path = path
        self.stem = stem
        learner = ReportText.safe(stem, limit: LearnerName.maximumLength)
    }
}
