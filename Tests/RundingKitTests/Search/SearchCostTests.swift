import Testing
@testable import RundingKit

/// Prints what a search costs on a pack of 75 entries; checks answers, not times.
@Suite struct SearchCostTests {
    /// The sample glossary plus generated entries built from its words, 75 in all.
    static func pack() -> [GlossaryEntry] {
        var entries = SampleGlossary.entries
        let words = Set(entries.flatMap { entry in
            (entry.definition.all + entry.points.all).flatMap { $0.split(separator: " ").map(String.init) }
        }).sorted()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func sentence(_ count: Int) -> String {
            (0..<count).map { _ in words[next(words.count)] }.joined(separator: " ")
        }
        var number = 0
        while entries.count < 75 {
            number += 1
            entries.append(SampleGlossary.entry(
                "generated-\(number)",
                term: (sentence(2) + " \(number)", sentence(2)),
                aliases: ([sentence(2), sentence(3)], [sentence(2)]),
                definition: (sentence(18), sentence(18)),
                points: ([sentence(8), sentence(9), sentence(7)], [sentence(8), sentence(9), sentence(7)])))
        }
        return entries
    }

    @Test func costPerQuestion() {
        let clock = ContinuousClock()
        var index: GlossaryIndex?
        let build = clock.measure { index = GlossaryIndex(entries: Self.pack()) }
        guard let index else { return }
        #expect(index.entries.count == 75)
        // Generated entries hold random words of the sample ("detractors" among them), so only
        // questions whose answer they cannot take over are checked.
        let questions: [(String, String?)] = [
            ("apa itu eNPS?", "enps"), ("what is active listening", "active-listening"),
            ("mendengar aktf", "active-listening"),
            ("macam mana nak handle pembeli agresif", "difficult-negotiators"),
            ("apakah maksud menang-menang", "win-win"), ("1:1", "one-on-one-meeting"),
            ("actve listning", "active-listening"), ("what is a detractor", nil),
            ("xyzzy qwerty", nil), ("terima kasih", nil),
        ]
        for (question, expected) in questions where expected != nil {
            #expect(index.search(question).best?.entry.id == expected, "\(question)")
        }
        let rounds = 500
        var answered = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for (question, _) in questions where index.search(question).best != nil { answered += 1 }
            }
        }
        #expect(answered >= rounds * 7)
        let perQuestion = elapsed / (rounds * questions.count)
        print("search cost: index of 75 entries built in \(build); "
              + "\(rounds * questions.count) questions in \(elapsed), \(perQuestion) each")
    }
}
