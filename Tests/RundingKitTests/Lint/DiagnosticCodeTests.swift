import Foundation
import Testing
@testable import RundingKit

/// One case per diagnostic code: the files, and the exact first line(s) expected.
@Suite struct DiagnosticCodeTests {
    static let dialogueHead = """
        id: demo
        kind: quiz
        title: {ms: Demo, en: Demo}
        skills: [empathy]
        start: q1
        nodes:

        """

    static let endNode = """
          end:
            say: {ms: Tamat, en: The end}
            outcome: passed
            summary: {ms: Bagus, en: Good}

        """

    static func choice(_ text: String, goto: String = "end", extra: String = "") -> String {
        """
              - text: {ms: \(text), en: \(text)}
                feedback: {ms: ok, en: ok}
                evidence: {empathy: true}
                goto: \(goto)
        \(extra)
        """
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let files: [String: [UInt8]]
        let expected: [String]
        /// Symbolic links to make (path → target) and folders to create, inside the content.
        var links: [String: String] = [:]
        var folders: [String] = []
        var testDescription: String { code }

        init(_ code: String, _ files: [String: String], _ expected: [String],
             links: [String: String] = [:], folders: [String] = []) {
            self.code = code
            self.files = files.mapValues { Array($0.utf8) }
            self.expected = expected
            self.links = links
            self.folders = folders
        }

        init(_ code: String, bytes: [String: [UInt8]], _ expected: [String]) {
            self.code = code
            self.files = bytes
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("F001", bytes: ["Glossary/a.yaml": Array("topics:\n  - id: \u{E9}".utf8) + [0xFF, 0x0A]],
             ["Glossary/a.yaml:2:10: error[F001]: file is not valid UTF-8 (byte 0xFF)"]),
        Case("F002", bytes: ["Glossary/a.yaml": [0x61, 0x0A, 0x62, 0x00]],
             ["Glossary/a.yaml:2:2: error[F002]: binary file (holds NUL bytes), not YAML text"]),
        Case("F003", ["Glossary/a.yaml": String(repeating: "# padding\n", count: 110_000)],
             ["Glossary/a.yaml:1:1: error[F003]: file is too large (1100000 bytes; the limit is 1048576)"]),
        Case("F004", ["Glossary/a.yaml": "# only a comment\n"],
             ["Glossary/a.yaml:1:1: error[F004]: file is empty"]),
        Case("F005", ["Glossary/a.yaml": "topics:\n  - id: [unclosed\n"],
             ["Glossary/a.yaml:3:1: error[F005]: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"]),
        Case("F006", ["Glossary/a.yaml": "topics:\n  - id: basics\n    name: [Asas, Basics]\n"],
             ["Glossary/a.yaml:3:11: error[F006]: topic 'basics' name should be a mapping (key: value), not a list"]),
        Case("F007", ["Glossary/a.yaml": "topics:\n  - id: basics\n"],
             ["Glossary/a.yaml:2:5: error[F007]: topic is missing the required key 'name'"]),
        Case("F008", ["Glossary/a.yaml": topicsYAML.replacingOccurrences(of: "    name:", with: "    nmae: x\n    name:")],
             ["Glossary/a.yaml:3:5: warning[F008]: unknown key 'nmae' in topic — did you mean 'name'?"]),
        Case("F009", ["Glossary/a.yaml": "glossary:\n  - id: x\n"],
             ["Glossary/a.yaml:1:1: error[F009]: unknown kind of file: expected 'skills:', 'topics:', 'entries:', 'shortforms:', 'synonyms:' or 'kind:'"]),
        Case("F010", ["Glossary/a.yaml": "topics:\n  - id: Basics_1\n    name: {ms: A, en: B}\n"],
             ["Glossary/a.yaml:2:9: error[F010]: invalid id 'Basics_1': use lower-case letters, digits and '-'"]),
        Case("F011", ["Glossary/a.yaml": "topics:\n  - id: basics\n    name: {ms: Asas}\n"],
             ["Glossary/a.yaml:3:11: error[F011]: topic 'basics' name has no English text ('en')"]),
        Case("F013", ["Glossary/s.yaml": skillsYAML], [
            "Dialogues/gone.yaml:1:1: warning[F013]: dangling symbolic link (its target does not exist); skipped",
            "Glossary/loop.yaml:1:1: warning[F013]: symbolic link loop; skipped",
            "Glossary/self:1:1: warning[F013]: symbolic link to a folder that contains it (a loop); skipped",
            "Glossary/x.yaml:1:1: warning[F013]: a folder, not a YAML file; the .yaml files inside it are read",
        ], links: ["Glossary/loop.yaml": "loop.yaml", "Dialogues/gone.yaml": "missing.yaml", "Glossary/self": "."],
           folders: ["Glossary/x.yaml"]),
        Case("F012", ["Glossary/a.yaml": skillsYAML + "    bkt: {l0: 1.5}\n"],
             ["Glossary/a.yaml:5:15: error[F012]: bkt.l0 must lie strictly between 0 and 1, not 1.5"]),
        Case("R001", ["Glossary/a.yaml": skillsYAML, "Glossary/b.yaml": skillsYAML],
             ["Glossary/b.yaml:2:9: error[R001]: duplicate skill id 'empathy' (first at Glossary/a.yaml:2:9)"]),
        Case("R002", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead.replacingOccurrences(of: "[empathy]", with: "[empaty]")
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:4:10: error[R002]: unknown skill 'empaty' — did you mean 'empathy'?"]),
        Case("R003", ["Glossary/s.yaml": skillsYAML, "Glossary/t.yaml": topicsYAML, "Glossary/e.yaml": """
            entries:
              - id: rapport
                topic: basics
                term: {ms: Hubungan, en: Rapport}
                aliases: {ms: [], en: []}
                definition: {ms: D, en: D}
                points: {ms: [a, b], en: [a, b]}
                skills: [empathy]
                related: [raport]

            """],
             ["Glossary/e.yaml:9:15: error[R003]: unknown entry 'raport' — did you mean 'rapport'?"]),
        Case("R004", ["Glossary/s.yaml": skillsYAML, "Glossary/t.yaml": topicsYAML,
                      "Dialogues/d.yaml": dialogueHead.replacingOccurrences(of: "start: q1", with: "topic: basic\nstart: q1")
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:5:8: error[R004]: unknown topic 'basic' — did you mean 'basics'?"]),
        Case("D001", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead.replacingOccurrences(of: "start: q1", with: "start: q0")
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:5:8: error[D001]: 'start' names an unknown node 'q0' — did you mean 'q1'?"]),
        Case("D002", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n" + endNode],
             ["Dialogues/d.yaml:5:8: error[D005]: dialogue 'demo' has no ending reachable from 'q1'",
              "Dialogues/d.yaml:7:3: error[D002]: node 'q1' is neither an ending nor has choices",
              "Dialogues/d.yaml:9:3: warning[D004]: node 'end' cannot be reached from 'q1'"]),
        Case("D003", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya") + choice("Tidak", goto: "calm2") + endNode],
             ["Dialogues/d.yaml:17:15: error[D003]: choice goes to unknown node 'calm2'"]),
        Case("D004", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya")
                        + "  orphan:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:14:3: warning[D004]: node 'orphan' cannot be reached from 'q1'"]),
        Case("D005", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", goto: "q1")],
             ["Dialogues/d.yaml:5:8: error[D005]: dialogue 'demo' has no ending reachable from 'q1'"]),
        Case("D006", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya") + choice("Tidak", goto: "loop")
                        + "  loop:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Lagi", goto: "loop") + endNode],
             ["Dialogues/d.yaml:18:3: error[D006]: no ending can be reached from node 'loop' (a trap)"]),
        // Two choices with the same example: it cannot be told apart, so it is only ever confirmed.
        Case("D007", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        examples: {ms: [harga murah], en: [low price]}\n")
                        + choice("Tidak", extra: "        examples: {ms: [harga murah], en: [cheap]}\n")
                        + endNode],
             ["Dialogues/d.yaml:10:9: error[D007]: example 'harga murah' is not understood as its own choice (1, node 'q1')",
              "Dialogues/d.yaml:10:9: warning[U003]: choices 1 and 2 of node 'q1' are confusable: example 'harga murah' is taken as choice 2 when tested without it",
              "Dialogues/d.yaml:15:9: error[D007]: example 'harga murah' is not understood as its own choice (2, node 'q1')"]),
        // An example that is another choice's pattern word for word: the exact rule takes it there.
        Case("D008", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        patterns: {ms: [\"turunkan harga\"], en: [lower the price]}\n")
                        + choice("Tidak", extra: "        examples: {ms: [turunkan harga], en: [keep the price]}\n")
                        + endNode],
             ["Dialogues/d.yaml:15:9: error[D008]: example 'turunkan harga' of choice 2 of node 'q1' is taken as choice 1",
              "Dialogues/d.yaml:15:9: warning[U003]: choices 2 and 1 of node 'q1' are confusable: example 'turunkan harga' is taken as choice 1 when tested without it"]),
        Case("D009", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        patterns: {ms: [\"(dengar|mendengar aktif\"], en: []}\n        samples: [ya]\n")
                        + endNode],
             ["Dialogues/d.yaml:10:9: error[D009]: invalid pattern '(dengar|mendengar aktif': unbalanced bracket: ')'"]),
        Case("D010", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    ask: type\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        patterns: {ms: [ya], en: [yes]}\n        samples: [ya]\n")
                        + endNode],
             ["Dialogues/d.yaml:7:3: error[D010]: typed node 'q1' needs exactly one 'fallback' choice, not 0"]),
        Case("D011", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        id: same\n") + choice("Tidak", extra: "        id: same\n")
                        + endNode],
             ["Dialogues/d.yaml:15:9: error[D011]: two choices of node 'q1' share the id 'same'"]),
        Case("F012", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead.replacingOccurrences(of: "start: q1", with: "start: q1\npass_mark: 1.5")
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:6:12: error[F012]: pass_mark must be more than 0 and at most 1, not 1.5"]),
        // The lexicon (Glossary/shortforms.yaml, Glossary/synonyms.yaml) and confusable choices.
        Case("U001", ["Glossary/s.yaml": skillsYAML, "Glossary/short.yaml": "shortforms:\n  dua kata: dua\n  yg: yang\n"],
             ["Glossary/short.yaml:2:3: error[U001]: short form 'dua kata' must be a single word"]),
        Case("U002", ["Glossary/s.yaml": skillsYAML, "Glossary/syn.yaml": "synonyms:\n  - [harga, price]\n  - [murah]\n"],
             ["Glossary/syn.yaml:3:5: error[U002]: a synonym group needs at least two members"]),
        // Without its example "turunkan harga", choice 1 has only "turunkan sedikit", and choice 2's
        // "harga turunkan kemudian" is closer: the two are easily confused.
        Case("U003", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        examples: {ms: [turunkan harga, turunkan sedikit], en: [lower the price]}\n")
                        + choice("Tidak", extra: "        examples: {ms: [harga turunkan kemudian, kekal], en: [keep it]}\n")
                        + endNode],
             ["Dialogues/d.yaml:10:9: warning[U003]: choices 1 and 2 of node 'q1' are confusable: example 'turunkan harga' is taken as choice 2 when tested without it"]),
        // `runding check --understanding`: both choices have the same examples, so none can be told apart.
        Case("U004", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Ya", extra: "        examples: {ms: [harga murah, potong harga], en: [low price]}\n")
                        + choice("Tidak", extra: "        examples: {ms: [harga murah, potong harga], en: [low price]}\n")
                        + endNode],
             ["Dialogues/d.yaml:7:3: warning[U004]: node 'q1' understands 25% of its examples when each is tested without it (2/8); the target is 90%"]),
        // Guessable answers (warnings).
        Case("A001", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + scored("Pilihan yang betul", right: true, goto: "q2") + scored("Pilihan salah", right: false, goto: "q2")
                        + "  q2:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + scored("Pilihan salah", right: false) + scored("Pilihan yang betul", right: true) + endNode],
             ["Dialogues/d.yaml:5:8: warning[A001]: the right option is the longest text in 2 of 2 nodes (ms: q1, q2); a learner can guess by picking the longest"]),
        Case("A002", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + scored("Tidak", right: false, goto: "q2") + scored("Dengar dahulu, kemudian tanya soalan terbuka", right: true, goto: "q2")
                        + scored("Diam", right: false, goto: "q2")
                        + "  q2:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + scored("Ya", right: true) + scored("Tidak pasti lagi", right: false) + endNode],
             ["Dialogues/d.yaml:14:9: warning[A002]: right option 2 of node 'q1' (ms) is 9.8× the median length of the others (44 against 4 characters); it stands out"]),
        Case("A003", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead
                        + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                        + scored("Ya", right: true) + scored("Tidak", right: false, goto: "fix")
                        + "  fix:\n    remediation: true\n"
                        + "    say: {ms: Pembeli yang marah perlu didengar dahulu. Apa langkah pertama?, en: An angry buyer needs to be heard first. What comes first?}\n"
                        + "    choices:\n"
                        + scored("Dengar pembeli yang marah dahulu", en: "Hear the angry buyer first", right: true)
                        + scored("Terangkan polisi syarikat dengan tegas sekali", en: "State the company policy very firmly", right: false)
                        + endNode],
             ["Dialogues/d.yaml:22:9: warning[A003]: remediation node 'fix' (ms): 100% of the words of right option 1 are in the text shown just before it; a learner can copy the answer without understanding the principle. Ask about a new case"]),
        // Coverage (`runding check --coverage`).
        // Choice 2 says just what choice 1 says: a typed node sends all its answers to the fallback.
        Case("C001", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    ask: type\n    say: {ms: S, en: Q}\n    choices:\n"
                        + choice("Harga", extra: "        patterns: {ms: [harga], en: [price]}\n        samples: [turunkan harga]\n")
                        + choice("Harga", extra: "        patterns: {ms: [harga], en: [price]}\n        samples: [harga]\n")
                        + "      - fallback: true\n        feedback: {ms: ok, en: ok}\n        goto: end\n"
                        + endNode],
             ["Dialogues/d.yaml:17:9: error[C001]: choice 2 of node 'q1' can never be taken: of its samples and text, all are taken by choice 3"]),
        Case("C002", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya")
                        + "  orphan:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya") + endNode],
             ["Dialogues/d.yaml:14:3: warning[D004]: node 'orphan' cannot be reached from 'q1'",
              "Dialogues/d.yaml:17:9: warning[C002]: choice 1 of node 'orphan' can never be taken: the node is never reached"]),
        Case("C003", ["Glossary/s.yaml": skillsYAML,
                      "Dialogues/d.yaml": dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n" + choice("Ya")
                        + endNode + endNode.replacingOccurrences(of: "  end:", with: "  end2:")],
             ["Dialogues/d.yaml:18:3: warning[C003]: ending 'end2' (passed) can never be reached",
              "Dialogues/d.yaml:18:3: warning[D004]: node 'end2' cannot be reached from 'q1'"]),
        Case("C004", ["Glossary/s.yaml": skillsYAML, "Dialogues/d.yaml": denseDialogue(nodes: 9)],
             ["Dialogues/d.yaml:5:8: warning[C004]: path search of 'demo' stopped after 200000 steps: the longest path and the path count are lower bounds"]),
    ]

    /// A dialogue whose nodes all lead to each other and to the end: too many simple paths to list.
    /// A choice that is right or wrong about empathy.
    static func scored(_ text: String, en: String? = nil, right: Bool, goto: String = "end") -> String {
        """
              - text: {ms: "\(text)", en: "\(en ?? text)"}
                feedback: {ms: ok, en: ok}
                evidence: {empathy: \(right)}
                goto: \(goto)

        """
    }

    static func denseDialogue(nodes count: Int) -> String {
        let ids = (1...count).map { "q\($0)" }
        var text = dialogueHead
        for id in ids {
            text += "  \(id):\n    say: {ms: S, en: Q}\n    choices:\n"
            for target in ids where target != id { text += choice("Ke \(target)", goto: target) }
            text += choice("Tamat")
        }
        return text + endNode
    }

    @Test(arguments: cases)
    func diagnosticIsReportedExactly(_ testCase: Case) throws {
        let content = try TemporaryContent(bytes: testCase.files)
        defer { content.remove() }
        for (path, target) in testCase.links { symlink(target, content.root + "/" + path) }
        for folder in testCase.folders {
            try FileManager.default.createDirectory(atPath: content.root + "/" + folder, withIntermediateDirectories: true)
        }
        if testCase.code == "U004" {
            #expect(content.check(understandingReport: true).filter { $0.contains("[U004]") } == testCase.expected)
            return
        }
        #expect(content.check(coverage: testCase.code.hasPrefix("C"), understanding: ["D007", "D008", "U003"].contains(testCase.code))
                == testCase.expected)
    }

    @Test func coverageCodesNeedTheCoverageOption() throws {
        for testCase in Self.cases where testCase.code.hasPrefix("C") {
            let content = try TemporaryContent(bytes: testCase.files)
            defer { content.remove() }
            #expect(!content.check().contains { $0.contains("[C0") }, "\(testCase.code)")
        }
    }

    @Test func everyDocumentedCodeHasACase() throws {
        let guide = try String(contentsOfFile: Repository.root + "/docs/authoring.md", encoding: .utf8)
        let documented = guide.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), line.count > 6 else { return nil }
            let code = line.dropFirst(2).prefix(4)
            return code.first.map({ "FRDCAU".contains($0) }) == true && code.dropFirst().allSatisfy(\.isNumber)
                ? String(code) : nil
        }
        #expect(documented.count >= 30)
        #expect(Set(documented) == Set(Self.cases.map(\.code)))
    }

    @Test func malayMessagesAndCaret() throws {
        let content = try TemporaryContent(["Glossary/s.yaml": skillsYAML,
            "Dialogues/d.yaml": Self.dialogueHead + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                + Self.choice("Ya") + Self.choice("Tidak", goto: "calm2") + Self.endNode])
        defer { content.remove() }
        let check = ContentCheck(root: content.root, loader: ContentLoader(displayBase: content.root))
        let rendered = check.diagnostics.map { DiagnosticRenderer(language: .ms).render($0) }
        #expect(rendered == ["""
            Dialogues/d.yaml:17:15: error[D003]: pilihan menuju ke nod yang tidak wujud 'calm2'
                    goto: calm2
                          ^
            """])
    }
}
