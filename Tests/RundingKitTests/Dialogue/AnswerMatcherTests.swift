import Testing
@testable import RundingKit

@Suite struct AnswerPatternTests {
    @Test(arguments: [
        ("(dengar|mendengar) [secara] aktif", "mendengar secara aktif", 0 as Int?),
        ("(dengar|mendengar) [secara] aktif", "saya rasa dengar aktif", 0),
        ("(dengar|mendengar) [secara] aktif", "mendengar aktf", 1),
        ("(dengar|mendengar) [secara] aktif", "aktif mendengar", nil),
        ("(win win|menang menang)", "penyelesaian menang-menang", 0),
        ("(promoter|promoters)", "promoters", 0),
        ("promoter [s]", "promoters", 1),
        ("30", "+30", 0),
        ("30", "31", nil),
        ("-20", "eNPS -20%", 0),
        ("-20", "20", nil),
        ("[ask] what matters", "what matters", 0),
    ])
    func matches(pattern: String, answer: String, typos: Int?) throws {
        #expect(try AnswerPattern(pattern).match(TextNormalizer.words(answer)) == typos)
    }

    @Test(arguments: [
        ("(a|b", AnswerPattern.ParseError.unbalanced(")")),
        ("a]", .unbalanced("]")),
        ("(a|)", .emptyAlternative),
        ("a|b", .unexpected("|")),
        ("[a]", .noWords),
        ("   ", .noWords),
    ])
    func rejects(pattern: String, error: AnswerPattern.ParseError) {
        #expect(throws: error) { try AnswerPattern(pattern) }
    }

    @Test func longAnswersAreBounded() throws {
        let words = Array(repeating: "kata", count: 100_000) + ["aktif"]
        #expect(try AnswerPattern("aktif").match(words) == nil)
    }
}

@Suite struct AnswerMatcherTests {
    let pack = ContentCheck(root: Repository.starterPack).pack

    @Test func numberTextAndPatterns() throws {
        let node = try #require(pack.dialogue("rp-quiet-buyer")?.node("open"))
        let matcher = AnswerMatcher()
        #expect(matcher.match("2", in: node) == .choice(index: 1, viaTypo: false))
        #expect(matcher.match(" 3. ", in: node) == .choice(index: 2, viaTypo: false))
        #expect(matcher.match("Terus ke harga", in: node) == .choice(index: 1, viaTypo: false))
        #expect(matcher.match("go straight to price", in: node) == .choice(index: 1, viaTypo: false))
        #expect(matcher.match("saya akan tanya apa yang penting", in: node) == .choice(index: 0, viaTypo: false))
        #expect(matcher.match("tanya apa yang pentingg", in: node) == .choice(index: 0, viaTypo: true))
        #expect(matcher.match("4", in: node) == .noMatch)
        #expect(matcher.match("entah", in: node) == .noMatch)
        #expect(matcher.match("", in: node) == .noMatch)
    }

    @Test func typedNodesFallBack() throws {
        let node = try #require(pack.dialogue("quiz-enps")?.node("q2"))
        let matcher = AnswerMatcher()
        #expect(matcher.match("eNPS ialah +30", in: node) == .choice(index: 0, viaTypo: false))
        #expect(matcher.match("2", in: node) == .choice(index: 1, viaTypo: false))
        #expect(matcher.match("tak tahu", in: node) == .choice(index: 1, viaTypo: false))
    }
}
