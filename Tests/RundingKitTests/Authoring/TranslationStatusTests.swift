import Testing
@testable import RundingKit

@Suite struct TranslationStatusTests {
    static let files = [
        "Glossary/s.yaml": skillsYAML,
        "Glossary/t.yaml": """
            topics:
              - id: basics
                name: {ms: Asas}
              - id: closing
                name: {en: Closing}
              - id: blank
                name: {ms: Kosong, en: ""}

            """,
        "Dialogues/d.yaml": DiagnosticCodeTests.dialogueHead
            + "  q1:\n    say: {ms: Soalan}\n    choices:\n" + DiagnosticCodeTests.choice("Ya") + DiagnosticCodeTests.endNode,
        "Dialogues/broken.yaml": "id: [unclosed\n",
    ]

    @Test func listsEachTextWithoutEnglishWithItsLocationAndCountsPerFile() throws {
        let content = try TemporaryContent(Self.files)
        defer { content.remove() }
        let check = ContentCheck(root: content.root, loader: ContentLoader(displayBase: content.root))
        let status = check.translationStatus(missing: .en)
        #expect(status.missing.map { "\($0.location): \($0.missingText!.what)" } == [
            "Dialogues/d.yaml:8:10: node 'q1' say",
            "Glossary/t.yaml:3:11: topic 'basics' name",
            "Glossary/t.yaml:7:28: topic 'blank' name",
        ])
        #expect(status.countsByFile.map { "\($0.path) \($0.count)" } == ["Dialogues/d.yaml 1", "Glossary/t.yaml 2"])
        #expect(status.unreadableFiles == ["Dialogues/broken.yaml"])
        #expect(status.text(language: .en) == """
            Dialogues/d.yaml:8:10: node 'q1' say
            Glossary/t.yaml:3:11: topic 'basics' name
            Glossary/t.yaml:7:28: topic 'blank' name

            Texts without English ('en') by file:
              Dialogues/d.yaml  1
              Glossary/t.yaml   2
            ! Dialogues/broken.yaml: the file could not be read fully; its texts are not counted (runding check)
            3 texts without English, in 2 of 4 files.
            """)
    }

    @Test func malayIsLookedForSeparately() throws {
        let content = try TemporaryContent(Self.files)
        defer { content.remove() }
        let check = ContentCheck(root: content.root, loader: ContentLoader(displayBase: content.root))
        let status = check.translationStatus(missing: .ms)
        #expect(status.missing.map(\.location.description) == ["Glossary/t.yaml:5:11"])
        #expect(status.text(language: .ms).hasSuffix("1 teks tanpa bahasa Melayu, dalam 1 daripada 4 fail."))
        #expect(status.json.serialized() == #"{"language":"ms","missing":[{"path":"Glossary/t.yaml","line":5,"column":11,"text":"topic 'closing' name"}],"files":[{"path":"Glossary/t.yaml","missing":1}],"total":1,"unreadable":["Dialogues/broken.yaml"]}"#)
    }

    @Test func onlyF011CountsAndTheStarterPackIsComplete() {
        let check = ContentCheck(root: Repository.starterPack, loader: ContentLoader(displayBase: Repository.starterPack))
        for language in Language.allCases {
            let status = check.translationStatus(missing: language)
            #expect(status.missing.isEmpty)
            #expect(status.text(language: .en).hasPrefix("Every text has its"))
        }
        let other = Diagnostic("F007", .error, at: SourceLocation(path: "a.yaml"), ms: "x", en: "x")
        #expect(TranslationStatus(language: .en, diagnostics: [other], files: ["a.yaml"]).missing.isEmpty)
    }
}
