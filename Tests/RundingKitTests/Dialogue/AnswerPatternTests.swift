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
        ("([a])", .noWords),
        ("([a]|b)", .noWords),
        ("   ", .noWords),
    ])
    func rejects(pattern: String, error: AnswerPattern.ParseError) {
        #expect(throws: error) { try AnswerPattern(pattern) }
    }

    @Test func longAnswersAreBounded() throws {
        let words = Array(repeating: "kata", count: 100_000) + ["aktif"]
        #expect(try AnswerPattern("aktif").match(words) == nil)
    }

    /// Hardening finding (fuzzing the answer matcher): alternatives that can match the same words
    /// were combined in every possible way, so `[a|a] × 12 b` against 24 a's took 47 s and a
    /// few more groups would never end, in `runding check` and in the chat alike.
    @Test(arguments: [
        (Array(repeating: "[a|a]", count: 12).joined(separator: " ") + " b", 24, nil as Int?),
        (Array(repeating: "[a|a]", count: 40).joined(separator: " ") + " b", 200, nil),
        (Array(repeating: "(a|a a)", count: 30).joined(separator: " "), 200, 0),
        (Array(repeating: "[(a|a a) [a]]", count: 30).joined(separator: " ") + " c", 200, nil),
    ])
    func alternativesThatOverlapDoNotExplode(pattern: String, words: Int, typos: Int?) throws {
        let compiled = try AnswerPattern(pattern)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(compiled.match(Array(repeating: "a", count: words)) == typos)
        }
        #expect(elapsed < .seconds(1))
    }

    /// The automaton gives what trying every way to match gives, on random patterns and answers.
    @Test func matchesLikeTryingEveryWay() throws {
        var random = SeededRandom(seed: 11)
        let vocabulary = ["a", "b", "aktif", "aktf", "mendengar", "mendengr", "30", "31"]
        func word() -> String { vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
        func sequence(depth: Int) -> String {
            (0..<(1 + Int(random.next() % 3))).map { _ in
                guard depth < 2, random.next() % 3 == 0 else { return word() }
                let options = (0..<(1 + Int(random.next() % 3))).map { _ in sequence(depth: depth + 1) }
                let optional = random.next() % 2 == 0
                return (optional ? "[" : "(") + options.joined(separator: "|") + (optional ? "]" : ")")
            }.joined(separator: " ")
        }
        var compared = 0
        for _ in 0..<3000 {
            guard let pattern = try? AnswerPattern(sequence(depth: 0)) else { continue }
            let answer = (0..<Int(random.next() % 7)).map { _ in word() }
            let expected = Self.matchTryingEveryWay(pattern.elements, answer)
            #expect(pattern.match(answer) == expected, "pattern '\(pattern.source)', answer \(answer)")
            compared += 1
        }
        #expect(compared > 1000)
    }

    /// The former matcher: every way the elements can match from each start (exponential).
    static func matchTryingEveryWay(_ elements: [AnswerPattern.Element], _ words: [String]) -> Int? {
        func ways(_ elements: ArraySlice<AnswerPattern.Element>, _ position: Int) -> [(Int, Int)] {
            guard let first = elements.first else { return [(position, 0)] }
            let rest = elements.dropFirst()
            var results: [(Int, Int)] = []
            switch first {
            case .word(let word):
                guard position < words.count, let typos = AnswerPattern.wordDistance(word, words[position]) else { return [] }
                for (end, more) in ways(rest, position + 1) { results.append((end, typos + more)) }
            case .alternatives(let options, let optional):
                if optional { results += ways(rest, position) }
                for option in options {
                    for (middle, typos) in ways(option[...], position) {
                        for (end, more) in ways(rest, middle) { results.append((end, typos + more)) }
                    }
                }
            }
            return results
        }
        return (0...words.count).flatMap { ways(elements[...], $0) }.map(\.1).min()
    }
}

