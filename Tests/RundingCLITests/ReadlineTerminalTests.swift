import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One real terminal session: tab completion, history recalled in the next run, Ctrl-C, Ctrl-D.
@Suite(.serialized) struct ReadlineTerminalTests {
    @Test func completionHistoryInterruptAndEndOfInput() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.path + "/data", "TERM": "xterm", "NO_COLOR": "1",
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        let arguments = ["--content", Repository.starterPack, "--learner", "pty", "--seed", "1"]

        let first = try PseudoTerminal(arguments: arguments, environment: environment)
        #expect(first.waitFor("> "))
        first.type("/kemaj\t")
        #expect(first.waitFor("/kemajuan "))
        first.type("\n")
        #expect(first.waitFor("Kemajuan: pty"))
        let beforeQuestion = first.output.count
        first.type("apa itu eNPS?\n")
        #expect(first.waitFor("Satu soalan yang mengukur", after: beforeQuestion))
        // Ctrl-C clears the line being typed; the bot lives on.
        let beforeInterrupt = first.output.count
        first.type("xyzzy")
        #expect(first.waitFor("xyzzy", after: beforeInterrupt))
        kill(first.process.processIdentifier, SIGINT)
        usleep(200_000)
        first.type("hai\n")
        #expect(first.waitFor("Hai!", after: beforeInterrupt))
        #expect(!first.output.dropFirst(beforeInterrupt).contains("Maaf, saya tidak menemui"))
        first.type("\u{04}")
        #expect(first.waitFor("Sesi ini:"))
        #expect(first.waitForExit() == 0)
        #expect(!first.output.contains("\u{1B}[?2004h"), "bracketed paste codes leaked")
        #expect(!first.output.contains("\u{1B}[1m"), "colours despite NO_COLOR")

        let historyPath = home.path + "/data/runding/history/pty"
        let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let history = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(history.split(separator: "\n").filter { !$0.hasPrefix("#") } == ["/kemajuan ", "apa itu eNPS?", "hai"])

        var colourful = environment
        colourful["NO_COLOR"] = nil
        let second = try PseudoTerminal(arguments: arguments, environment: colourful)
        #expect(second.waitFor("> "))
        let beforeRecall = second.output.count
        second.type("\u{1B}[A\u{1B}[A")
        #expect(second.waitFor("apa itu eNPS?", after: beforeRecall))
        second.type("\n")
        #expect(second.waitFor("Satu soalan yang mengukur", after: beforeRecall))
        #expect(second.output.contains("\u{1B}[1meNPS\u{1B}[0m"), "no colour on a terminal")
        second.type("/keluar\n")
        #expect(second.waitFor("Sesi ini:"))
        #expect(second.waitForExit() == 0)
    }
}

