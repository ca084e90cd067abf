import Testing
@testable import RundingKit

@Suite struct DialoguePlayerTests {
    static let pack = ContentLoader(displayBase: Repository.starterPack).load(root: Repository.starterPack).pack
    var quiz: Dialogue { Self.pack.dialogue("quiz-enps")! }

    @Test func showsNodeIdsTargetsEvidenceAndSamples() throws {
        let player = try #require(DialoguePlayer(quiz, language: .en))
        #expect(player.opening() == """
            quiz-enps — eNPS quiz (quiz)
            Two questions on eNPS.

            [q1] What are employees who score 9 or 10 called?
              1. Promoters → q2 · employee-feedback ✔ · 3 examples
              2. Passives → q1-remedy · employee-feedback ✘
            """)
    }

    @Test func answersByNumberWordsTyposAndHash() throws {
        var player = try #require(DialoguePlayer(quiz, language: .en))
        #expect(player.answer("2") == """
            → choice 2
              ✘ Not quite, passives score 7–8.
              Evidence: employee-feedback ✘

            [q1-remedy] (remediation) Promoters 9–10, passives 7–8, detractors 0–6. Which group does a 10 go into?
              1. Promoters → q2 · employee-feedback ✔
              2. Detractors → q2 · employee-feedback ✘
            """)
        #expect(player.answer("7") == "No choice is close; the learner would be asked again. Type a number 1–2 or another answer.")
        #expect(player.answer("promotrs").hasPrefix("→ choice 1 (words, score "))
        #expect(player.run.node.id == "q2")
        #expect(player.answer("#3") == "Use #1–#2.")
        let ending = player.answer("#1")
        #expect(ending.hasSuffix("""
            [done] End of the quiz.
            Ending: passed ✔ — You can compute an eNPS.
            Path: q1 -2-> q1-remedy -1-> q2 -1-> done (3 choices, score 67%)
            """))
        #expect(player.isFinished)
        #expect(player.answer("1") == "")
    }

    @Test func startsAtAnotherNodeOrNotAtAll() throws {
        let player = try #require(DialoguePlayer(quiz, from: "q2", language: .ms))
        #expect(player.current().hasPrefix("[q2] (taip) 10 orang:"))
        #expect(!player.opening().contains("Dua soalan tentang eNPS."))
        #expect(DialoguePlayer(quiz, from: "q3", language: .ms) == nil)
    }

    @Test(arguments: [UInt64(1), 2, 3, 42, 1234])
    func autoPlayReachesAnEndingTheSameWayForASeed(_ seed: UInt64) throws {
        for dialogue in Self.pack.dialogues {
            var first = try #require(DialoguePlayer(dialogue, language: .ms))
            var second = first
            var random = SeededRandom(seed: seed)
            var again = SeededRandom(seed: seed)
            let (text, finished) = first.playAutomatically(using: &random)
            #expect(finished)
            #expect(text.contains("Laluan: \(dialogue.start) -"))
            #expect(second.playAutomatically(using: &again).text == text)
        }
    }

    @Test func autoPlayTypesSamplesAsWellAsNumbers() throws {
        var typed = 0
        var numbers = 0
        for seed in UInt64(0)..<40 {
            var player = try #require(DialoguePlayer(quiz, language: .en))
            var random = SeededRandom(seed: seed)
            let (text, _) = player.playAutomatically(using: &random)
            for line in text.split(separator: "\n") where line.hasPrefix("» ") {
                if Int(line.dropFirst(2)) != nil { numbers += 1 } else { typed += 1 }
            }
        }
        #expect(typed > 10)
        #expect(numbers > 10)
    }

    @Test func autoPlayGivesUpInALoopWithoutEnding() throws {
        let node = DialogueNode(id: "loop", say: LocalizedText(ms: "Lagi", en: "Again"), choices: [
            Choice(text: LocalizedText(ms: "Ya", en: "Yes"), feedback: LocalizedText(ms: "ok", en: "ok"),
                   goto: "loop", location: SourceLocation(path: "d.yaml")),
        ], location: SourceLocation(path: "d.yaml"))
        let dialogue = Dialogue(id: "trap", kind: .quiz, title: LocalizedText(ms: "T", en: "T"), skills: [],
                                start: "loop", nodes: [node], location: SourceLocation(path: "d.yaml"))
        var player = try #require(DialoguePlayer(dialogue, language: .en))
        var random = SeededRandom(seed: 1)
        let (text, finished) = player.playAutomatically(using: &random, maximumChoices: 5)
        #expect(!finished)
        #expect(text.hasSuffix("Stopped after 5 choices without reaching an ending.\nPath: loop -1-> loop -1-> loop -1-> loop -1-> loop -1-> loop (5 choices, score 100%)\n"))
    }
}
