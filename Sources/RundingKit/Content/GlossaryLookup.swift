/// Finds glossary entries by exact id, term or alias, and renders an entry.
public struct GlossaryLookup: Sendable {
    public let entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
    }

    /// Entries whose id, term or an alias equals `text` once both are normalised.
    public func exactMatches(_ text: String) -> [GlossaryEntry] {
        let wanted = TextNormalizer.normalize(text)
        guard !wanted.isEmpty else { return [] }
        return entries.filter { entry in
            TextNormalizer.normalize(entry.id) == wanted
                || (entry.term.all + entry.aliases.all).contains { TextNormalizer.normalize($0) == wanted }
        }
    }

    /// The entry as the `glossary --format json` object.
    public static func json(_ entry: GlossaryEntry) -> JSONValue {
        .object([
            ("id", .string(entry.id)),
            ("term", JSONValue(entry.term)),
            ("definition", JSONValue(entry.definition)),
            ("aliases", JSONValue(entry.aliases)),
            ("points", JSONValue(entry.points)),
            ("skills", JSONValue(entry.skills)),
            ("related", JSONValue(entry.related)),
            ("topic", .string(entry.topic)),
        ])
    }

    /// Term on the first line, then the definition, key points, note and related entries.
    public static func render(_ entry: GlossaryEntry, language: Language, pack: ContentPack) -> String {
        var lines = [entry.term[language], "", entry.definition[language], ""]
        lines += entry.points[language].map { "  • \($0)" }
        if let note = entry.note {
            lines += ["", (language == .ms ? "Nota: " : "Note: ") + note[language]]
        }
        let related = entry.related.compactMap { pack.entry($0)?.term[language] }
        if !related.isEmpty {
            lines += ["", (language == .ms ? "Berkaitan: " : "Related: ") + related.joined(separator: "; ")]
        }
        return lines.joined(separator: "\n")
    }
}
