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
