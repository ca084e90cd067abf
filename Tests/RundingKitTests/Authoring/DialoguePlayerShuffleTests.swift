import Testing
@testable import RundingKit

/// `runding play --shuffle`: the learner's view of each node, in the chat's seeded order.
@Suite struct DialoguePlayerShuffleTests {
    static let location = SourceLocation(path: "d.yaml")

    /// One question with four options (the last pinned), then an ending.
    static let quiz: Dialogue = {
        func choice(_ text: String, right: Bool, fixed: Bool = false) -> Choice {
            Choice(isFixed: fixed, text: LocalizedText(ms: text, en: text),
                   feedback: LocalizedText(ms: "maklum balas \(text)", en: "feedback \(text)"),
                   evidence: [("skill", right)], goto: "done", location: location)
        }
        let question = DialogueNode(id: "q1", say: LocalizedText(ms: "Soalan?", en: "Question?"), choices: [
            choice("Alpha", right: true), choice("Bravo", right: false), choice("Charlie", right: false),
            choice("Delta", right: false), choice("Semua di atas", right: false, fixed: true),
        ], location: location)
        let done = DialogueNode(id: "done", say: LocalizedText(ms: "Tamat.", en: "The end."),
                                ending: Ending(outcome: "passed", summary: LocalizedText(ms: "ok", en: "ok")),
                                location: location)
        return Dialogue(id: "quiz-shuffle", kind: .quiz, title: LocalizedText(ms: "K", en: "Q"),
                        skills: ["skill"], start: "q1", nodes: [question, done], location: location)
    }()

    /// The option texts in the order shown.
    static func shown(_ player: DialoguePlayer) -> [String] {
        player.current().split(separator: "\n").dropFirst().map {
            String($0.drop { $0 != "." }.dropFirst(2))
        }
    }

    @Test func aSeedGivesTheSameOrderAndThePinnedOptionStaysLast() throws {
        var orders = Set<[String]>()
        for seed in UInt64(0)..<30 {
            let first = try #require(DialoguePlayer(Self.quiz, language: .en, shuffle: SeededRandom(seed: seed)))
            let again = try #require(DialoguePlayer(Self.quiz, language: .en, shuffle: SeededRandom(seed: seed)))
            #expect(Self.shown(first) == Self.shown(again))
            #expect(Self.shown(first).last == "Semua di atas")
            #expect(Set(Self.shown(first)) == ["Alpha", "Bravo", "Charlie", "Delta", "Semua di atas"])
            orders.insert(Self.shown(first))
        }
        #expect(orders.count > 5)
    }

    @Test func theLearnersViewHidesTargetsAndEvidence() throws {
        var player = try #require(DialoguePlayer(Self.quiz, language: .en, shuffle: SeededRandom(seed: 7)))
        let view = player.current()
        #expect(!view.contains("→"))
        #expect(!view.contains("skill"))
        let reply = player.answer("1")
        #expect(!reply.contains("Evidence"))
        let authored = DialoguePlayer(Self.quiz, language: .en)!
        #expect(authored.current().contains("1. Alpha → done · skill ✔"))
    }

    @Test func aNumberTakesTheOptionShownUnderIt() throws {
        for seed in UInt64(0)..<10 {
            var player = try #require(DialoguePlayer(Self.quiz, language: .en, shuffle: SeededRandom(seed: seed)))
            let shown = Self.shown(player)
            let position = try #require(shown.firstIndex(of: "Charlie"))
            let reply = player.answer(String(position + 1))
            #expect(reply.hasPrefix("→ choice \(position + 1) (authored #3)"))
            #expect(reply.contains("feedback Charlie"))
            #expect(player.run.choicesTaken == [3])
        }
    }
}
