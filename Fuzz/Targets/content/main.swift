// libFuzzer target: one content file's bytes through the loader, the linter, the authoring tools
// (coverage, graph, main path) and the search index.
// Build and run with scripts/fuzz.sh content SECONDS.
import RundingKit

/// Loader and linter set up once; the input stands for a file in each folder in turn.
private let loader = ContentLoader(displayBase: nil)
private let linter = ContentLinter()
private let renderer = DiagnosticRenderer(language: .en)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let (pack, diagnostics, references) = loader.parse(bytes: bytes, shownAs: "Dialogues/fuzz.yaml")
    let result = ContentLoader.Result(pack: pack, diagnostics: diagnostics, references: references,
                                      files: ["Dialogues/fuzz.yaml"])
    for diagnostic in diagnostics + linter.lint(result) {
        _ = renderer.render(diagnostic)
    }
    // `runding check --coverage`, `runding graph` and `runding play`'s main path, on a small budget.
    let coverage = CoverageReport(pack, maximumSteps: 2_000)
    _ = coverage.text(language: .en)
    for dialogue in pack.dialogues.prefix(2) {
        _ = DialogueGraphExport(dialogue, language: .ms).render(.dot)
        _ = DialogueGraphExport(dialogue, language: .en).render(.mermaid)
        _ = DialogueMainPath(dialogue).chatInputs()
    }
    if !pack.entries.isEmpty {
        let index = GlossaryIndex(entries: pack.entries)
        for entry in pack.entries.prefix(4) {
            _ = index.search(entry.term.en)
            _ = index.search(entry.term.ms)
        }
    }
    return 0
}
