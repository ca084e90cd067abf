import Foundation
import Testing
@testable import RundingKit

@Suite struct DialogueCoverageTests {
    static let pack = ContentLoader(displayBase: Repository.starterPack).load(root: Repository.starterPack).pack

    static let at = SourceLocation(path: "d.yaml")

    /// A node whose choices go to `targets`, in order.
    static func node(_ id: String, _ targets: [String], remediation: Bool = false) -> DialogueNode {
        DialogueNode(id: id, say: LocalizedText(ms: id, en: id), isRemediation: remediation,
                     choices: targets.enumerated().map { index, target in
                         Choice(text: LocalizedText(ms: "\(id) \(index + 1)", en: "\(id) \(index + 1)"),
                                feedback: LocalizedText(ms: "ok", en: "ok"), goto: target, location: at)
                     }, location: at)
    }

    static func ending(_ id: String, success: Bool = true) -> DialogueNode {
        DialogueNode(id: id, say: LocalizedText(ms: id, en: id),
                     ending: Ending(outcome: id, success: success, summary: LocalizedText(ms: "s", en: "s")),
                     location: at)
    }

    static func dialogue(_ nodes: [DialogueNode], start: String = "a") -> Dialogue {
        Dialogue(id: "demo", kind: .roleplay, title: LocalizedText(ms: "D", en: "D"), skills: [], start: start,
                 nodes: nodes, location: at)
    }

