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
        try chosenLanguage() ?? .ms
    }

    /// The language chosen by `--lang`, else `RUNDING_LANG`; nil when neither chose one (the chat
    /// then uses the learner's saved preference).
    func chosenLanguage() throws -> Language? {
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
        return nil
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

extension ContentOptions {
    /// The dialogue called `id`, or exit 2 with a "did you mean" (or the list of dialogues).
    func dialogue(_ id: String, in pack: ContentPack, language: Language) throws -> Dialogue {
        if let found = pack.dialogue(id) { return found }
        let ids = pack.dialogues.map(\.id)
        let safe = TerminalSafeText.clean(String(id.prefix(80)))
        let hint = Suggestion.likely(for: id, among: ids)
        StandardError.write(language == .ms
            ? "runding: dialog '\(safe)' tidak wujud" + (hint.map { " — maksud anda '\($0)'?" } ?? ". Dialog: \(ids.joined(separator: ", "))")
            : "runding: unknown dialogue '\(safe)'" + (hint.map { " — did you mean '\($0)'?" } ?? ". Dialogues: \(ids.joined(separator: ", "))"))
        throw ExitStatus.invalidInput
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
        _ = DescriptorWriter.writeAll(Array((text + terminator).utf8), to: STDERR_FILENO)
    }
}
