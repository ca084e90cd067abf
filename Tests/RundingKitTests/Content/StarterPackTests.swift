import Testing
import Foundation
@testable import RundingKit

@Suite struct StarterPackTests {
    let check = ContentCheck(root: Repository.starterPack, loader: ContentLoader(displayBase: Repository.starterPack))

    @Test func loadsWithoutDiagnostics() {
        #expect(check.diagnostics.map { DiagnosticRenderer(language: .en).render($0) } == [])
        #expect(check.files == ["Glossary/entries.yaml", "Glossary/skills.yaml", "Glossary/topics.yaml",
                                "Dialogues/quiz-enps.yaml", "Dialogues/rp-quiet-buyer.yaml"])
    }

    @Test func modelHoldsEveryField() throws {
        let pack = check.pack
        #expect(pack.skills.map(\.id) == ["active-listening", "employee-feedback"])
        #expect(pack.skill("employee-feedback")?.parameters == BKTParameters(l0: 0.2, t: 0.15, g: 0.25, s: 0.1))
        #expect(pack.skill("active-listening")?.parameters == .default)
        #expect(pack.topics.map(\.id) == ["listening", "hr"])

        let enps = try #require(pack.entry("enps"))
        #expect(enps.topic == "hr")
        #expect(enps.term == LocalizedText(ms: "eNPS", en: "eNPS"))
        #expect(enps.aliases == LocalizedList(ms: ["skor promoter bersih pekerja"], en: ["employee net promoter score"]))
        #expect(enps.points.ms.count == 2 && enps.points.en.count == 2)
        #expect(enps.note?.en == "The standard scale is 0–10.")
        #expect(enps.skills == ["employee-feedback"])
        #expect(enps.related == ["active-listening"])
        #expect(enps.location == SourceLocation(path: "Glossary/entries.yaml", line: 20, column: 9))

        let quiz = try #require(pack.dialogue("quiz-enps"))
        #expect(quiz.kind == .quiz)
        #expect(quiz.topic == "hr")
        #expect(quiz.start == "q1")
        #expect(quiz.nodes.map(\.id) == ["q1", "q1-remedy", "q2", "done", "review"])
        let q1 = try #require(quiz.node("q1"))
        #expect(q1.mode == .choose)
        #expect(q1.choices[0].patterns.en == ["(promoter|promoters)"])
        #expect(q1.choices[0].samples == ["promoter", "promoters", "promotor"])
        #expect(q1.choices[0].evidence == ["employee-feedback": true])
        #expect(q1.choices[0].isCorrect == true)
        #expect(q1.choices[1].isCorrect == false)
        #expect(q1.choices[1].goto == "q1-remedy")
        #expect(quiz.node("q1-remedy")?.isRemediation == true)
        let q2 = try #require(quiz.node("q2"))
        #expect(q2.mode == .type)
        #expect(q2.hint?.ms == "% promoter − % pengkritik")
        #expect(q2.choices[1].isFallback)
        #expect(quiz.node("review")?.ending == Ending(outcome: "review", success: false,
            summary: LocalizedText(ms: "Ulang kaji formula eNPS.", en: "Review the eNPS formula.")))
        #expect(quiz.endings.map(\.id) == ["done", "review"])

        let roleplay = try #require(pack.dialogue("rp-quiet-buyer"))
        #expect(roleplay.kind == .roleplay)
        #expect(roleplay.character == LocalizedText(ms: "Puan Lim", en: "Ms Lim"))
        let silent = try #require(roleplay.node("open")?.choices[2])
        #expect(silent.evidence.isEmpty)
        #expect(silent.isCorrect == true)
    }
}

@Suite struct LoaderRobustnessTests {
    @Test(arguments: [
        [UInt8](), [0xEF, 0xBB, 0xBF], Array("---\n...\n".utf8), Array("[]".utf8), Array("\"just text\"".utf8),
        Array("a: &x [*x]".utf8), Array("kind: 3\nnodes: {a: {say: 5}}".utf8), Array("entries: {a: 1}".utf8),
        Array("skills:\n  - 12\n  - [a]\n  - {id: {x: y}}".utf8), Array(repeating: 0x80, count: 10),
        Array("nodes:\n  \"\": {}\nkind: quiz".utf8),
    ])
    func neverCrashes(bytes: [UInt8]) {
        let (_, diagnostics, _) = ContentLoader().parse(bytes: bytes, shownAs: "x.yaml")
        #expect(!diagnostics.isEmpty)
    }

    @Test func aliasBombIsRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(previous)]\n"
        }
        let (_, diagnostics, _) = ContentLoader().parse(bytes: Array(yaml.utf8), shownAs: "bomb.yaml")
        #expect(diagnostics.map(\.code) == ["F005"])
    }

    @Test func windowsLineEndingsGiveTheSameLocations() throws {
        let yaml = "topics:\r\n  - id: Bad_Id\r\n    name: {ms: A, en: B}\r\n"
        let (_, diagnostics, _) = ContentLoader().parse(bytes: Array(yaml.utf8), shownAs: "t.yaml")
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "t.yaml", line: 2, column: 9)])
        #expect(diagnostics.first?.sourceLine == "  - id: Bad_Id")
    }
}

@Suite struct ContentLocatorTests {
    @Test func explicitDirectoryWins() throws {
        let content = try TemporaryContent([:])
        defer { content.remove() }
        let locator = ContentLocator(environment: ["RUNDING_CONTENT": "/nowhere"], currentDirectory: "/",
                                     executablePath: "/usr/bin/runding")
        #expect(try locator.locate(explicit: content.root).get() == content.root)
    }

    @Test func environmentThenUpwardSearch() throws {
        let content = try TemporaryContent([:])
        defer { content.remove() }
        let nested = content.root + "/Dialogues"
        let fromEnvironment = ContentLocator(environment: ["RUNDING_CONTENT": content.root], currentDirectory: "/",
                                             executablePath: "/x/bin/runding")
        #expect(try fromEnvironment.locate().get() == content.root)
        let upward = ContentLocator(environment: [:], currentDirectory: nested, executablePath: "/x/bin/runding")
        #expect(try upward.locate().get() == content.root)
    }

    @Test func installedShareDirectoryAndFailure() throws {
        let prefix = try TemporaryContent([:])
        defer { prefix.remove() }
        try FileManager.default.createDirectory(atPath: prefix.root + "/share/runding/Glossary", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix.root + "/share/runding/Dialogues", withIntermediateDirectories: true)
        let installed = ContentLocator(environment: [:], currentDirectory: "/proc", executablePath: prefix.root + "/bin/runding")
        #expect(try installed.locate().get() == prefix.root + "/share/runding")
        let missing = ContentLocator(environment: [:], currentDirectory: "/proc", executablePath: "/nonexistent/bin/runding")
        #expect(throws: ContentLocator.NotFound(searched: ["/proc (+ parents)", "/nonexistent/share/runding"])) {
            try missing.locate().get()
        }
    }
}
