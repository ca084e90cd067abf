import Testing
@testable import RundingKit

@Suite struct AnswerUnderstanderTests {
    let pack = ContentCheck(root: Repository.starterPack).pack

    @Test func numbersPatternsAndWords() throws {
        let node = try #require(pack.dialogue("rp-quiet-buyer")?.node("open"))
        let understander = AnswerUnderstander(pack: pack)
        #expect(understander.understand("2", in: node) == .take(1, .number))
        #expect(understander.understand(" 3. ", in: node) == .take(2, .number))
        #expect(understander.understand("Terus terangkan harga dan diskaun pakej kami", in: node) == .take(1, .pattern))
        #expect(understander.understand("4", in: node) == .askAgain)
        #expect(understander.understand("", in: node) == .askAgain)
        #expect(understander.understand("entah", in: node) == .askAgain)
    }

    @Test func typedNodesFallBackAndNeverConfirm() throws {
        let node = try #require(pack.dialogue("quiz-enps")?.node("q2"))
        let understander = AnswerUnderstander(pack: pack)
        #expect(understander.understand("eNPS ialah +30", in: node) == .take(0, .pattern))
        #expect(understander.understand("tak tahu", in: node) == .take(1, .fallback))
        #expect(understander.understand("2", in: node) == .take(1, .fallback))
    }

    /// Take, confirm and ask again, decided from the scores alone.
    @Test(arguments: [
        ([0.9, 0.1], "take"), ([0.9, 0.85], "confirm"), ([0.3, 0.05], "confirm"), ([0.1, 0.0], "again"),
    ])
    func thresholds(scores: [Double], expected: String) throws {
        let node = try #require(pack.dialogue("rp-quiet-buyer")?.node("open"))
        let understander = AnswerUnderstander(thresholds: UnderstandingThresholds(take: 0.45, margin: 0.12, confirm: 0.2))
        let decision = understander.decide(scores.enumerated().map { ChoiceScore(choice: $0.offset, score: $0.element) },
                                           in: node)
        switch (decision, expected) {
        case (.take(0, _), "take"), (.confirm(0, _), "confirm"), (.askAgain, "again"): break
        default: Issue.record("\(scores): \(decision), expected \(expected)")
        }
    }

    @Test(arguments: [
        ("knp empati pntg dlm rundingan", ["kenapa", "empati", "penting", "dalam", "rundingan"]),
        ("yg ni dgn tu", ["yang", "ini", "dengan", "itu"]),
        ("sy tak nak, x blh", ["saya", "tidak", "nak", "tidak", "boleh"]),
        ("what's this? don't", ["what", "is", "this", "do", "not"]),
        ("minus 30 or plus 10, 40 minus 30", ["-30", "or", "10", "40", "minus", "30"]),
    ])
    func shortFormsAndContractions(text: String, words: [String]) {
        let shipped = ShippedPackTests.check.pack
        let analyzer = AnswerAnalyzer(lexicon: shipped.lexicon)
        #expect(AnswerAnalyzer.signedNumbers(analyzer.words(text)) == words)
        // Tokens are made of those words only (function words such as "yang" are dropped).
        #expect(analyzer.tokens(text).allSatisfy { token in
            !token.text.isEmpty && token.text.split(separator: " ").allSatisfy { words.contains(String($0)) }
        })
    }

    @Test func negationMarksTheWordsItGovernsWithinItsClause() {
        let analyzer = AnswerAnalyzer(lexicon: ShippedPackTests.check.pack.lexicon)
        let tokens = analyzer.tokens("bukan salah saya, bos saya tak bagi")
        let negated = tokens.filter(\.isNegated).map(\.text)
        #expect(negated == ["salah", "bagi"])
        // The apology is not negated.
        #expect(analyzer.tokens("maaf, salah saya").filter(\.isNegated).isEmpty)
    }

    @Test func negationChangesWhichChoiceIsMeant() {
        let apology = Choice(text: LocalizedText(ms: "Maaf, salah saya", en: "Sorry, my mistake"),
                             examples: LocalizedList(ms: ["salah saya", "maaf itu salah saya"], en: ["my fault", "my mistake"]),
                             feedback: LocalizedText(ms: "", en: ""), goto: "x", location: SourceLocation(path: ""))
        let blame = Choice(text: LocalizedText(ms: "Bukan salah saya", en: "Not my fault"),
                           examples: LocalizedList(ms: ["bukan salah saya", "tak salah saya, bos yang tak bagi"],
                                                   en: ["not my fault", "it was not my mistake"]),
                           feedback: LocalizedText(ms: "", en: ""), goto: "x", location: SourceLocation(path: ""))
        let node = DialogueNode(id: "n", say: LocalizedText(ms: "", en: ""), choices: [apology, blame],
                                location: SourceLocation(path: ""))
        let understander = AnswerUnderstander(pack: ShippedPackTests.check.pack)
        let blamed = understander.scores("bukan salah saya, bos saya tak bagi", in: node)
        #expect(blamed.first?.choice == 1)
        let sorry = understander.scores("maaf, memang salah saya", in: node)
        #expect(sorry.first?.choice == 0)
    }

    @Test func synonymsMeetAcrossLanguages() {
        let analyzer = AnswerAnalyzer(lexicon: ShippedPackTests.check.pack.lexicon)
        #expect(analyzer.tokens("potongan harga").map(\.keys) == analyzer.tokens("discount").map(\.keys))
        #expect(analyzer.tokens("bos").map(\.keys) == analyzer.tokens("manager").map(\.keys))
    }

    @Test(arguments: [
        ("ya", ConfirmationReply.yes), ("Betul", .yes), ("ok", .yes), ("y", .yes),
        ("tidak", .no), ("n", .no), ("bukan", .no),
        ("2", .number(2)), ("saya nak tanya dulu", .newAnswer),
    ])
    func confirmationReplies(line: String, reply: ConfirmationReply) {
        #expect(ConfirmationReply(line) == reply)
    }

    @Test func hostileAnswersGetAnAnswerNotACrash() throws {
        let node = try #require(pack.dialogue("rp-quiet-buyer")?.node("open"))
        let understander = AnswerUnderstander(pack: pack)
        for text in [String(repeating: "a", count: 2_000_000), "\u{0}\u{1b}[2J\u{7}", String(decoding: [0xff, 0xfe, 0x41], as: UTF8.self), "   "] {
            #expect(understander.understand(text, in: node) == .askAgain)
        }
    }
}
