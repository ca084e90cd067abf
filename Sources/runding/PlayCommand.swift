import ArgumentParser
import Foundation
import RundingKit

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Main satu dialog sebagai penulis / play one dialogue as its author (ids, evidence, feedback).",
        discussion: """
            Shows each node as [id], each choice with where it goes, its evidence and
            samples, and each choice's feedback once taken. Answer with a number, in
            words (matched as for a learner), or #N to take choice N in any node.
            --auto takes seeded random choices (numbers and typed samples) until an
            ending and prints the path. --shuffle shows the learner's view instead:
            each node's options in the chat's shuffled order (seeded by --seed),
            numbered as the learner sees them, without where they go or their
            evidence. Nothing is recorded as progress.
            Exit status: 0 an ending was reached, 1 input ended (or --auto gave up)
            before an ending, 2 unknown dialogue or node, 66 no content.
            """
    )

    @OptionGroup var options: ContentOptions

    @Argument(help: "The dialogue id (e.g. quiz-enps).")
    var dialogue: String

    @Option(name: .long, help: ArgumentHelp("Start at this node instead of the dialogue's start.", valueName: "node"))
    var from: String?

    @Flag(name: .long, help: "Take random choices until an ending and print the path.")
    var auto = false

    @Flag(name: .long, help: "Show the options in the learner's shuffled order, without their targets or evidence.")
    var shuffle = false

    @Option(name: .long, help: "Seed for --auto and --shuffle, for a repeatable walk (default: a random one, printed).")
    var seed: UInt64?

    func validate() throws {
        if seed != nil && !auto && !shuffle {
            throw ValidationError("--seed is for --auto or --shuffle / --seed hanya untuk --auto atau --shuffle")
        }
    }

    func run() throws {
        let language = try options.language()
        let root = try options.contentRoot(language: language)
        let check = ContentCheck(root: root)
        let found = try options.dialogue(dialogue, in: check.pack, language: language)
        let seed = self.seed ?? UInt64.random(in: 0...999_999)
        let shuffler = shuffle ? SeededRandom(seed: seed ^ 0x9E37_79B9_7F4A_7C15) : nil
        guard var player = DialoguePlayer(found, from: from, language: language,
                                          understander: AnswerUnderstander(pack: check.pack),
                                          shuffle: shuffler) else {
            let safe = TerminalSafeText.clean(String((from ?? found.start).prefix(80)))
            let nodes = found.nodes.map(\.id)
            let hint = Suggestion.likely(for: from ?? found.start, among: nodes)
            StandardError.write(language == .ms
                ? "runding: nod '\(safe)' tidak wujud dalam '\(found.id)'" + (hint.map { " — maksud anda '\($0)'?" } ?? ". Nod: \(nodes.joined(separator: ", "))")
                : "runding: unknown node '\(safe)' in '\(found.id)'" + (hint.map { " — did you mean '\($0)'?" } ?? ". Nodes: \(nodes.joined(separator: ", "))"))
            throw ExitStatus.invalidInput
        }
        let errors = check.diagnostics.filter { $0.isError && $0.location.path == found.location.path }
        if !errors.isEmpty {
            StandardError.write(language == .ms
                ? "runding: dialog ini ada \(errors.count) ralat; jalankan: runding check"
                : "runding: this dialogue has \(errors.count) errors; run: runding check")
        }

        if shuffle || auto {
            print("--seed \(seed)")
        }
        if auto {
            var random = SeededRandom(seed: seed)
            let (text, finished) = player.playAutomatically(using: &random)
            print(text)
            if !finished { throw ExitCode(1) }
            return
        }

        let prompt = Terminal.standardInput.isTerminal ? "» " : nil
        print(player.opening())
        while !player.isFinished {
            if let prompt {
                print("\n" + prompt, terminator: "")
                fflush(nil)
            } else {
                print("")
            }
            guard let line = readLine(strippingNewline: true) else { break }
            print(player.answer(line))
        }
        if !player.isFinished {
            StandardError.write(language == .ms
                ? "runding: input tamat sebelum penamat. \(player.pathLine())"
                : "runding: input ended before an ending. \(player.pathLine())")
            throw ExitCode(1)
        }
    }
}
