import Testing
@testable import RundingKit

/// The keys added for examples, stable choice ids, pass marks, input modes and author notes.
@Suite struct ContentSchemaTests {
    static let skills = """
        skills:
          - id: empathy
            name: {ms: Empati, en: Empathy}
            description: {ms: D, en: D}
            tip: {ms: Dengar dahulu., en: Listen first.}

        """

    static let dialogue = """
        id: demo
        kind: quiz
        title: {ms: Demo, en: Demo}
        skills: [empathy]
        start: q1
        pass_mark: 0.8
        source_note: The seed page says 1 to 10.
        nodes:
          q1:
            say: {ms: S, en: Q}
            source_note: node note
            choices:
              - id: listen
                text: {ms: Dengar, en: Listen}
                examples: {ms: [sy dengar dulu, dengar la], en: [i listen first]}
                source_note: choice note
                feedback: {ms: ok, en: ok}
                evidence: {empathy: true}
                goto: end
              - text: {ms: Semua di atas, en: All of the above}
                fixed: true
                feedback: {ms: ok, en: ok}
                evidence: {empathy: false}
                goto: end
          end:
            say: {ms: Tamat, en: The end}
            outcome: done
            summary: {ms: Bagus, en: Good}

        """

    @Test func newKeysAreParsedWithoutWarnings() throws {
        let content = try TemporaryContent(["Glossary/s.yaml": Self.skills, "Dialogues/d.yaml": Self.dialogue])
        defer { content.remove() }
        #expect(content.check() == [])
        let pack = ContentLoader(displayBase: content.root).load(root: content.root).pack
        let dialogue = try #require(pack.dialogues.first)
        #expect(dialogue.passMark == 0.8)
        #expect(dialogue.inputMode == .choices)
        #expect(dialogue.sourceNote == "The seed page says 1 to 10.")
        let node = try #require(dialogue.node("q1"))
        #expect(node.sourceNote == "node note")
        #expect(node.choices[0].id == "listen")
        #expect(node.choices[0].examples.ms == ["sy dengar dulu", "dengar la"])
        #expect(node.choices[0].examples.en == ["i listen first"])
        #expect(node.choices[0].sourceNote == "choice note")
        #expect(node.choices[0].isFixed == false)
        #expect(node.choices[1].isFixed)
        #expect(node.choiceID(at: 0) == "listen")
        #expect(node.choiceID(at: 1) == "2")
        #expect(pack.skills.first?.tip?[.en] == "Listen first.")
    }

    @Test func rolePlaysDefaultToTypedInputAndQuizzesToChoices() {
        let location = SourceLocation(path: "d.yaml", line: 1, column: 1)
        let text = LocalizedText(ms: "T", en: "T")
        let rolePlay = Dialogue(id: "r", kind: .roleplay, title: text, skills: [], start: "a", nodes: [],
                                location: location)
        #expect(rolePlay.inputMode == .typed)
        #expect(rolePlay.passMark == Dialogue.defaultPassMark)
        var quiz = rolePlay
        quiz.kind = .quiz
        #expect(quiz.inputMode == .choices)
        quiz.input = .typed
        #expect(quiz.inputMode == .typed)
    }

    @Test func glossaryEntriesKeepDeprecatedVariantsAndSourceNotes() throws {
        let topics = "topics:\n  - id: hr\n    name: {ms: HR, en: HR}\n"
        let entries = """
            entries:
              - id: detractor
                topic: hr
                term: {ms: Pengkritik, en: Detractor}
                aliases: {ms: [penentang], en: []}
                definition: {ms: D, en: D}
                points: {ms: [a, b], en: [a, b]}
                deprecated: {ms: [penentang], en: []}
                source_note: The seed page says penentang.
                skills: [empathy]

            """
        let content = try TemporaryContent(["Glossary/s.yaml": Self.skills, "Glossary/t.yaml": topics,
                                               "Glossary/e.yaml": entries])
        #expect(content.check() == [])
        defer { content.remove() }
        let pack = ContentLoader(displayBase: content.root).load(root: content.root).pack
        let entry = try #require(pack.entries.first)
        #expect(entry.deprecated.ms == ["penentang"])
        #expect(entry.sourceNote == "The seed page says penentang.")
    }
}
