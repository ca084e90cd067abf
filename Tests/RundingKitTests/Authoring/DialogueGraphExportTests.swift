import Foundation
import Testing
@testable import RundingKit

@Suite struct DialogueGraphExportTests {
    static let pack = ContentLoader(displayBase: Repository.starterPack).load(root: Repository.starterPack).pack
    static let goldenDirectory = Repository.root + "/Tests/RundingKitTests/Fixtures/graph"

    /// The starter quiz in both formats, compared with `Fixtures/graph/quiz-enps.{dot,mmd}`;
    /// `RUNDING_RECORD=1` re-records.
    @Test(arguments: [DialogueGraphExport.Format.dot, .mermaid])
    func goldenSmallGraph(_ format: DialogueGraphExport.Format) throws {
        let text = DialogueGraphExport(try #require(Self.pack.dialogue("quiz-enps")), language: .ms).render(format)
        let path = "\(Self.goldenDirectory)/quiz-enps.\(format == .dot ? "dot" : "mmd")"
        if ProcessInfo.processInfo.environment["RUNDING_RECORD"] != nil {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("missing golden file \(path): run with RUNDING_RECORD=1 to record it")
            return
        }
        #expect(text == golden)
    }

    @Test func dotEscapesQuotesBackslashesAndLineBreaks() {
        #expect(DialogueGraphExport.dotString(#"say "hi" \n"# + "\nnext\u{7}") == #""say \"hi\" \\n\nnext""#)
    }

    @Test func mermaidEscapesWhatItWouldReadAsSyntax() {
        #expect(DialogueGraphExport.mermaidText(#"a "b" #1 <i> & `c` \"#) == "a #34;b#34; #35;1 #60;i#62; #38; #96;c#96; #92;")
    }

    static let nasty = LocalizedText(ms: #"Dia kata "tidak" -> end; [x] {y} #1 <b>bold</b> & `code` \ done"#,
                                     en: "same")

    /// A dialogue with awkward texts, a node called `end` (a Mermaid keyword), a remediation node,
    /// two choices to one node, a missing target and a failed ending.
    static let awkward: Dialogue = {
        let at = SourceLocation(path: "d.yaml")
        func choice(_ goto: String) -> Choice {
            Choice(text: nasty, feedback: LocalizedText(ms: "ok", en: "ok"), goto: goto, location: at)
        }
        return Dialogue(
            id: "awkward", kind: .roleplay, title: nasty, skills: [], start: "open",
            nodes: [
                DialogueNode(id: "open", say: nasty, choices: [choice("end"), choice("fix"), choice("fix"), choice("gone")],
                             location: at),
                DialogueNode(id: "fix", say: nasty, isRemediation: true, choices: [choice("lost")], location: at),
                DialogueNode(id: "end", say: nasty, ending: Ending(outcome: "deal", summary: nasty), location: at),
                DialogueNode(id: "lost", say: nasty, ending: Ending(outcome: "no-deal", success: false, summary: nasty),
                             location: at),
            ],
            location: at)
    }()

    @Test func dotStructure() {
        let lines = DialogueGraphExport(Self.awkward, language: .ms, words: 3).dot().split(separator: "\n").map(String.init)
        #expect(lines.first == #"digraph "awkward" {"#)
        #expect(lines.last == "}")
        #expect(lines.contains(#"  "open" [label="open\nDia kata \"tidak\" …", penwidth=2.5];"#))
        #expect(lines.contains(#"  "fix" [label="fix\nDia kata \"tidak\" …", style="rounded,dashed"];"#))
        #expect(lines.contains(##"  "end" [label="end\nDia kata \"tidak\" …\ndeal ✔", shape=doubleoctagon, style=filled, fillcolor="#c8e6c9"];"##))
        #expect(lines.contains(##"  "lost" [label="lost\nDia kata \"tidak\" …\nno-deal ✘", shape=doubleoctagon, style=filled, fillcolor="#ffcdd2"];"##))
        #expect(lines.filter { $0.hasPrefix("  \"") && $0.contains("\" -> \"") } == [
            #"  "_start" -> "open";"#,
            #"  "open" -> "end" [label="1"];"#,
            #"  "open" -> "fix" [label="2, 3", style=dashed];"#,
            #"  "fix" -> "lost" [label="1"];"#,
        ])
        // Every quote is escaped or paired: an even number of unescaped quotes per line.
        for line in lines {
            let unescaped = line.replacingOccurrences(of: #"\\"#, with: "").replacingOccurrences(of: #"\""#, with: "")
            #expect(unescaped.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
    }

    @Test func mermaidStructure() {
        let text = DialogueGraphExport(Self.awkward, language: .ms, words: 20).mermaid()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "flowchart TD")
        #expect(lines.contains(#"  start_((" ")) --> n1"#))
        let label = "Dia kata #34;tidak#34; -#62; end; [x] {y} #35;1 #60;b#62;bold#60;/b#62; #38; #96;code#96; #92; done"
        #expect(lines.contains("  n1[\"open<br/>\(label)\"]:::entry"))
        #expect(lines.contains("  n2[\"fix<br/>\(label)\"]:::remediation"))
        #expect(lines.contains("  n3([\"end<br/>\(label)<br/>deal ✔\"]):::success"))
        #expect(lines.contains("  n4([\"lost<br/>\(label)<br/>no-deal ✘\"]):::failure"))
        #expect(lines.filter { $0.contains("-->|") || $0.contains("-.->|") } == [
            "  n1 -->|1| n3", "  n1 -.->|2, 3| n2", "  n2 -->|1| n4",
        ])
        // Inside labels nothing but entity codes: no raw quote, angle bracket or backtick.
        for line in lines where line.contains("<br/>") {
            let inner = line.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
            #expect(!inner.replacingOccurrences(of: "<br/>", with: "").contains { "<>`\"".contains($0) }, "\(line)")
        }
        #expect(lines.suffix(4).allSatisfy { $0.hasPrefix("  classDef ") })
    }

    @Test func firstWordsAreCutWithAnEllipsis() {
        let export = DialogueGraphExport(Self.awkward, language: .ms, words: 2)
        #expect(export.firstWords("satu  dua\ntiga") == "satu dua …")
        #expect(export.firstWords("satu dua") == "satu dua")
    }
}
