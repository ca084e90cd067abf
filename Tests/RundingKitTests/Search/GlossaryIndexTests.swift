import Foundation
import Testing
@testable import RundingKit

@Suite struct GlossaryIndexTests {
    let index = SampleGlossary.index

    private func bestID(_ question: String) -> String? {
        index.search(question).best?.entry.id
    }

    @Test(arguments: [
        ("apa itu eNPS?", "enps"),
        ("what is active listening", "active-listening"),
        ("mendengar aktf", "active-listening"),
        ("macam mana nak handle pembeli agresif", "difficult-negotiators"),
    ])
    func headlineQuestionsRankTheRightEntryFirst(question: String, expected: String) {
        #expect(bestID(question) == expected)
    }

    @Test(arguments: [
        // English
        ("eNPS", "enps"),
        ("employee net promoter score", "enps"),
        ("what is a detractor", "enps"),
        ("what does win-win mean", "win-win"),
        ("needs analysis", "needs-analysis"),
        ("tailored responses", "tailored-response"),
        ("pulse surveys", "pulse-survey"),
        ("aggressive buyers", "difficult-negotiators"),
        ("tell me about open-ended questions", "open-questions"),
        ("closing the sale", "closing"),
        ("what is BATNA", "batna"),
        // Malay
        ("apakah maksud menang-menang", "win-win"),
        ("tinjauan nadi", "pulse-survey"),
        ("penyerang", "difficult-negotiators"),
        ("perunding agresif", "difficult-negotiators"),
        ("bagaimana berunding dengan pembeli yang agresif", "difficult-negotiators"),
        ("handle bantahan", "handling-objections"),
        ("bagaimana menangani bantahan harga", "handling-objections"),
        ("cara mengatasi bantahan", "handling-objections"),
        ("perlu analisis", "needs-analysis"),
        ("analisis keperluan pelanggan", "needs-analysis"),
        ("jawapan jahitan", "tailored-response"),
        ("terangkan soalan terbuka", "open-questions"),
        ("kepercayaan pelanggan", "rapport"),
        ("apa maksud rundingan gagal", "batna"),
        ("mesyuarat satu lawan satu", "one-on-one-meeting"),
        // Affixed forms
        ("pendengaran aktif", "active-listening"),
        ("dengar aktif", "active-listening"),
        ("pendengar yang aktif", "active-listening"),
        // Short forms
        ("1:1", "one-on-one-meeting"),
        ("apa itu 1:1?", "one-on-one-meeting"),
        ("one-on-one", "one-on-one-meeting"),
        ("E-NPS", "enps"),
        ("ENPS!!!", "enps"),
        // Typos
        ("mendengra aktif", "active-listening"),
        ("actve listning", "active-listening"),
        ("tinjuan nadi", "pulse-survey"),
        ("bantahn", "handling-objections"),
        ("menang menag", "win-win"),
    ])
    func questionsRankTheRightEntryFirst(question: String, expected: String) {
        #expect(bestID(question) == expected)
    }

    @Test func anExactTermWinsOutright() throws {
        guard case .found(let hits) = index.search("eNPS") else {
            Issue.record("no hit for eNPS"); return
        }
        let best = try #require(hits.first)
        #expect(best.entry.id == "enps")
        #expect(best.phrase?.kind == .exact)
        #expect(best.field == .term)
        #expect(best.confidence == 1)
        // pulse-survey and one-on-one-meeting mention eNPS too, far behind.
        #expect(hits.dropFirst().map(\.entry.id).contains("pulse-survey"))
        #expect(hits.dropFirst().allSatisfy { best.score > $0.score + 50 })
    }

