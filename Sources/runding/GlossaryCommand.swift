import ArgumentParser
import RundingKit

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Senarai atau cari glosari / list or look up the glossary.",
        discussion: "Without QUERY, lists every entry. QUERY is an id, a term, an alias or a question (\"apa itu eNPS?\"), answered like the chat does. Exit status: 0 found, 1 no entry matches, 66 no content."
    )

    @OptionGroup var options: ContentOptions

    @Argument(help: "An entry id, term or alias (e.g. enps, \"mendengar aktif\").")
    var query: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let language = try options.language()
        let root = try options.contentRoot(language: language)
        let loaded = ContentLoader().load(root: root)
        let entries: [GlossaryEntry]
        if query.isEmpty {
            entries = loaded.pack.entries
        } else {
            let text = query.joined(separator: " ")
            let exact = GlossaryLookup(entries: loaded.pack.entries).exactMatches(text)
            if !exact.isEmpty {
                entries = exact
            } else {
                switch GlossaryIndex(entries: loaded.pack.entries, lexicon: loaded.pack.lexicon).search(text) {
                case .found(let hits) where !hits.isEmpty:
                    entries = [hits[0].entry]
                case .likely(let hit):
                    if format == .text { print(language == .ms ? "Mungkin maksud anda:" : "Perhaps you mean:") }
                    entries = [hit.entry]
                case .noGoodMatch(let suggestions) where !suggestions.isEmpty:
                    let terms = suggestions.map { $0.entry.term[language] }.joined(separator: "; ")
                    StandardError.write(language == .ms
                        ? "Tiada entri glosari untuk '\(TerminalSafeText.clean(text))'. Mungkin: \(terms)"
                        : "No glossary entry for '\(TerminalSafeText.clean(text))'. Perhaps: \(terms)")
                    throw ExitCode(1)
                default:
                    StandardError.write(language == .ms
                        ? "Tiada entri glosari untuk '\(TerminalSafeText.clean(text))'."
                        : "No glossary entry for '\(TerminalSafeText.clean(text))'.")
                    throw ExitCode(1)
                }
            }
        }
        switch format {
        case .json:
            print(JSONValue.object([("entries", .array(entries.map(GlossaryLookup.json)))]).serialized())
        case .text:
            if query.isEmpty {
                for entry in entries {
                    print("\(entry.id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(entry.term[language])")
                }
            } else {
                for entry in entries {
                    print(GlossaryLookup.render(entry, language: language, pack: loaded.pack))
                }
            }
        }
    }
}
