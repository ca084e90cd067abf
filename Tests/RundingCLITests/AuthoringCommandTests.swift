import Foundation
import Testing

/// `runding play`, `runding graph`, `runding check --coverage` and `--missing`, through the binary.
@Suite struct AuthoringCommandTests {
    static let starter = ["--content", Repository.starterPack]

    @Test func playReachingAnEndingExitsZeroAndWritesNoProgress() throws {
        let progress = try TemporaryDirectory()
        defer { progress.remove() }
        let result = try BinaryRunner.run(["play", "quiz-enps", "--lang", "en"] + Self.starter, stdin: "2\n1\n30\n",
                                          environment: ["RUNDING_PROGRESS_DIR": progress.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasSuffix("""
            [done] End of the quiz.
            Ending: passed ✔ — You can compute an eNPS.
            Path: q1 -2-> q1-remedy -1-> q2 -1-> done (3 choices, score 67%)

            """))
        #expect(try FileManager.default.contentsOfDirectory(atPath: progress.path) == [])
    }

    @Test func playWhoseInputEndsEarlyExitsOne() throws {
        let result = try BinaryRunner.run(["play", "quiz-enps", "--lang", "en"] + Self.starter, stdin: "1\n")
        #expect(result.status == 1)
        #expect(result.stderr == "runding: input ended before an ending. Path: q1 -1-> q2 (1 choice, score 100%)\n")
    }

    @Test(arguments: [
        (["play", "quiz-enp"], "runding: dialog 'quiz-enp' tidak wujud — maksud anda 'quiz-enps'?\n"),
        (["play", "enps", "--lang", "en"], "runding: unknown dialogue 'enps' — did you mean 'quiz-enps'?\n"),
        (["play", "quiz-enps", "--from", "q3", "--lang", "en"], "runding: unknown node 'q3' in 'quiz-enps' — did you mean 'q1'?\n"),
        (["play", "nothing-like-it", "--lang", "en"], "runding: unknown dialogue 'nothing-like-it'. Dialogues: quiz-enps, rp-quiet-buyer\n"),
        (["graph", "rp-quiet", "--lang", "en"], "runding: unknown dialogue 'rp-quiet' — did you mean 'rp-quiet-buyer'?\n"),
    ])
    func unknownDialogueOrNodeExitsTwoWithASuggestion(_ arguments: [String], _ message: String) throws {
        let result = try BinaryRunner.run(arguments + Self.starter)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test func autoPlayIsRepeatableForASeedAndPrintsThePath() throws {
        let first = try BinaryRunner.run(["play", "rp-quiet-buyer", "--auto", "--seed", "11"] + Self.starter)
        let second = try BinaryRunner.run(["play", "rp-quiet-buyer", "--auto", "--seed", "11"] + Self.starter)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("--seed 11\nrp-quiet-buyer — Pembeli yang pendiam (lakonan peranan)\n"))
        #expect(first.stdout.contains("\nLaluan: open -"))
        let unseeded = try BinaryRunner.run(["play", "quiz-enps", "--auto"] + Self.starter)
        #expect(unseeded.status == 0)
        #expect(unseeded.stdout.range(of: #"^--seed \d+\n"#, options: .regularExpression) != nil)
    }

    @Test func autoPlaysEveryShippedDialogueToAnEnding() throws {
        let ids = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Dialogues")
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(ids.count >= 18)
        for id in ids {
            let result = try BinaryRunner.run(["play", id, "--auto", "--seed", "5"])
            #expect(result.status == 0, "\(id): \(result.stderr)")
        }
    }

    static let dotAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    /// Graphviz must render every shipped dialogue as it is (`apt-get install graphviz`).
    @Test(.enabled(if: dotAvailable, "needs Graphviz: apt-get install graphviz"))
    func graphvizRendersEveryShippedDialogue() throws {
        let ids = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Dialogues")
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        for id in ids + ["quiz-enps"] {
            let graph = try BinaryRunner.run(["graph", id, "--format", "dot"])
            #expect(graph.status == 0)
            let svg = try Self.dot(graph.stdout)
            #expect(svg.status == 0, "\(id): \(svg.stderr)")
            #expect(svg.stderr == "", "\(id)")
            #expect(svg.stdout.contains("</svg>"), "\(id)")
        }
    }

    static func dot(_ input: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("in.dot", input)
        process.standardInput = FileHandle(forReadingAtPath: directory.path + "/in.dot")
        _ = FileManager.default.createFile(atPath: directory.path + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: directory.path + "/err", contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: directory.path + "/out")
        process.standardError = FileHandle(forWritingAtPath: directory.path + "/err")
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus,
                try String(contentsOfFile: directory.path + "/out", encoding: .utf8),
                try String(contentsOfFile: directory.path + "/err", encoding: .utf8))
    }

