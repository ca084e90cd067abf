import ArgumentParser
import CReadline
import Foundation
import RundingKit

struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Berbual dengan Runding (lalai) / chat with Runding (the default).",
        discussion: ChatCommand.guide
    )

    static let guide = """
        Ask questions in Malay or English ("apa itu eNPS?"), take quizzes and role-plays, review what is due.

        In the chat: /help (/bantuan), /next (/seterusnya), /glossary [term] (/glosari), /quiz [topic|skill] (/kuiz), /roleplay [id] (/lakonan), /review (/ulangkaji), /progress (/kemajuan), /lang ms|en (/bahasa, kept for the next session unless --lang or RUNDING_LANG is given), /hint (/petunjuk), /stop (/berhenti), /quit (/keluar). Ctrl-C clears the line (in a quiz: asks before leaving it); Ctrl-D ends the session with a summary.

        When standard input is not a terminal, lines are read without prompts, echo or colours. The exit status is 0 at the end of input, on SIGTERM, SIGHUP or SIGQUIT (Ctrl-\\; the session is saved and summed up first) and when standard output is closed. While another process holds the lock on the learner's log, the chat says so and waits, for 30 s at most; Ctrl-C, SIGTERM, SIGHUP or the end of input stop the wait with exit status 75. Example: printf 'apa itu eNPS?\\n/quit\\n' | runding --learner demo
        """

    @OptionGroup var content: ContentOptions
    @OptionGroup var learnerOptions: LearnerOptions

    @Option(name: .long, help: "Seed for the random choices (question forms, option order), for repeatable runs.")
    var seed: UInt64?

    @Flag(name: .long, help: "Never use colours (also NO_COLOR).")
    var noColor = false

    func run() throws {
        runding_install_signal_handlers()
        let chosenLanguage = try content.chosenLanguage()
        var language = chosenLanguage ?? .ms
        let learner = try learnerOptions.learnerName(language: language)
        // The language chosen with /lang in an earlier session, unless --lang or RUNDING_LANG chose.
        var storeResult = learnerOptions.progressStore()
        let preferences = (try? storeResult.get()).map { LearnerPreferencesFile(directory: $0.directory, learner: learner) }
        if chosenLanguage == nil, let saved = preferences?.load().language { language = saved }
        let root = try content.contentRoot(language: language)
        // Loading only: the full lint is `runding check`'s job and would slow every start.
        let check = ContentLoader().load(root: root)
        let interactive = Terminal.standardInput.isTerminal && Terminal.standardOutput.isTerminal
        let onTerminal = Terminal.standardOutput.isTerminal
        let output = ChatOutput(
            renderer: ChatRenderer(
                width: onTerminal ? Terminal.standardOutput.width : 80,
                color: Terminal.standardOutput.allowsColor(noColorFlag: noColor),
                terminal: onTerminal),
            currentWidth: onTerminal ? { Terminal.standardOutput.width } : nil)
        if check.diagnostics.errorCount > 0 {
            output.notice(language == .ms
                ? "Kandungan ada \(check.diagnostics.errorCount) ralat; sebahagiannya mungkin tidak berfungsi. Jalankan: runding check"
                : "The content has \(check.diagnostics.errorCount) errors; parts of it may not work. Run: runding check")
        }

        var recorder: (any ProgressRecorder)?
        storeResult = storeResult.map { store in
            var store = store
            store.lockWait = Self.lockWait(language: language, atStart: false)
            return store
        }
        if case .success(let store) = storeResult { try Self.waitForLock(store, learner: learner, language: language) }
        var replay = LearnerReplay(learner: learner.rawValue, timeZone: .current,
                                   bktParameters: check.pack.bktParameters(for:),
                                   dialogueSuccess: check.pack.passRules.passed)
        switch storeResult {
        case .success(let store):
            recorder = store
            do {
                let (loaded, warnings) = try LearnerHistory.load(learner, store: store, pack: check.pack, timeZone: .current)
                replay = loaded
                for warning in warnings.prefix(3) {
                    output.notice((language == .ms ? "Baris dilangkau: " : "Skipped line: ")
                        + TerminalSafeText.clean(warning.text(language)))
                }
            } catch {
                output.notice(language == .ms
                    ? "Sejarah kemajuan tidak dapat dibaca (\(TerminalSafeText.clean(error.message.ms))); sesi bermula tanpa sejarah."
                    : "Progress history cannot be read (\(TerminalSafeText.clean(error.message.en))); starting without it.")
            }
        case .failure(let error):
            let warning = language == .ms
                ? "Kemajuan TIDAK akan disimpan: \(TerminalSafeText.clean(error.message.ms))"
                : "Progress will NOT be saved: \(TerminalSafeText.clean(error.message.en))"
            output.notice(warning)
            // Scripts and logs read standard error; in a terminal the chat already shows it.
            if !onTerminal { StandardError.write("runding: " + warning) }
        }

        let random = seed.map(SeededRandom.init(seed:)) ?? SeededRandom()
        let session = ChatSession(
            pack: check.pack, learner: learner.rawValue, language: language, replay: replay,
            environment: .init(random: random, recorder: recorder,
                               savePreferences: preferences.map { file in { try file.save($0) } }))
        let source: any LineSource = interactive
            ? ReadlineSource(learner: learner.rawValue, completions: ChatCompletions(pack: check.pack))
            : PipedSource()
        ChatLoop(session: session, source: source, output: output).run()
    }

    /// Waiting for a log another process has locked: a notice after a second, and an end at a
    /// signal (SIGINT too), at 30 s, and before the session starts also at the end of input.
    static func lockWait(language: Language, atStart: Bool) -> LockWait {
        LockWait(
            notice: {
                StandardError.write(language == .ms
                    ? "runding: menunggu kunci log yang dipegang oleh proses lain… (Ctrl-C untuk berhenti)"
                    : "runding: waiting for the lock on the log held by another process… (Ctrl-C to stop)")
            },
            shouldStop: {
                // Mid-session, lines already read may still be answered: only signals count.
                runding_signal_pending() != 0 || (atStart && runding_input_closed(STDIN_FILENO) != 0)
            })
    }

    /// Before the greeting: waits until no other process holds the log's lock; exit 75 with a
    /// message when the wait is stopped or given up.
    static func waitForLock(_ store: ProgressStore, learner: LearnerName, language: Language) throws {
        var waiting = store
        waiting.lockWait = lockWait(language: language, atStart: true)
        do {
            try waiting.waitUntilUnlocked(learner)
        } catch {
            let path = TerminalSafeText.clean(error.path)
            if error.reason == .lockWaitStopped {
                StandardError.write(language == .ms
                    ? "runding: berhenti menunggu kunci log '\(path)' yang dipegang oleh proses lain; sesi tidak dimulakan."
                    : "runding: stopped waiting for the lock on '\(path)' held by another process; no session was started.")
            } else {
                StandardError.write("runding: " + TerminalSafeText.clean(error.message[language]))
            }
            throw ExitStatus.logLocked
        }
    }
}
