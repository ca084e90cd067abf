import ArgumentParser
import Foundation
import RundingKit

/// `--progress-dir`, `--learner` and `--output`, shared by `runding report` and `runding export xapi`.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of progress files (*.jsonl) to read (default RUNDING_PROGRESS_DIR, else your own progress folder).",
        valueName: "dir"))
    var progressDir: String?

    @Option(name: .long, help: ArgumentHelp("Only this learner (the file <name>.jsonl).", valueName: "name"))
    var learner: String?

    @Option(name: .long, help: ArgumentHelp(
        "Write to this file (atomically: all or nothing) instead of standard output; '-' is standard output.",
        valueName: "file"))
    var output: String?

    @Option(name: .long, help: .hidden)
    var now: String?

    func validate() throws {
        if let learner, learner.isEmpty || learner.contains("/") {
            throw ValidationError("--learner: '\(TerminalSafeText.clean(learner))' — a file name without '/' / nama fail tanpa '/'")
        }
        if let now, RFC3339Timestamp.date(from: now) == nil {
            throw ValidationError("--now: '\(TerminalSafeText.clean(now))' — use RFC 3339 / gunakan RFC 3339")
        }
    }

    /// The report's clock: `--now` (for repeatable runs), else the system's.
    var reportDate: Date {
        now.flatMap(RFC3339Timestamp.date(from:)) ?? Date()
    }

    /// The folder to read, which must exist; exit 74 with a message when it cannot be used.
    func directory(language: Language) throws -> String {
        let directory: ProgressDirectory
        do {
            directory = try ProgressDirectory.resolve(option: progressDir, environment: ProcessInfo.processInfo.environment)
        } catch {
            StandardError.write("runding: \(error)")
            throw ExitStatus.cannotRead
        }
        var status = stat()
        guard stat(directory.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            let safe = TerminalSafeText.clean(directory.path)
            StandardError.write(language == .ms
                ? "runding: direktori kemajuan '\(safe)' tidak ditemui atau bukan direktori."
                : "runding: progress directory '\(safe)' not found or not a directory.")
            throw ExitStatus.cannotRead
        }
        return directory.path
    }

    /// Where the output goes: standard output, or an atomically written file (exit 73 when it
    /// cannot be created).
    func destination(language: Language) throws -> ReportDestination {
        guard let output, output != "-" else { return .standardOutput }
        do {
            return .file(try AtomicFileWriter(path: output))
        } catch {
            StandardError.write(ReportDestination.cannotWrite(error, language: language))
            throw ExitStatus.cannotWrite
        }
    }

    /// Exit 1 with a message when `--learner` names no file.
    func requireLearnerFound(_ found: Bool, directory: String, language: Language) throws {
        guard let learner, !found else { return }
        let name = TerminalSafeText.clean(learner)
        let folder = TerminalSafeText.clean(directory)
        StandardError.write(language == .ms
            ? "runding: tiada fail kemajuan '\(name).jsonl' dalam '\(folder)'."
            : "runding: no progress file '\(name).jsonl' in '\(folder)'.")
        throw ExitStatus.notFound
    }

    /// Prints up to 20 warnings to standard error, then how many more there were.
    static func printWarnings(_ warnings: [ReportWarning], total: Int, language: Language) {
        for warning in warnings.prefix(20) {
            StandardError.write("runding: " + warning.text(language))
        }
        if total > min(20, warnings.count) {
            let more = total - min(20, warnings.count)
            StandardError.write(language == .ms ? "runding: … dan \(more) amaran lagi" : "runding: … and \(more) more warnings")
        }
    }
}
