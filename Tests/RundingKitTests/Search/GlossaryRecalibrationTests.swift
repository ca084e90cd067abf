import Foundation
import Testing
@testable import RundingKit

/// Issue #11, part 4: the glossary search with the answer understander's short forms and
/// synonyms, likely answers, and the practice line for a situation.
@Suite struct GlossaryRecalibrationTests {
    static let pack = ShippedPackTests.check.pack
    static let index = GlossaryIndex(entries: pack.entries, lexicon: pack.lexicon)

    static func entry(_ id: String, _ ms: String, _ en: String) -> GlossaryEntry {
        GlossaryEntry(id: id, topic: "sales", term: LocalizedText(ms: id, en: id), aliases: LocalizedList(ms: [], en: []),
                      definition: LocalizedText(ms: ms, en: en), points: LocalizedList(ms: [], en: []),
                      skills: [], related: [], location: SourceLocation(path: "Glossary/test.yaml"))
    }

    @Test func synonymsAndShortFormsReachWordsTheGlossaryDoesNotUse() {
        let entries = [Self.entry("price-talk", "Bincang harga dengan pelanggan.", "Talk about price with the client."),
                       Self.entry("follow", "Hubungi semula selepas mesyuarat.", "Call back after the meeting.")]
        var lexicon = Lexicon()
        lexicon.synonyms.add(group: [["pelanggan"], ["customer"], ["klien"]])
        lexicon.shortForms.add("plgn", meaning: ["pelanggan"])
        let plain = GlossaryIndex(entries: entries)
        let taught = GlossaryIndex(entries: entries, lexicon: lexicon)
        #expect(plain.search("klien").best == nil)
        #expect(taught.search("klien").best?.entry.id == "price-talk")
        #expect(plain.search("plgn").best == nil)
        #expect(taught.search("plgn").best?.entry.id == "price-talk")
    }

    @Test(arguments: [
        // Short forms and a typo: both used to be "not found" with the right entry among the suggestions.
        ("knp empati pntg dlm rundingan", "empathy"),
        ("what is a pluse survey", "pulse-survey"),
        // "penting" no longer pulls the question to "Memahami kepentingan".
        ("kenapa kepercayaan penting dalam rundingan", "trust-in-negotiation"),
    ])
    func questionsOfTheIssueGetTheirEntry(question: String, expected: String) {
        #expect(Self.index.search(question).best?.entry.id == expected)
    }

    @Test func kepentinganIsNotPenting() {
        let stemmer = MalayStemmer()
        #expect(stemmer.stem("kepentingan") == "kepentingan")
        #expect(stemmer.stem("penting") == "penting")
        #expect(stemmer.stem("pendengaran") == "dengar")
    }

    @Test(arguments: ["resepi nasi lemak sedap", "recommend a good movie", "who won the football match last night"])
    func offTopicQuestionsAreNotFound(question: String) {
        guard case .noGoodMatch = Self.index.search(question) else {
            Issue.record("\(question): \(Self.index.search(question))")
            return
        }
    }

    @Test func aWeakButClearBestIsOfferedAsLikely() {
        guard case .likely(let hit) = Self.index.search("kenapa kepercayaan penting dalam rundingan") else {
            Issue.record("not likely: \(Self.index.search("kenapa kepercayaan penting dalam rundingan"))")
            return
        }
        #expect(hit.entry.id == "trust-in-negotiation")
        var strict = GlossaryIndex.Configuration()
        strict.likelyScore = 1_000
        let index = GlossaryIndex(entries: Self.pack.entries, lexicon: Self.pack.lexicon, configuration: strict)
        guard case .noGoodMatch(let suggestions) = index.search("kenapa kepercayaan penting dalam rundingan") else {
            Issue.record("a likely answer under the score floor")
            return
        }
        #expect(suggestions.first?.entry.id == "trust-in-negotiation")
    }

    @Test func situationsAreToldFromDefinitions() {
        let situations = SituationMatcher(dialogues: Self.pack.dialogues, analyzer: AnswerUnderstander(pack: Self.pack).analyzer)
        #expect(situations.isSituation("customer minta diskaun 30%, apa patut saya buat?"))
        #expect(situations.isSituation("buyer marah-marah, camne?"))
        #expect(situations.isSituation("what should I say when my boss asks for a discount"))
        #expect(!situations.isSituation("apa itu eNPS?"))
        #expect(!situations.isSituation("what is a pulse survey"))
    }

    @Test func aSituationGetsTheRolePlayThatPractisesIt() throws {
        let situations = SituationMatcher(dialogues: Self.pack.dialogues, analyzer: AnswerUnderstander(pack: Self.pack).analyzer)
        let question = "customer minta diskaun 30%, apa patut saya buat?"
        let entry = try #require(Self.index.search(question).best?.entry)
        #expect(situations.dialogue(for: question, answeredBy: entry)?.id == "rp-aggressive-discount")
        let enps = try #require(Self.pack.entry("enps"))
        #expect(situations.dialogue(for: "apa itu eNPS?", answeredBy: enps) == nil)
    }
}
