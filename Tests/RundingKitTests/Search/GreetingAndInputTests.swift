import Foundation
import Testing
@testable import RundingKit

@Suite struct GreetingTests {
    @Test(arguments: [
        ("hai", Greeting.hello), ("Hi!", .hello), ("hello", .hello), ("helo", .hello),
        ("Assalamualaikum", .hello), ("assalamu'alaikum", .hello), ("selamat pagi", .hello),
        ("Selamat petang, cikgu", .hello), ("terima kasih", .thanks),
        ("Terima kasih banyak!", .thanks), ("thanks", .thanks), ("thank you", .thanks),
        ("tq", .thanks), ("ok tq", .thanks), ("hai, terima kasih", .thanks),
    ])
    func greetingsAreNotSearched(message: String, expected: Greeting) {
        #expect(SampleGlossary.index.search(message) == .greeting(expected))
    }

    @Test(arguments: [
        ("hai, apa itu eNPS?", "enps"),
        ("terima kasih, apa itu 1:1?", "one-on-one-meeting"),
        ("hello what is active listening", "active-listening"),
    ])
    func aGreetingWithAQuestionIsSearched(message: String, expected: String) {
        #expect(SampleGlossary.index.search(message).best?.entry.id == expected)
    }
}

@Suite struct UnusualInputTests {
    let index = SampleGlossary.index

    @Test(arguments: ["", "   ", "\n\t ", "?!...", "—", "apa itu?", "what is the", "apakah maksud", "🦄🦄", "hai, apa itu?"])
    func nothingToSearchIsEmpty(input: String) {
        #expect(index.search(input) == .empty)
    }

    @Test func aTwoMegabyteQuestionIsCutShort() {
        let huge = String(repeating: "eNPS ", count: 400_000)
        let clock = ContinuousClock()
        let started = clock.now
        let result = index.search(huge)
        #expect(result.best?.entry.id == "enps")
        #expect(clock.now - started < .seconds(1))
        let oneWord = String(repeating: "a", count: 2_000_000)
        if case .found = index.search(oneWord) { Issue.record("one huge word found something") }
    }

    @Test(arguments: [
        ("\u{0}\u{1}\u{2}\u{7F}", "empty"),
        ("\u{1B}[2J\u{7}", "no match"),                  // "2j" is a word
        ("e\u{0}N\u{0}P\u{0}S", "enps"),
        ("\u{301}\u{301}\u{301}", "empty"),
        ("\u{202E}eNPS\u{202C}", "enps"),
        ("\u{FEFF}\u{200B}\u{200D}", "empty"),
        (String(repeating: "\u{1F600}", count: 5_000), "empty"),
        (String(repeating: "e\u{301}", count: 10_000), "no match"),
        ("\t1:1\r\n", "one-on-one-meeting"),
    ])
    func controlAndOddCharactersAreHandled(input: String, expected: String) {
        let outcome = switch index.search(input) {
        case .empty: "empty"
        case .greeting: "greeting"
        case .noGoodMatch: "no match"
        case .likely(let hit): "likely " + hit.entry.id
        case .found(let hits): hits.first?.entry.id ?? "none"
        }
        #expect(outcome == expected)
    }

    @Test func invalidUTF8IsReadWithReplacementCharacters() {
        let bytes: [UInt8] = [0x61, 0x70, 0x61, 0x20, 0xFF, 0xFE, 0xC3, 0x28, 0x20,
                              0x65, 0x4E, 0x50, 0x53, 0xED, 0xA0, 0x80]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(index.search(text).best?.entry.id == "enps")
    }
}
