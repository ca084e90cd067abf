import Foundation
import Testing
import RundingKit

/// The built binary against hostile input and a hostile environment: it must not crash (no
/// signal, no Swift trace), lose progress or hang.
@Suite struct HostileInputTests {
    static func arguments(_ directory: String, learner: String = "keras", content: String = Repository.starterPack)
        -> [String] {
        ["--content", content, "--learner", learner, "--progress-dir", directory, "--seed", "7"]
    }

    /// `runding progress` for the same learner and folder (it takes no `--seed`).
    static func progressArguments(_ directory: String, learner: String = "keras") -> [String] {
        ["progress", "--content", Repository.starterPack, "--learner", learner, "--progress-dir", directory, "--lang", "en"]
    }

    /// No signal death, no Swift runtime trace, no escape sequence when piped.
    static func expectSurvived(_ result: BinaryRunner.Output, status: Int32 = 0,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!result.terminatedBySignal, sourceLocation: sourceLocation)
        #expect(result.status == status, "stderr: \(result.stderr.prefix(400))", sourceLocation: sourceLocation)
        for trace in ["Fatal error", "Backtrace", "swift-backtrace", "Illegal instruction", "Segmentation fault"] {
            #expect(!result.stderr.contains(trace), "stderr: \(result.stderr.prefix(400))", sourceLocation: sourceLocation)
        }
        #expect(!result.stdout.contains("\u{1B}"), sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("\u{1B}"), sourceLocation: sourceLocation)
    }

    /// Every event of a log, requiring that it reads without a warning.
    static func events(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [ProgressEvent] {
        let (events, warnings) = try ProgressLogReader.readAll(path: path)
        #expect(warnings == [], sourceLocation: sourceLocation)
        return events
    }

    static func answers(_ events: [ProgressEvent]) -> Int {
        events.filter { if case .answer = $0.kind { return true } else { return false } }.count
    }

    /// Runs `script` with bash, killing it (and failing) when it takes longer than `seconds`.
    static func bash(_ script: String, seconds: TimeInterval = 60) throws -> (status: Int32, output: String, elapsed: TimeInterval) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["RUNDING"] = BinaryRunner.executable.path
        environment["STARTER"] = Repository.starterPack
        environment["NO_COLOR"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let deadline = started.addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), Date().timeIntervalSince(started))
    }

    // MARK: Standard input

    @Test func randomBytesOnStandardInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandom(seed: 2026)
        var bytes = [UInt8](repeating: 0, count: 256 * 1024)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: random.next()) }
        // In and out of a quiz, so that answers are read too.
        let input = Data("/kuiz\n".utf8) + Data(bytes.prefix(128 * 1024)) + Data("\n/kuiz\n".utf8) + Data(bytes.suffix(128 * 1024))
        let result = try BinaryRunner.run(Self.arguments(directory.path), stdinBytes: input)
        Self.expectSurvived(result)
        #expect(result.stdout.contains("Sesi ini:"))
        let events = try Self.events(directory.path + "/keras.jsonl")
        #expect(events.first?.kind == .sessionStart)
        #expect(events.last?.kind == .sessionEnd)
    }

    @Test func invalidUTF8NULAndControlBytesAreNeverPrintedRaw() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let hostile: [[UInt8]] = [
            [0xC3, 0x28, 0x20, 0xFF, 0xFE, 0x80],                       // invalid UTF-8
            Array("apa itu e".utf8) + [0x00] + Array("NPS?".utf8),        // NUL inside a question
            Array(0x01...0x1F).filter { $0 != 0x0A } + [0x7F],           // every C0 control and DEL
            Array("/glosari ".utf8) + [0xC2, 0x9B] + Array("31m".utf8),  // C1 CSI, UTF-8 encoded
            Array("promoter \u{202E}retomorp".utf8),                     // right-to-left override
            Array("/".utf8) + [0x00, 0x07, 0x08],                        // a command of controls
        ]
        var input = Data("/kuiz\n".utf8)
        for line in hostile { input += Data(line) + Data([0x0A]) }
        input += Data("/berhenti\n".utf8)
        for line in hostile { input += Data(line) + Data([0x0A]) }
        let result = try BinaryRunner.run(Self.arguments(directory.path), stdinBytes: input)
        Self.expectSurvived(result)
        let controls = result.stdout.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F..<0xA0).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        #expect(controls.isEmpty, "control characters in the output: \(controls.map(\.value))")
        let events = try Self.events(directory.path + "/keras.jsonl")
        #expect(events.last?.kind == .sessionEnd)
    }

    @Test(arguments: [
        "apa itu \u{1B}[31meNPS\u{1B}[0m?",
        "\u{1B}]0;pwned\u{07}",
        "\u{1B}[2J\u{1B}[H",
        "/\u{1B}[31mkuiz",
        "/glosari \u{1B}[6n",
        "/kuiz \u{1B}P+q\u{1B}\\",
        "/bahasa \u{1B}[?1049h",
    ])
    func escapeSequencesAreNeverEchoed(line: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try BinaryRunner.run(Self.arguments(directory.path), stdin: line + "\n/kuiz\n" + line + "\n")
        Self.expectSurvived(result)
    }

    @Test func aTwoMegabyteLineIsCutAndTheNextLineAnswered() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let huge = Data(repeating: UInt8(ascii: "a"), count: 2 * 1024 * 1024)
        let started = Date()
        let result = try BinaryRunner.run(Self.arguments(directory.path, content: Repository.root),
                                          stdinBytes: huge + Data("\napa itu eNPS?\n".utf8))
        let elapsed = Date().timeIntervalSince(started)
        Self.expectSurvived(result)
        #expect(elapsed < 30, "took \(elapsed) s")
        #expect(result.stdout.contains("eNPS (skor promoter bersih pekerja)"))
        #expect(try Self.events(directory.path + "/keras.jsonl").last?.kind == .sessionEnd)
    }

    /// 100,000 lines: questions, with a full quiz every 1,000 lines. Every answer is saved (one
    /// fsync each), so the quizzes are kept few; the questions are the load.
    @Test func aHundredThousandLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let questions = ["apa itu eNPS?", "what is active listening", "xyzzy", "terima kasih", "hai", "1:1",
                         "/glosari", "mendengar aktf"]
        var lines: [String] = []
        lines.reserveCapacity(100_000)
        while lines.count < 100_000 {
            if lines.count % 1000 == 0 { lines += ["/kuiz", "promoter", "30"] }
            lines.append(questions[lines.count % questions.count])
        }
        let started = Date()
        let result = try BinaryRunner.run(Self.arguments(directory.path), stdin: lines.prefix(100_000).joined(separator: "\n") + "\n",
                                          timeout: 600)
        let elapsed = Date().timeIntervalSince(started)
        print("100,000 piped lines: \(String(format: "%.1f", elapsed)) s, \(result.stdout.utf8.count) bytes out")
        Self.expectSurvived(result)
        #expect(elapsed < 300, "took \(elapsed) s")
        let events = try Self.events(directory.path + "/keras.jsonl")
        #expect(Self.answers(events) == 200)
        #expect(events.last?.kind == .sessionEnd)
        #expect(result.stdout.contains("Sesi ini: 200 jawapan, 200 betul (100%)."))
    }

    // MARK: Standard output closed early

    /// Endless input and a reader that leaves after one line: the session ends, saved, status 0.
    @Test func standardOutputClosedByHeadWithEndlessInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try Self.bash("""
            yes '/kuiz' | timeout -s KILL 60 "$RUNDING" --content "$STARTER" --learner kepala \
                --progress-dir '\(directory.path)' | head -1
            exit ${PIPESTATUS[1]}
            """)
        #expect(run.status == 0, "output: \(run.output)")
        #expect(run.output.hasPrefix("Selamat datang ke Runding"))
        #expect(run.elapsed < 30)
        let events = try Self.events(directory.path + "/kepala.jsonl")
        #expect(events.first?.kind == .sessionStart)
        #expect(events.last?.kind == .sessionEnd)
    }

    @Test(arguments: [
        ["glossary", "--content", "."],
        ["glossary", "--format", "json", "--content", "."],
        // The starter pack: the understanding lint of the whole pack takes ~25 s in a debug build.
        ["check", "--content", "examples/starter"],
        ["--help"],
        ["progress", "--learner", "kepala", "--content", "."],
        ["report", "--content", "."],
        ["report", "--format", "json", "--content", "."],
        ["export", "xapi", "--homepage", "https://lms.example.com", "--content", "."],
        ["graph", "quiz-enps", "--content", "."],
    ])
    func everyCommandSurvivesAReaderThatIsGone(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        // The reader closes its end at once; the writer starts after it, so every write fails.
        let run = try Self.bash("""
            cd '\(Repository.root)'
            printf '/kuiz\\n1\\n30\\n' | "$RUNDING" --content . --learner kepala --progress-dir '\(directory.path)' > /dev/null
            (sleep 0.3; RUNDING_PROGRESS_DIR='\(directory.path)' exec timeout -s KILL 60 "$RUNDING" \(quoted)) \
                | (exec 0<&-; sleep 1)
            exit ${PIPESTATUS[0]}
            """)
        #expect(run.status == 0, "output: \(run.output)")
        #expect(!run.output.contains("Fatal error"))
    }

    /// Standard input a directory or closed, standard output a full device under endless input:
    /// each session ends at once, saved.
    @Test(arguments: [
        ("dir", #"timeout -s KILL 60 "$RUNDING" $ARGS < / > /dev/null"#),
        ("closed", #"timeout -s KILL 60 "$RUNDING" $ARGS <&- > /dev/null"#),
        ("full", #"yes apa | timeout -s KILL 60 "$RUNDING" $ARGS > /dev/full; exit ${PIPESTATUS[1]}"#),
    ])
    func unusualStandardStreams(learner: String, script: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try Self.bash("ARGS=\"--content $STARTER --learner \(learner) --progress-dir \(directory.path)\"\n" + script)
        #expect(run.status == 0, "output: \(run.output)")
        #expect(run.elapsed < 30)
        #expect(try Self.events(directory.path + "/\(learner).jsonl").map(\.kind.typeName) == ["session_start", "session_end"])
    }

    /// A report or export to a full or closed standard output is a failed write (73), not a trap.
    @Test(arguments: ["> /dev/full", ">&-"], [["report"], ["export", "xapi", "--homepage", "https://lms.example.com"]])
    func reportsToAnUnwritableStandardOutput(redirection: String, command: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try Self.bash("""
            printf '/kuiz\\n1\\n30\\n' | "$RUNDING" --content "$STARTER" --learner penuh --progress-dir '\(directory.path)' > /dev/null
            "$RUNDING" \(command.joined(separator: " ")) --content "$STARTER" --progress-dir '\(directory.path)' --lang en \(redirection)
            echo "status $?"
            """)
        #expect(run.output.hasPrefix("runding: cannot write output file '(standard output)': "), "output: \(run.output)")
        #expect(run.output.hasSuffix("\nstatus 73\n"), "output: \(run.output)")
    }

    @Test func closedStandardErrorIsNotFatal() throws {
        let run = try Self.bash(#""$RUNDING" --content "$STARTER" --learner 'Not Valid' 2>&-; echo "status $?""#)
        #expect(run.output.hasSuffix("status 2\n"), "output: \(run.output)")
    }

    // MARK: The progress directory

    @Test func aProgressDirectoryThatCannotBeWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Root ignores permission bits, so as root a folder of the proc file system stands in.
        let unwritable: String
        if geteuid() == 0 {
            unwritable = "/proc/self/fdinfo"
        } else {
            unwritable = directory.path + "/read-only"
            try FileManager.default.createDirectory(atPath: unwritable, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o500])
        }
        let result = try BinaryRunner.run(Self.arguments(unwritable) + ["--lang", "en"], stdin: "/quiz\npromoters\n30\n")
        Self.expectSurvived(result)
        let text = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.hasPrefix("! Progress is NOT being saved: cannot write '\(unwritable)/keras.jsonl'"))
        #expect(text.components(separatedBy: "Progress is NOT being saved").count == 2)  // said once
        #expect(result.stdout.contains("Right: 50% − 20% = 30."))
    }

    @Test func aChosenProgressDirectoryThatIsMissingIsCreated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path + "/not/there"
        let result = try BinaryRunner.run(Self.arguments(missing) + ["--lang", "en"], stdin: "/quiz\n1\n")
        Self.expectSurvived(result)
        #expect(!result.stdout.contains("NOT be saved"))
        #expect(FileManager.default.fileExists(atPath: missing))
        #expect(try FileManager.default.contentsOfDirectory(atPath: missing).contains { $0.hasSuffix(".jsonl") })
    }

    @Test func theDefaultProgressDirectoryIsCreatedWhenMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try BinaryRunner.run(["--content", Repository.starterPack, "--learner", "baru"],
                                          stdin: "/kuiz\npromoter\n30\n",
                                          environment: ["XDG_DATA_HOME": directory.path + "/data"])
        Self.expectSurvived(result)
        let log = directory.path + "/data/runding/progress/baru.jsonl"
        #expect(Self.answers(try Self.events(log)) == 2)
        let mode = try FileManager.default.attributesOfItem(atPath: directory.path + "/data/runding/progress")[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o700)
    }

    @Test func aProgressFileThatIsADirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path + "/keras.jsonl", withIntermediateDirectories: false)
        let result = try BinaryRunner.run(Self.arguments(directory.path) + ["--lang", "en"], stdin: "/quiz\n1\n")
        Self.expectSurvived(result)
        let text = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Progress history cannot be read (cannot read '\(directory.path)/keras.jsonl': is a directory)"))
        #expect(text.contains("Progress is NOT being saved: cannot write '\(directory.path)/keras.jsonl': is a directory"))
        let progress = try BinaryRunner.run(Self.progressArguments(directory.path))
        Self.expectSurvived(progress, status: 74)
        #expect(progress.stderr == "runding: cannot read '\(directory.path)/keras.jsonl': is a directory\n")
    }

    @Test func aProgressFileThatIsASymbolicLinkIsNeitherReadNorWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let elsewhere = ProgressEvent(at: Date(timeIntervalSince1970: 1_790_000_000), learner: "keras", session: UUID(),
                                      kind: .answer(.init(item: "glossary:enps", correct: true, milliseconds: 900, response: "x")))
        try directory.write("elsewhere.jsonl", elsewhere.jsonLine + "\n")
        #expect(symlink(directory.path + "/elsewhere.jsonl", directory.path + "/keras.jsonl") == 0)
        let result = try BinaryRunner.run(Self.arguments(directory.path) + ["--lang", "en"], stdin: "/quiz\n1\n")
        Self.expectSurvived(result)
        let text = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Progress history cannot be read (cannot read '\(directory.path)/keras.jsonl': is a symbolic link (not followed))"))
        #expect(text.contains("Progress is NOT being saved: cannot write '\(directory.path)/keras.jsonl': is a symbolic link (not followed)"))
        #expect(try Self.events(directory.path + "/elsewhere.jsonl") == [elsewhere])
        let progress = try BinaryRunner.run(Self.progressArguments(directory.path))
        Self.expectSurvived(progress, status: 74)
        #expect(progress.stderr.contains("is a symbolic link (not followed)"))
    }

    // MARK: The content directory

    @Test func aMissingOrEmptyContentDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path + "/empty", withIntermediateDirectories: false)
        for content in [directory.path + "/missing", directory.path + "/empty"] {
            for command in [Self.arguments(directory.path, content: content), ["check", "--content", content],
                            ["glossary", "--content", content],
                            ["progress", "--content", content, "--learner", "keras", "--progress-dir", directory.path]] {
                let result = try BinaryRunner.run(command, stdin: "hai\n")
                Self.expectSurvived(result, status: 66)
                #expect(result.stderr.contains("  - \(content)\n"))
                #expect(result.stdout.isEmpty)
            }
        }
    }

    @Test func emptyContentFoldersStillGiveAWorkingChat() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for folder in ["content/Glossary", "content/Dialogues", "progress"] {
            try FileManager.default.createDirectory(atPath: directory.path + "/" + folder, withIntermediateDirectories: true)
        }
        let script = "hai\n/kuiz\n/lakonan\n/ulangkaji\n/glosari\n/kemajuan\n/petunjuk\napa itu eNPS?\n1\n"
        let result = try BinaryRunner.run(Self.arguments(directory.path + "/progress", content: directory.path + "/content"),
                                          stdin: script)
        Self.expectSurvived(result)
        #expect(result.stdout.contains("Tiada dialog jenis ini dalam kandungan."))
        #expect(try Self.events(directory.path + "/progress/keras.jsonl").last?.kind == .sessionEnd)
        let check = try BinaryRunner.run(["check", "--content", directory.path + "/content", "--lang", "en"])
        Self.expectSurvived(check)
        #expect(check.stdout.hasSuffix("\n0 files, 0 skills, 0 entries, 0 dialogues: 0 errors, 0 warnings\n"))
    }

    @Test func aContentDirectoryFullOfBrokenFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let content = directory.path + "/content"
        var random = SeededRandom(seed: 9)
        let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let files: [(String, [UInt8])] = [
            ("Glossary/noise.yaml", noise),
            ("Glossary/nul.yaml", Array("entries:\n".utf8) + [0, 0]),
            ("Glossary/latin1.yaml", Array("entries:\n  - id: caf".utf8) + [0xE9, 0x0A]),
            ("Glossary/empty.yaml", []),
            ("Glossary/bad-entry.yaml", Array("entries:\n  - id: Not An Id\n    term: [1, 2]\n".utf8)),
            ("Glossary/bomb.yaml", Array("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n".utf8)),
            ("Dialogues/torn.yaml", Array("id: q\nkind: quiz\nnodes: [\n".utf8)),
            ("Dialogues/trap.yaml", Array("id: trap\nkind: quiz\ntitle: {ms: T, en: T}\nskills: []\nstart: a\nnodes:\n  a:\n    say: {ms: A, en: A}\n    choices:\n      - text: {ms: B, en: B}\n        feedback: {ms: B, en: B}\n        goto: nowhere\n".utf8)),
        ]
        for (path, bytes) in files {
            let full = content + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
        try FileManager.default.createDirectory(atPath: content + "/Dialogues/folder.yaml", withIntermediateDirectories: false)
        #expect(symlink(content + "/nowhere.yaml", content + "/Dialogues/dangling.yaml") == 0)
        #expect(symlink("/dev/zero", content + "/Dialogues/zero.yaml") == 0)
        #expect(mkfifo(content + "/Dialogues/fifo.yaml", 0o600) == 0)  // nobody ever writes to it

        let started = Date()
        let chat = try BinaryRunner.run(Self.arguments(directory.path, content: content) + ["--lang", "en"],
                                        stdin: "hai\n/quiz\n1\n1\n/glossary\nwhat is eNPS?\n", timeout: 60)
        Self.expectSurvived(chat)
        #expect(chat.stdout.hasPrefix("! The content has "))
        #expect(try Self.events(directory.path + "/keras.jsonl").last?.kind == .sessionEnd)
        let check = try BinaryRunner.run(["check", "--content", content, "--lang", "en", "--format", "json"], timeout: 60)
        Self.expectSurvived(check, status: 1)
        #expect(Date().timeIntervalSince(started) < 50)
        for file in ["noise", "nul", "latin1", "empty", "bad-entry", "bomb"] {
            #expect(check.stdout.contains("\"path\":\"\(content)/Glossary/\(file).yaml\""), "no diagnostic for \(file)")
        }
        for file in ["torn", "trap", "zero", "fifo"] {
            #expect(check.stdout.contains("\"path\":\"\(content)/Dialogues/\(file).yaml\""), "no diagnostic for \(file)")
        }
    }

    // MARK: Signals

    /// SIGQUIT (Ctrl-\\) too: issue 16, item 11, it printed "Program crashed" and a backtrace.
    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func aSignalDuringAQuizEndsTheSessionCleanly(signal: Int32) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let process = try PipedProcess(arguments: Self.arguments(directory.path, learner: "isyarat"))
        process.send("/kuiz")
        process.send("promoter")
        #expect(process.waitFor("✔ Betul, skor 9–10 ialah promoter."))
        #expect(process.waitFor("(Taip jawapan anda.)"))
        kill(process.process.processIdentifier, signal)
        let status = process.waitForExit()
        #expect(status == 0)
        #expect(process.process.terminationReason == .exit)
        #expect(process.text.contains("Sesi ini: 1 jawapan, 1 betul (100%)."))
        #expect(!process.text.contains("Fatal error"))
        #expect(!process.text.contains("crashed") && !process.text.contains("Backtrace"))
        let events = try Self.events(directory.path + "/isyarat.jsonl")
        #expect(events.map(\.kind.typeName) == ["session_start", "answer", "session_end"])
    }
}
