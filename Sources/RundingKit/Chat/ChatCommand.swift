import Foundation

/// A slash command of the chat, with its English and Malay names.
public enum ChatCommand: String, CaseIterable, Sendable {
    case help, next, glossary, quiz, review, roleplay, progress, lang, quit, stop, hint, options

    /// The Malay alias.
    public var malayName: String {
        switch self {
        case .help: return "bantuan"
        case .next: return "seterusnya"
        case .glossary: return "glosari"
        case .quiz: return "kuiz"
        case .review: return "ulangkaji"
        case .roleplay: return "lakonan"
        case .progress: return "kemajuan"
        case .lang: return "bahasa"
        case .quit: return "keluar"
        case .stop: return "berhenti"
        case .hint: return "petunjuk"
        case .options: return "pilihan"
        }
    }

    /// The name shown in the session's language.
    public func name(in language: Language) -> String {
        language == .ms ? malayName : rawValue
    }

    /// Every spelling, with the slash: `/help`, `/bantuan`, …
    public static var allNames: [String] {
        allCases.flatMap { ["/" + $0.rawValue, "/" + $0.malayName] }
    }

    /// Parses `/name argument…`.
    public enum Parsed: Equatable, Sendable {
        case command(ChatCommand, argument: String)
        case unknown(String, suggestion: String?)
    }

    public static func parse(_ line: String) -> Parsed? {
        guard line.hasPrefix("/") else { return nil }
        let body = line.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let aliases: [String: ChatCommand] = [
            "h": .help, "?": .help, "q": .quit, "exit": .quit, "english": .lang, "melayu": .lang,
        ]
        if let command = allCases.first(where: { $0.rawValue == name || $0.malayName == name }) ?? aliases[name] {
            return .command(command, argument: argument)
        }
        let suggestion = Suggestion.closest(to: "/" + name, among: allNames)
        return .unknown("/" + name, suggestion: suggestion)
    }
}
