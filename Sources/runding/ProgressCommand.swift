import ArgumentParser
import Foundation
import RundingKit

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Kemajuan seorang pelajar / one learner's progress (mastery, reviews, streak).",
        discussion: """
            Replays the learner's log. --format json prints {"learner","answers","correct","streak_days",
            "last_active","skills":{id:{"p_known","level","mastered","observations","params"}},"items":{item:
            {"stability","difficulty","due","last_review","reviews"}}}.
            Exit status: 0, 2 invalid learner name, 66 no content, 74 the log cannot be read.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var learnerOptions: LearnerOptions
    @OptionGroup var logSize: LogSizeOption

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Never use colours (also NO_COLOR).")
    var noColor = false

    func run() throws {
        let language = try content.language()
        let learner = try learnerOptions.learnerName(language: language)
        let root = try content.contentRoot(language: language)
        let pack = ContentLoader().load(root: root).pack
        let store: ProgressStore
        switch learnerOptions.progressStore() {
        case .success(let found): store = found
        case .failure(let error):
            StandardError.write("runding: " + TerminalSafeText.clean(error.message[language]))
            throw ExitStatus.cannotRead
        }
        let replay: LearnerReplay
        do {
            let (loaded, warnings) = try LearnerHistory.load(learner, store: store, pack: pack, timeZone: .current,
                                                             maximumBytes: logSize.bytes)
            replay = loaded
            for warning in warnings { StandardError.write("runding: " + TerminalSafeText.clean(warning.text(language))) }
        } catch {
            StandardError.write("runding: " + TerminalSafeText.clean(error.message[language]))
            throw ExitStatus.cannotRead
        }
        let progress = replay.progress(now: Date())
        switch format {
        case .json:
            print(progress.jsonText)
        case .text:
            let renderer = ChatRenderer(width: Terminal.standardOutput.width,
                                        color: Terminal.standardOutput.allowsColor(noColorFlag: noColor),
                                        terminal: Terminal.standardOutput.isTerminal)
            print(renderer.render(ProgressView(pack: pack, language: language).reply(for: progress, learner: learner.rawValue)))
        }
    }
}