    @Test func starterQuizIsFullyCoveredAndAcyclic() throws {
        let coverage = DialogueCoverage(try #require(Self.pack.dialogue("quiz-enps")))
        #expect(coverage.reachedNodes == ["q1", "q1-remedy", "q2", "done", "review"])
        #expect(coverage.choiceCount == 6 && coverage.takeableChoiceCount == 6)
        #expect(coverage.endings == [
            .init(node: "done", outcome: "passed", success: true, shortest: 2),
            .init(node: "review", outcome: "review", success: false, shortest: 2),
        ])
        // q1→q2 (1 way) or q1→q1-remedy→q2 (2 ways), then 2 ways to an ending: (1 + 2) × 2.
        #expect(coverage.paths == .exactly(6))
        #expect(coverage.shortest == 2)
        #expect(coverage.longest == .exactly(3))
        #expect(coverage.neverTaken == [])
        #expect(CoverageReport.diagnostics(for: coverage) == [])
    }

    @Test func aLoopMakesTheLongestPathUnboundedAndSimplePathsAreCounted() {
        // a → b → c → end, with c → a (a loop) and b → lost.
        let coverage = DialogueCoverage(Self.dialogue([
            Self.node("a", ["b"]), Self.node("b", ["c", "lost"]), Self.node("c", ["end", "a"]),
            Self.ending("end"), Self.ending("lost", success: false),
        ]))
        #expect(coverage.longest == .unbounded(simple: 3))
        #expect(coverage.paths == .unbounded(simple: 2))
        #expect(coverage.shortest == 2)
        #expect(coverage.isComplete)
        #expect(CoverageReport.text(coverage, language: .en) == """
            demo (role-play)
              nodes: 5/5 reached; choices: 5/5 can be taken
              endings: end ✔ 'end' (3 choices), lost ✘ 'lost' (2 choices)
              paths to an ending: unbounded (without repeating a node: 2); shortest 2 choices; longest unbounded (a loop; without repeating a node: 3)
            """)
    }

    @Test func aLoopOffEveryWayToAnEndingDoesNotMakeItUnbounded() {
        // The loop x ⇄ y cannot reach an ending (D006 says so); it does not lengthen any path.
        let coverage = DialogueCoverage(Self.dialogue([
            Self.node("a", ["end", "x"]), Self.node("x", ["y"]), Self.node("y", ["x"]), Self.ending("end"),
        ]))
        #expect(coverage.longest == .exactly(1))
        #expect(coverage.paths == .exactly(1))
    }

    @Test func unreachedNodesAndEndingsAreReported() {
        let coverage = DialogueCoverage(Self.dialogue([
            Self.node("a", ["end", "missing"]), Self.node("orphan", ["end", "other"]), Self.ending("end"),
            Self.ending("other", success: false),
        ]))
        #expect(coverage.reachedNodes == ["a", "end"])
        #expect(coverage.unreachedEndings == ["other"])
        #expect(coverage.neverTaken.map { "\($0.node)#\($0.choice) \($0.reason)" } == [
            "a#2 unknownTarget", "orphan#1 nodeNeverReached", "orphan#2 nodeNeverReached",
        ])
        #expect(CoverageReport.diagnostics(for: coverage).map(\.code) == ["C002", "C002", "C003"])
    }

    @Test func aShadowedTypedChoiceBlocksWhatOnlyItLeadsTo() {
        // Choice 2 says exactly what choice 1 says, so no answer tells them apart: a typed node
        // sends every such answer to its fallback, and "bonus", which only choice 2 leads to, is unreachable.
        let shadowing = Choice(text: LocalizedText(ms: "Harga", en: "Price"), patterns: LocalizedList(ms: ["harga"], en: ["price"]),
                               samples: ["harga", "turunkan harga"], feedback: LocalizedText(ms: "ok", en: "ok"), goto: "end",
                               location: Self.at)
        let shadowed = Choice(text: LocalizedText(ms: "Harga", en: "Price"),
                              patterns: LocalizedList(ms: ["harga"], en: ["price"]), samples: ["harga"],
                              feedback: LocalizedText(ms: "ok", en: "ok"), goto: "bonus", location: Self.at)
        let fallback = Choice(text: LocalizedText(ms: "", en: ""), feedback: LocalizedText(ms: "ok", en: "ok"),
                              goto: "end", isFallback: true, location: Self.at)
        let typed = DialogueNode(id: "a", say: LocalizedText(ms: "a", en: "a"), mode: .type,
                                 choices: [shadowing, shadowed, fallback], location: Self.at)
        let coverage = DialogueCoverage(Self.dialogue([typed, Self.ending("end"), Self.ending("bonus")]))
        #expect(coverage.neverTaken.map(\.choice) == [2])
        #expect(coverage.neverTaken.map(\.reason).allSatisfy { if case .shadowed = $0 { true } else { false } })
        #expect(coverage.takeableChoiceCount == 2)
        #expect(coverage.unreachedEndings == ["bonus"])
        #expect(CoverageReport.diagnostics(for: coverage).map(\.code) == ["C001", "C003"])
    }

    @Test func theSearchStopsAtItsBound() {
        let ids = (1...7).map { "n\($0)" }
        let nodes = ids.map { id in Self.node(id, ids.filter { $0 != id } + ["end"]) } + [Self.ending("end")]
        let bounded = DialogueCoverage(Self.dialogue(nodes, start: "n1"), maximumSteps: 1_000)
        #expect(!bounded.isComplete)
        let full = DialogueCoverage(Self.dialogue(nodes, start: "n1"))
        #expect(full.isComplete)
        // Simple paths from n1 through k of the 6 other nodes, then to the end: Σ 6!/(6-k)!.
        #expect(full.paths == .unbounded(simple: 1 + 6 + 30 + 120 + 360 + 720 + 720))
        #expect(full.longest == .unbounded(simple: 7))
        guard case .unbounded(let partial) = bounded.paths else { Issue.record("not unbounded"); return }
        #expect(partial < 1957)
    }

    @Test func jsonHasEveryField() throws {
        let report = CoverageReport(Self.pack)
        let text = report.json.serialized()
        let list = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["quiz-enps", "rp-quiet-buyer"])
        #expect(Set(list[0].keys) == ["id", "nodes", "choices", "endings", "unreached_endings", "shortest", "longest",
                                      "longest_simple", "paths", "paths_simple", "complete", "never_taken"])
        #expect(text.hasPrefix(#"[{"id":"quiz-enps","nodes":{"reached":5,"total":5},"choices":{"takeable":6,"total":6},"endings":[{"node":"done","outcome":"passed","success":true,"shortest":2}"#))
    }

    @Test func shippedDialoguesAreFullyCovered() {
        let check = ContentCheck(root: Repository.root, loader: ContentLoader(displayBase: Repository.root), coverage: true)
        // The guessability warnings (A001–A003) are new; the content rewrite (#13) clears them.
        #expect(check.diagnostics.filter { !$0.code.hasPrefix("A00") }.map { DiagnosticRenderer(language: .en).render($0) } == [])
        for coverage in check.coverage?.dialogues ?? [] {
            #expect(coverage.reachedNodes.count == coverage.dialogue.nodes.count, "\(coverage.dialogue.id)")
            #expect(coverage.endings.contains { $0.success }, "\(coverage.dialogue.id)")
            #expect(coverage.isComplete, "\(coverage.dialogue.id)")
        }
    }
}