    @Test func aContainedAliasIsReported() throws {
        let best = try #require(index.search("macam mana nak handle pembeli agresif").best)
        #expect(best.phrase == PhraseMatch(kind: .contained, field: .alias, language: .ms,
                                           text: "pembeli agresif"))
        #expect(best.confidence >= 0.8)
    }

    @Test func aMatchInThePointsOnlyIsReportedAsSuch() throws {
        let best = try #require(index.search("what is a detractor").best)
        #expect(best.entry.id == "enps")
        #expect(best.field == .points)
        #expect(best.phrase == nil)
        #expect(best.confidence < 1)
    }

    @Test func typosAreCorrectedAndLowerTheConfidence() throws {
        let best = try #require(index.search("mendengar aktf").best)
        #expect(best.corrections == [Correction(typed: "aktf", token: "aktif", distance: 1)])
        #expect(best.phrase?.kind == .exact)
        #expect(best.confidence == 0.9)
        let exact = try #require(index.search("mendengar aktif").best)
        #expect(exact.corrections.isEmpty)
        #expect(exact.confidence == 1)
        #expect(exact.score > best.score)
    }

    @Test func theSameEntryIsFoundFromEitherLanguage() {
        #expect(bestID("menangani bantahan") == "handling-objections")
        #expect(bestID("objection handling") == "handling-objections")
        #expect(bestID("survei nadi") == "pulse-survey")
        #expect(bestID("pulse check") == "pulse-survey")
    }

    @Test(arguments: ["xyzzy qwerty", "zzzz", "lorem ipsum dolor sit amet"])
    func nonsenseIsNoGoodMatch(question: String) {
        let result = index.search(question)
        guard case .noGoodMatch(let suggestions) = result else {
            Issue.record("expected no good match, got \(result)"); return
        }
        #expect(suggestions.count <= 3)
    }

    @Test func aWeakMatchOffersTheBestPartialHitsAsSuggestions() {
        let result = index.search("harga xyzzy qwerty plugh")
        guard case .noGoodMatch(let suggestions) = result else {
            Issue.record("expected no good match, got \(result)"); return
        }
        #expect(suggestions.first?.entry.id == "handling-objections")
        #expect((1...3).contains(suggestions.count))
        #expect(suggestions.allSatisfy { $0.confidence < GlossaryIndex.Configuration().minimumConfidence })
    }

    @Test func resultsDoNotDependOnTheOrderOfTheEntries() {
        let reversed = GlossaryIndex(entries: SampleGlossary.entries.reversed())
        for question in ["pembeli agresif", "enps", "soalan", "pelanggan", "harga", "rundingan"] {
            #expect(reversed.search(question) == index.search(question), "\(question)")
        }
    }

    @Test func tiesGoToTheSmallerID() throws {
        let twin = SampleGlossary.entries[0]
        var first = twin, second = twin
        first.id = "zz-copy"
        second.id = "aa-copy"
        let index = GlossaryIndex(entries: [first, second])
        guard case .found(let hits) = index.search("what is a detractor") else {
            Issue.record("no hit"); return
        }
        #expect(hits.map(\.entry.id) == ["aa-copy", "zz-copy"])
        #expect(hits[0].score == hits[1].score)
    }

    @Test func theLimitCapsTheHits() {
        guard case .found(let hits) = index.search("pelanggan", limit: 2) else {
            Issue.record("no hit"); return
        }
        #expect(hits.count == 2)
    }

    @Test func anEmptyGlossaryFindsNothing() {
        let index = GlossaryIndex(entries: [])
        #expect(index.search("apa itu eNPS?") == .noGoodMatch(suggestions: []))
        #expect(index.search("hai") == .greeting(.hello))
    }
}

@Suite struct CoordinationTests {
    @Test func anEntryAnsweringTheWholeQuestionBeatsAStrongerPartialMatch() {
        let entries = [
            SampleGlossary.entry("discount", term: ("Diskaun", "Discount"), aliases: ([], []),
                                 definition: ("Potongan harga.", "A price cut."),
                                 points: (["Diskaun kecil."], ["Small discounts."])),
            SampleGlossary.entry("deadline-pressure", term: ("Tekanan tarikh akhir", "Deadline pressure"),
                                 aliases: ([], []),
                                 definition: ("Pembeli memberi tarikh akhir palsu untuk memaksa diskaun.",
                                              "A buyer sets a false deadline to force a discount."),
                                 points: (["Tanya apa yang berlaku selepas tarikh akhir."],
                                          ["Ask what happens after the deadline."])),
            SampleGlossary.entry("anchoring", term: ("Tawaran pertama", "Anchoring"), aliases: ([], []),
                                 definition: ("Tawaran pertama menjadi titik rujukan.",
                                              "The first offer becomes the reference point."),
                                 points: (["Buat tawaran pertama."], ["Make the first offer."])),
        ]
        let index = GlossaryIndex(entries: entries)
        guard case .found(let hits) = index.search("diskaun palsu") else {
            Issue.record("no hit"); return
        }
        #expect(hits.map(\.entry.id) == ["deadline-pressure", "discount"])
    }
}
