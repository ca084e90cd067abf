import ArgumentParser
import RundingKit

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Lukis dialog sebagai graf / draw a dialogue as a graph (Graphviz DOT or Mermaid).",
        discussion: """
            Nodes show their id and the first words of their line; edges the choice
            numbers; endings are green (passed) or red; remediation is dashed.
              runding graph quiz-enps --format dot | dot -Tsvg > quiz-enps.svg
              runding graph quiz-enps --format mermaid > quiz-enps.mmd
            Exit status: 0, 2 unknown dialogue, 66 no content.
            """
    )

    @OptionGroup var options: ContentOptions

    @Argument(help: "The dialogue id (e.g. quiz-enps).")
    var dialogue: String

    @Option(name: .long, help: "Output format: dot or mermaid.")
    var format: GraphFormat = .dot

    @Option(name: .long, help: "Words of each node's line to show.")
    var words: Int = 6

    func run() throws {
        let language = try options.language()
        let root = try options.contentRoot(language: language)
        let pack = ContentLoader().load(root: root).pack
        let found = try options.dialogue(dialogue, in: pack, language: language)
        print(DialogueGraphExport(found, language: language, words: words).render(format.value), terminator: "")
    }
}

/// `--format dot|mermaid`.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot
    case mermaid

    var value: DialogueGraphExport.Format { self == .dot ? .dot : .mermaid }
}
