import Foundation

/// Makes a `TeamReport` from a team directory: each file replayed on its own, two at a time.
public struct TeamReportBuilder: Sendable {
    /// Warnings kept in a report; more are only counted.
    public static let maximumWarningsKept = 200

    public var configuration: ReportConfiguration
    /// Files replayed at once.
    public var workers: Int

    public init(configuration: ReportConfiguration, workers: Int = 2) {
        self.configuration = configuration
        self.workers = workers
    }

    /// The report on the logs in `directory` (only `learner`'s when given), sorted by `sort`.
    ///
    /// Throws only when the folder itself cannot be read; a bad file is a warning.
    /// `progress` is told, in order, of each file done and how many there are.
    public func build(directory: String, learner: String? = nil, sort: ReportSort = .attention,
                      progress: ((Int, Int) -> Void)? = nil) throws(ProgressFileError) -> TeamReport {
        let (files, warnings) = try TeamDirectory.scan(directory)
        guard let learner else {
            return build(files: files, directoryWarnings: warnings, sort: sort, progress: progress)
        }
        let chosen = files.filter { $0.stem == learner }
        let relevant = warnings.filter { $0.path == ReportText.safe(ProgressDirectory.join(directory, learner + ".jsonl"), limit: 240) }
        var report = build(files: chosen, directoryWarnings: relevant, sort: sort, progress: progress)
        report.isLearnerView = true
        return report
    }

    /// The report on `files`, with warnings met while listing them.
    public func build(files: [ProgressFile], directoryWarnings: [ReportWarning] = [], sort: ReportSort = .attention,
                      progress: ((Int, Int) -> Void)? = nil) -> TeamReport {
        let summarizer = LearnerSummarizer(configuration: configuration)
        var learners: [LearnerReport] = []
        var warnings = directoryWarnings
        var warningCount = directoryWarnings.count
        learners.reserveCapacity(files.count)
        OrderedParallelMap.run(files, workers: workers, window: 64, transform: { summarizer.summarize($0) }) { index, result in
            switch result {
            case .success(let learner):
                learners.append(learner)
                warningCount += learner.warningCount
                warnings += learner.warnings.prefix(max(0, Self.maximumWarningsKept - warnings.count))
            case .failure(let failure):
                warningCount += 1
                if warnings.count < Self.maximumWarningsKept { warnings.append(failure.warning) }
            }
            progress?(index + 1, files.count)
        }
        let skills = TeamReport.skills(catalogue: configuration.skills, learners: learners)
        return TeamReport(configuration: configuration, skills: skills,
                          learners: TeamReport.sort(learners, by: sort, skills: skills, configuration: configuration),
                          warnings: warnings, warningCount: warningCount)
    }
}