    @Test func graphMermaidStartsAFlowchart() throws {
        let result = try BinaryRunner.run(["graph", "quiz-enps", "--format", "mermaid", "--lang", "en"] + Self.starter)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("flowchart TD\n  %% quiz-enps\n  start_((\" \")) --> n1\n  n1[\"q1<br/>What are employees who score 9 …\"]:::entry\n"))
    }

    @Test func checkCoverageReportsEachDialogue() throws {
        let result = try BinaryRunner.run(["check", "--coverage", "--lang", "en"] + Self.starter)
        #expect(result.status == 0)
        #expect(result.stdout == """
            quiz-enps (quiz)
              nodes: 5/5 reached; choices: 6/6 can be taken
              endings: passed ✔ 'done' (2 choices), review ✘ 'review' (2 choices)
              paths to an ending: 6; shortest 2 choices; longest 3 choices
            rp-quiet-buyer (role-play)
              nodes: 5/5 reached; choices: 7/7 can be taken
              endings: deal ✔ 'deal' (2 choices), no-deal ✘ 'no-deal' (2 choices)
              paths to an ending: 7; shortest 2 choices; longest 3 choices

            Every text has its English version (5 files).
            5 files, 2 skills, 3 entries, 2 dialogues: 0 errors, 0 warnings

            """)
        let json = try BinaryRunner.run(["check", "--coverage", "--format", "json"] + Self.starter)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["coverage"] as? [[String: Any]])?.map { $0["id"] as? String } == ["quiz-enps", "rp-quiet-buyer"])
    }

    @Test func checkCoverageErrorsExitOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("Glossary/skills.yaml", "skills:\n  - id: empathy\n    name: {ms: E, en: E}\n    description: {ms: D, en: D}\n")
        try directory.write("Dialogues/d.yaml", """
            id: demo
            kind: quiz
            title: {ms: Demo, en: Demo}
            skills: [empathy]
            start: q1
            nodes:
              q1:
                ask: type
                say: {ms: S, en: Q}
                choices:
                  - text: {ms: Harga, en: Price}
                    patterns: {ms: [harga], en: [price]}
                    samples: [harga, turunkan harga]
                    feedback: {ms: ok, en: ok}
                    goto: end
                  - text: {ms: Harga, en: Price}
                    patterns: {ms: [harga], en: [price]}
                    samples: [harga]
                    feedback: {ms: ok, en: ok}
                    goto: end
                  - fallback: true
                    feedback: {ms: ok, en: ok}
                    goto: end
              end:
                say: {ms: Tamat, en: The end}
                outcome: passed
                summary: {ms: Bagus, en: Good}

            """)
        let result = try BinaryRunner.run(["check", "--coverage", "--content", directory.path], directory: directory.path)
        #expect(result.status == 1)
        // Before it, the understanding lint reports the examples the fallback takes (D008).
        #expect(result.stdout.contains("""
            Dialogues/d.yaml:16:9: error[C001]: pilihan 2 nod 'q1' tidak mungkin diambil: contoh dan teksnya, semuanya diambil oleh pilihan 3
                  - text: {ms: Harga, en: Price}
                    ^
            """))
        #expect(result.stdout.contains("  tidak mungkin diambil: q1#2 (dibayangi oleh 3)\n"))
    }

    @Test func checkMissingListsTextsAndCountsPerFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("Glossary/topics.yaml", "topics:\n  - id: basics\n    name: {ms: Asas}\n  - id: closing\n    name: {ms: Penutup, en: Closing}\n")
        try directory.write("Dialogues/.keep", "")
        let missing = try BinaryRunner.run(["check", "--missing", "en", "--content", directory.path], directory: directory.path)
        #expect(missing.status == 1)
        #expect(missing.stdout == """
            Glossary/topics.yaml:3:11: topic 'basics' name

            Teks tanpa bahasa Inggeris ('en') mengikut fail:
              Glossary/topics.yaml  1
            1 teks tanpa bahasa Inggeris, dalam 1 daripada 1 fail.

            """)
        let malay = try BinaryRunner.run(["check", "--missing", "ms", "--lang", "en", "--content", directory.path],
                                         directory: directory.path)
        #expect(malay.status == 0)
        #expect(malay.stdout == "Every text has its Malay version (1 files).\n")
        // --lang still chooses the language of messages in a plain check.
        let plain = try BinaryRunner.run(["check", "--lang", "en", "--content", directory.path], directory: directory.path)
        #expect(plain.stdout.hasPrefix("Glossary/topics.yaml:3:11: error[F011]: topic 'basics' name has no English text ('en')"))
    }

    @Test(arguments: [["--missing", "fr"], ["--missing", "en", "--coverage"]])
    func invalidCheckOptionsAreUsageErrors(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(["check"] + arguments + Self.starter)
        #expect(result.status == 64)
        #expect(result.stdout == "")
    }

    @Test func checkUnderstandingPrintsEachNodesLeaveOneOutAccuracy() throws {
        let text = try BinaryRunner.run(["check", "--understanding", "--lang", "en"] + Self.starter)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Leave-one-out accuracy: each example understood by a model built without it.\n  quiz-enps"))
        #expect(text.stdout.contains("\n  all dialogues"))
        let json = try BinaryRunner.run(["check", "--understanding", "--format", "json"] + Self.starter)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let understanding = try #require(object["understanding"] as? [String: Any])
        #expect((understanding["dialogues"] as? [[String: Any]])?.map { $0["id"] as? String } == ["quiz-enps", "rp-quiet-buyer"])
        #expect(understanding["examples"] as? Int ?? 0 > 0)
        let both = try BinaryRunner.run(["check", "--understanding", "--missing", "en"] + Self.starter)
        #expect(both.status == 64)
    }
}
