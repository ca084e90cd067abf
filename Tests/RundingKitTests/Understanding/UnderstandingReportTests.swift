import Foundation
import Testing
@testable import RundingKit

/// `runding check --understanding` on the starter pack: the leave-one-out figures per node.
@Suite struct UnderstandingReportTests {
    static let pack = ContentCheck(root: Repository.starterPack).pack

    @Test func theStarterPackFiguresAddUpNodeByNode() throws {
        let report = UnderstandingReport(pack: Self.pack, understander: AnswerUnderstander(pack: Self.pack))
        #expect(report.dialogues.map(\.dialogue) == ["quiz-enps", "rp-quiet-buyer"])
        for dialogue in report.dialogues {
            let sum = dialogue.nodes.reduce(0) { $0 + $1.figure.examples }
            #expect(dialogue.figure.examples == sum)
            for node in dialogue.nodes {
                let outcomes = LeaveOneOut(node: try #require(Self.pack.dialogue(dialogue.dialogue)?.node(node.node)),
                                           understander: AnswerUnderstander(pack: Self.pack)).outcomes
                #expect(node.figure.examples == outcomes.count)
                #expect(node.figure.reached == outcomes.filter(\.isReached).count)
                #expect(node.figure.direct <= node.figure.reached)
            }
        }
        #expect(report.total.examples > 0)
        // A node under 90% gets a warning, and only such a node.
        let low = report.dialogues.flatMap(\.nodes).filter { ($0.figure.accuracy ?? 1) < 0.9 }.map(\.node)
        #expect(report.diagnostics.map(\.code) == Array(repeating: "U004", count: low.count))
        let text = report.text(language: .en)
        #expect(text.hasPrefix("Leave-one-out accuracy: each example understood by a model built without it.\n"))
        #expect(text.contains("\n  all dialogues"))
    }

    @Test func aNodeWhoseChoicesShareTheirExamplesIsWarned() throws {
        let same = LocalizedList(ms: ["harga murah", "potong harga"], en: ["cheap price", "cut the price"])
        let choices = ["a", "b"].map { id in
            Choice(id: id, text: LocalizedText(ms: "Pilihan \(id)", en: "Option \(id)"), examples: same,
                   feedback: LocalizedText(ms: "ok", en: "ok"), goto: "end", location: SourceLocation(path: "d.yaml"))
        }
        let node = DialogueNode(id: "q1", say: LocalizedText(ms: "S", en: "Q"), mode: .choose, choices: choices,
                                location: SourceLocation(path: "d.yaml", line: 7, column: 3))
        let end = DialogueNode(id: "end", say: LocalizedText(ms: "T", en: "E"), mode: .choose, choices: [],
                               ending: Ending(outcome: "done", success: true, summary: LocalizedText(ms: "T", en: "E")),
                               location: SourceLocation(path: "d.yaml"))
        let dialogue = Dialogue(id: "demo", kind: .quiz, title: LocalizedText(ms: "D", en: "D"), intro: nil, character: nil,
                                skills: [], topic: nil, start: "q1", nodes: [node, end], location: SourceLocation(path: "d.yaml"))
        let pack = ContentPack(root: ".", dialogues: [dialogue])
        let report = UnderstandingReport(pack: pack, understander: AnswerUnderstander())
        let figure = try #require(report.dialogues.first?.nodes.first?.figure)
        #expect(figure.accuracy.map { $0 < 0.9 } == true)
        #expect(report.diagnostics.map(\.code) == ["U004"])
        #expect(report.diagnostics.first?.location.line == 7)
    }
}
