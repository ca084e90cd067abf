/// What tab completion offers at the chat prompt: commands and glossary terms for the first word,
/// and for the argument of a command only what that command accepts.
public struct ChatCompletions: Sendable, Equatable {
    /// Candidates for a word that is not a command's argument.
    public var words: [String]
    /// Per command spelling (`/kuiz`, `/quiz`, …), the candidates for its argument.
    public var arguments: [String: [String]]

    public init(pack: ContentPack, languages: [String] = ["ms", "en"]) {
        var general = ChatCommand.allNames
        general += pack.entries.flatMap { [$0.id, $0.term.ms, $0.term.en] }
        general += pack.dialogues.map(\.id) + pack.topics.map(\.id) + pack.skills.map(\.id)
        words = Self.unique(general)

        let topicsAndSkills = pack.topics.map(\.id) + pack.skills.map(\.id)
        func dialogueWords(_ kind: Dialogue.Kind, prefix: String) -> [String] {
            let ids = pack.dialogues.filter { $0.kind == kind }.map(\.id)
            let short = ids.compactMap { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil }
            return Self.unique(ids + short + topicsAndSkills)
        }
        var arguments: [String: [String]] = [:]
        let table: [(ChatCommand, [String])] = [
            (.quiz, dialogueWords(.quiz, prefix: "quiz-")),
            (.roleplay, dialogueWords(.roleplay, prefix: "rp-")),
            (.glossary, Self.unique(pack.entries.flatMap { [$0.id, $0.term.ms, $0.term.en] })),
            (.lang, languages),
        ]
        for (command, candidates) in table {
            arguments["/" + command.rawValue] = candidates
            arguments["/" + command.malayName] = candidates
        }
        self.arguments = arguments
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