/// What a new hire meets in the first hour at a real terminal: completion that keeps what was
/// typed, argument completion, re-wrapping after a resize, and Ctrl-C on a half-typed answer.
@Suite(.serialized) struct ReadlineFirstHourTests {
    static func environment(_ home: TemporaryDirectory) -> [String: String] {
        ["HOME": home.path, "XDG_DATA_HOME": home.path + "/data", "TERM": "xterm", "NO_COLOR": "1",
         "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    }

    static let arguments = ["--content", Repository.starterPack, "--learner", "pty", "--seed", "1",
                            "--progress-dir", "PROGRESS"]

    static func start(_ home: TemporaryDirectory) throws -> PseudoTerminal {
        let arguments = Self.arguments.map { $0 == "PROGRESS" ? home.path + "/progress" : $0 }
        let terminal = try PseudoTerminal(arguments: arguments, environment: environment(home))
        #expect(terminal.waitFor("> "))
        return terminal
    }

    @Test func completionKeepsWhatWasTypedWhateverTheCase() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let terminal = try Self.start(home)
        let before = terminal.output.count
        terminal.type("/kuiz ENp\t")
        #expect(terminal.waitFor("enps ", after: before), "completion lost what was typed: \(terminal.output.suffix(200))")
        terminal.type("\n")
        #expect(terminal.waitFor("Kuiz", after: before))
        terminal.type("/berhenti\n/keluar\n")
        #expect(terminal.waitForExit() == 0)
    }

    /// "eNPS (…)" and "enps" both match "enp": the common prefix must be taken ignoring case too.
    @Test func candidatesDifferingInCaseKeepTheTypedPrefix() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let terminal = try Self.start(home)
        let before = terminal.output.count
        terminal.type("/glosari enp\t")
        usleep(400_000)
        terminal.type("\n")
        #expect(terminal.waitFor("Satu soalan yang mengukur", after: before),
                "completion cut the word: \(terminal.output.dropFirst(before).suffix(300))")
        terminal.type("/keluar\n")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func aCommandsArgumentCompletesFromWhatItAccepts() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let terminal = try Self.start(home)
        let before = terminal.output.count
        terminal.type("/kuiz \t\t")
        #expect(terminal.waitFor("quiz-enps", after: before))
        usleep(200_000)
        let listing = String(terminal.output.dropFirst(before))
        #expect(!listing.contains("/kemajuan"), "commands offered as a quiz: \(listing)")
        #expect(!listing.contains("rp-quiet-buyer"), "a role-play offered as a quiz: \(listing)")
        terminal.type("\u{15}/keluar\n")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func aResizeBetweenTwoRepliesRewrapsToTheNewWidth() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let terminal = try Self.start(home)
        terminal.type("apa itu eNPS?\n")
        #expect(terminal.waitFor("Satu soalan yang mengukur"))
        let wide = terminal.output.components(separatedBy: "\n").map(\.count).max() ?? 0
        #expect(wide > 60, "the first reply should use the 100 columns")
        terminal.resize(columns: 44)
        usleep(200_000)
        let before = terminal.output.count
        terminal.type("apa itu eNPS?\n")
        #expect(terminal.waitFor("Satu soalan", after: before))
        usleep(300_000)
        let reply = String(terminal.output.dropFirst(before))
            .replacingOccurrences(of: "\r", with: "")
            .split(separator: Character("\n"))
            .filter { !$0.contains("\u{1B}") && !$0.hasPrefix(">") }
        #expect(!reply.isEmpty)
        for line in reply { #expect(line.count <= 44, "line wider than the new width: '\(line)'") }
        terminal.type("/keluar\n")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlCOnAHalfTypedAnswerClearsItAndASecondAsks() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let terminal = try Self.start(home)
        terminal.type("/kuiz enps\n")
        #expect(terminal.waitFor("» "))
        let before = terminal.output.count
        terminal.type("prom")
        #expect(terminal.waitFor("prom", after: before))
        kill(terminal.process.processIdentifier, SIGINT)
        usleep(400_000)
        #expect(!terminal.output.dropFirst(before).contains("Tinggalkan aktiviti ini?"),
                "the first Ctrl-C on a half line should only clear it")
        kill(terminal.process.processIdentifier, SIGINT)
        #expect(terminal.waitFor("Tinggalkan aktiviti ini?", after: before))
        terminal.type("ya\n/keluar\n")
        #expect(terminal.waitForExit() == 0)
    }
}

/// `runding report` on a terminal shows its progress on standard error, and clears it.
@Suite struct ReportProgressTerminalTests {
    @Test func progressShowsOnATerminal() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for learner in ["ana", "ben", "che"] {
            try directory.write("\(learner).jsonl", #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":""# + learner
                + #"","session":"6f1c0b9e-1d2a-4b3c-8d4e-5f6a7b8c9d0e","type":"session_start"}"# + "\n")
        }
        let environment = ["TERM": "xterm", "NO_COLOR": "1", "LANG": "C.UTF-8", "RUNDING_PROGRESS_AFTER": "0",
                           "HOME": directory.path]
        let terminal = try PseudoTerminal(arguments: ["report", "--content", Repository.starterPack, "--lang", "en",
                                                      "--progress-dir", directory.path], environment: environment)
        #expect(terminal.waitFor("Team progress: 3 learners"))
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.output.contains("Reading progress files 3/3"))
        #expect(terminal.output.contains("\r\u{1B}[K"))
        let piped = try BinaryRunner.run(["report", "--content", Repository.starterPack, "--lang", "en",
                                          "--progress-dir", directory.path], environment: ["RUNDING_PROGRESS_AFTER": "0"])
        #expect(!piped.stderr.contains("Reading progress files"))
    }
}
