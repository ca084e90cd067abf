import ArgumentParser
import Foundation
import RundingKit

/// Where a report or an export is written.
enum ReportDestination {
    case standardOutput
    case file(AtomicFileWriter)

    var isStandardOutput: Bool {
        if case .standardOutput = self { return true }
        return false
    }

    /// Writes `text`. On standard output, a reader that went away (`runding report | head -1`)
    /// ends the command with status 0; any other failure is a `ProgressFileError` (exit 73).
    func write(_ text: String) throws {
        switch self {
        case .standardOutput:
            guard let code = DescriptorWriter.writeAll(Array(text.utf8), to: STDOUT_FILENO) else { return }
            if code == EPIPE { throw ExitCode.success }
            throw ProgressFileError(path: "(standard output)", operation: .write, reason: .init(errno: code))
        case .file(let writer):
            try writer.write(text)
        }
    }

    /// Puts a file in place; exit 73 with a message when it cannot be written.
    func finish(language: Language) throws {
        guard case .file(let writer) = self else { return }
        do {
            try writer.commit()
        } catch {
            StandardError.write(Self.cannotWrite(error, language: language))
            throw ExitStatus.cannotWrite
        }
    }

    /// Drops a file not yet in place.
    func discard() {
        if case .file(let writer) = self { writer.discard() }
    }

    /// Writes `text` and finishes, with exit 73 on failure.
    func deliver(_ text: String, language: Language) throws {
        do {
            try write(text)
        } catch let error as ProgressFileError {
            discard()
            StandardError.write(Self.cannotWrite(error, language: language))
            throw ExitStatus.cannotWrite
        }
        try finish(language: language)
    }

    static func cannotWrite(_ error: ProgressFileError, language: Language) -> String {
        let path = TerminalSafeText.clean(error.path)
        return language == .ms
            ? "runding: fail output '\(path)' tidak dapat ditulis: \(error.reason)"
            : "runding: cannot write output file '\(path)': \(error.reason)"
    }
}
