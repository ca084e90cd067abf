import ArgumentParser
import Foundation
import RundingKit

/// `--learner` and `--progress-dir`, shared by the chat and `runding progress`.
struct LearnerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Learner name: a-z 0-9 . _ -, up to 64 characters; capitals are folded to lower case (default RUNDING_LEARNER, else the login name).",
        valueName: "name"))
    var learner: String?

    @Option(name: .long, help: ArgumentHelp(
        "Progress directory, created (mode 0700, with its parents) when missing (default RUNDING_PROGRESS_DIR, else $XDG_DATA_HOME/runding/progress).",
        valueName: "dir"))
    var progressDir: String?

    /// The validated learner name, or exit 2 with a message.
    func learnerName(language: Language) throws -> LearnerName {
        let environment = ProcessInfo.processInfo.environment
        let raw = learner ?? environment["RUNDING_LEARNER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()).lowercased()
        do {
            let (name, folded) = try LearnerName.folding(raw)
            if folded {
                let safe = TerminalSafeText.clean(String(raw.prefix(80)))
                StandardError.write(language == .ms
                    ? "runding: nama pelajar '\(safe)' ditukar kepada huruf kecil: '\(name)'."
                    : "runding: learner name '\(safe)' folded to lower case: '\(name)'.")
            }
            return name
        } catch {
            let safe = TerminalSafeText.clean(String(raw.prefix(80)))
            StandardError.write(language == .ms
                ? "runding: nama pelajar '\(safe)' tidak sah: gunakan 1–64 huruf kecil a-z, digit, '.', '_' atau '-', tidak bermula dengan titik."
                : "runding: invalid learner name '\(safe)': use 1–64 lower-case letters a-z, digits, '.', '_' or '-', not starting with a dot.")
            throw ExitStatus.invalidInput
        }
    }

    /// The progress directory, prepared; nil (with the reason) when it cannot be used.
    func progressStore() -> Result<ProgressStore, ProgressFileError> {
        do throws(ProgressFileError) {
            let directory = try ProgressDirectory.resolve(option: progressDir,
                                                          environment: ProcessInfo.processInfo.environment)
            try directory.prepare()
            return .success(ProgressStore(directory: directory))
        } catch {
            return .failure(error)
        }
    }
}
