import ArgumentParser
import Foundation
import RundingKit

/// Options every command that reads content takes.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Content directory (Glossary/, Dialogues/). Default: RUNDING_CONTENT, the nearest one upward, or the installed one.",
        valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Language: ms (default, or RUNDING_LANG) or en.", valueName: "ms|en"))
    var lang: String?

    /// The language chosen by `--lang`, else `RUNDING_LANG`, else Malay.
    func language() throws -> Language {
        if let lang {
            guard let language = Language(code: lang) else {
                throw ValidationError("--lang: '\(lang)' — use 'ms' or 'en' / gunakan 'ms' atau 'en'")
            }
            return language
        }
        if let fromEnvironment = ProcessInfo.processInfo.environment["RUNDING_LANG"],
           let language = Language(code: fromEnvironment) {
            return language
        }
        return .ms
    }

    /// The content directory, or exit 66 with a message naming where Runding looked.
    func contentRoot(language: Language) throws -> String {
        switch ContentLocator().locate(explicit: content) {
        case .success(let root):
            return root
        case .failure(let notFound):
            StandardError.write(notFound.message[language])
            throw ExitStatus.noContent
        }
    }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Writes a line to standard error; a closed or broken standard error is ignored, never fatal
/// (`FileHandle.write` traps on a failed write).
enum StandardError {
    static func write(_ text: String, terminator: String = "\n") {
        var bytes = Array((text + terminator).utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
