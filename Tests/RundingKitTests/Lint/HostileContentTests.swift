import Foundation
import Testing
@testable import RundingKit

/// Content written to hurt the checker and the loader (hardening, second pass): each is a
/// diagnostic with a path, in bounded time, never a crash.
@Suite struct HostileContentTests {
    static let head = DiagnosticCodeTests.dialogueHead
    static let skills = skillsYAML

    static func nested(_ levels: Int) -> String {
        String(repeating: "(", count: levels) + "a" + String(repeating: ")", count: levels)
    }

    /// Issue 16, item 1: 30,000 levels of brackets overflowed the parser's stack (exit 139) in
    /// everything that loads content.
    @Test func deeplyNestedPatternIsAnError() throws {
        #expect(throws: AnswerPattern.ParseError.tooDeep(AnswerPattern.maximumNesting)) {
            try AnswerPattern(Self.nested(30_000))
        }
        #expect(throws: AnswerPattern.ParseError.tooDeep(AnswerPattern.maximumNesting)) {
            try AnswerPattern(String(repeating: "[", count: 30_000) + "a")
        }
        #expect(throws: AnswerPattern.ParseError.tooDeep(AnswerPattern.maximumNesting)) {
            try AnswerPattern(Self.nested(AnswerPattern.maximumNesting + 1))
        }
        #expect(try AnswerPattern(Self.nested(AnswerPattern.maximumNesting)).match(["a"]) == 0)
    }

    @Test func deeplyNestedPatternInContentIsADiagnostic() throws {
        let pattern = Self.nested(30_000)
        let content = try TemporaryContent(["Glossary/s.yaml": Self.skills,
            "Dialogues/d.yaml": Self.head + "  q1:\n    say: {ms: S, en: Q}\n    choices:\n"
                + DiagnosticCodeTests.choice("Ya", extra: "        patterns: {ms: [\"\(pattern)\"], en: []}\n        samples: [a]\n")
                + DiagnosticCodeTests.endNode])
        defer { content.remove() }
        let start = String(repeating: "(", count: 60) + "…"
        #expect(content.check().contains(
            "Dialogues/d.yaml:10:9: error[D009]: invalid pattern '\(start)': brackets nested more than 32 levels deep"))
    }

    /// Issue 16, item 9: "did you mean" compared every missing goto with every node: 31 s for
    /// one dialogue of 7,500 nodes whose gotos all miss. Counted, not timed: the comparisons
    /// stay within the total budget however many names miss.
    @Test(arguments: [7_500, 15_000])
    func missingNamesCostABoundedNumberOfComparisons(count: Int) {
        let ids = (0..<count).map { "n\(String($0 + 100_000).dropFirst())" }
        var suggestion = Suggestion(ids)
        var found = 0
        for id in ids where suggestion.closest(to: "g" + id.dropFirst()) != nil { found += 1 }
        #expect(suggestion.comparisons <= Suggestion.totalBudget)
        // The first questions still get their hint.
        #expect(found >= 100)
        #expect(Suggestion.closest(to: "g00000", among: ids) == "n00000")
    }

    @Test func manyMissingGotosAreCheckedQuickly() throws {
        var yaml = Self.head.replacingOccurrences(of: "start: q1", with: "start: n0000")
        for index in 0..<7_500 {
            let id = String(index + 10_000).dropFirst()
            yaml += "  n\(id):\n    say: {ms: S, en: Q}\n    choices:\n"
                + "      - text: {ms: Ya, en: Yes}\n        feedback: {ms: ok, en: ok}\n        goto: g\(id)\n"
        }
        let dialogue = try #require(ContentLoader().parse(bytes: Array(yaml.utf8), shownAs: "d.yaml").0.dialogues.first)
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = DialogueGraphCheck(dialogue: dialogue).run() }
        // Minutes before, in a debug build; a second or two now. The bound only catches a
        // return to comparing every goto with every node, with room for a very busy machine.
        #expect(elapsed < .seconds(60), "\(elapsed)")
        #expect(diagnostics.filter { $0.code == "D003" }.count == 7_500)
        #expect(diagnostics.first { $0.code == "D003" }?.message.en == "choice goes to unknown node 'g0000' — did you mean 'n0000'?")
    }

    @Test(arguments: [
        ("calm2", ["calm", "angry", "calm22"], "calm"),
        ("enps", ["quiz", "enp", "xmpq"], "enp"),
        ("zzzzzzzz", ["calm", "angry"], nil as String?),
        ("Calm", ["cALM"], "cALM"),
    ])
    func suggestionsStillFindTheNearest(word: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }
}
